-- 019 submissions (SQLite): the same as migrations/postgres/019, STRICT,
-- timestamps as ISO-8601 text, JSON as checked text. One row per
-- application: 'sending' before the send (so nothing is sent twice), 'sent'
-- with the receipt after it, deleted when the send fails (docs/submission.md).
CREATE TABLE submissions (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    user_id TEXT NOT NULL CONSTRAINT submissions_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    application_id TEXT NOT NULL CONSTRAINT submissions_application_id_fkey REFERENCES applications(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'sending',
    platform TEXT,
    recipient TEXT,
    documents TEXT NOT NULL DEFAULT '[]' CONSTRAINT submissions_documents_json_array
        CHECK (CASE WHEN json_valid(documents) THEN json_type(documents) = 'array' ELSE 0 END),
    receipt TEXT,
    receipt_data TEXT CONSTRAINT submissions_receipt_data_json CHECK (receipt_data IS NULL OR json_valid(receipt_data)),
    message_sha256 TEXT,
    screenshot_url TEXT,
    started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    submitted_at TEXT,
    CONSTRAINT valid_submission_channel CHECK (channel IN ('manual', 'email', 'browser')),
    CONSTRAINT valid_submission_state CHECK (state IN ('sending', 'sent'))
) STRICT;

CREATE UNIQUE INDEX unique_submission_application ON submissions(application_id);
CREATE INDEX idx_submissions_user_platform ON submissions(user_id, platform, started_at);
