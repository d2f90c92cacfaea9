-- 007 login sessions (SQLite): the same table as migrations/postgres/007,
-- timestamps as ISO-8601 UTC text. Only the SHA-256 of each token is stored.
CREATE TABLE user_sessions (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL,
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    expires_at TEXT NOT NULL,
    last_used_at TEXT,
    CONSTRAINT valid_session_expiry CHECK (expires_at > created_at)
) STRICT;
CREATE UNIQUE INDEX unique_session_token ON user_sessions(token_hash);
CREATE INDEX idx_user_sessions_user_id ON user_sessions(user_id);
CREATE INDEX idx_user_sessions_expires_at ON user_sessions(expires_at);
