-- 007 login sessions (PostgreSQL). Not in the seed: `jobhunt login` creates a
-- session so every user-scoped command acts as one authenticated person. Only
-- the SHA-256 of the token is stored, so a database dump cannot be replayed
-- as a login; the raw token lives in the user's 0600 state file or in
-- JOBHUNT_SESSION. Sessions go with their user (ON DELETE CASCADE).
CREATE TABLE user_sessions (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT valid_session_expiry CHECK (expires_at > created_at)
);
CREATE UNIQUE INDEX unique_session_token ON user_sessions(token_hash);
CREATE INDEX idx_user_sessions_user_id ON user_sessions(user_id);
CREATE INDEX idx_user_sessions_expires_at ON user_sessions(expires_at);
