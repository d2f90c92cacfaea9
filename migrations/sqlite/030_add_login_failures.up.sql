-- 030 failed logins (SQLite): the same table as migrations/postgres/030,
-- timestamps as ISO-8601 UTC text. The address is stored as a SHA-256 digest.
CREATE TABLE login_failures (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    email_digest TEXT NOT NULL,
    failed_at TEXT NOT NULL
) STRICT;
CREATE INDEX idx_login_failures_email_digest ON login_failures(email_digest, failed_at);
