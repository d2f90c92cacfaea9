-- 030 failed logins (PostgreSQL). Not in the seed: on a shared database,
-- `jobhunt login` records each failed attempt and refuses further attempts for
-- an address during a lockout window that doubles with each failure past the
-- fifth (docs/security.md). The address is stored as the SHA-256 of its
-- normalised form, so the table names no one in clear, and it covers unknown
-- addresses exactly like real ones. Rows older than a day are deleted by login.
CREATE TABLE login_failures (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    email_digest VARCHAR(64) NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_login_failures_email_digest ON login_failures(email_digest, failed_at);
