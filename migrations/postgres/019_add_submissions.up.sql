-- 019 submissions (PostgreSQL): what `jobhunt apply submit` sent, one row per
-- application (docs/submission.md). A row is written as state 'sending'
-- before the send, in the transaction that checks nothing was sent yet, so a
-- second run (or a second process) finds it and never sends twice; it becomes
-- 'sent' with the receipt in the transaction that moves the application to
-- submitted, and is deleted when the send fails.
-- platform: what pacing groups sends by (the recipient's mail domain, the
-- form's host); NULL for a manual submission.
-- recipient: the address or the URL it went to.
-- documents: [{id, content_type, file_url, filename, media_type, bytes, sha256}]
-- of the generated_content rows sent.
-- receipt: the channel's own word (the SMTP server's reply to the message,
-- with its queue id); receipt_data: the rest (Message-ID, final page URL,
-- title, screenshot key in the object store).
-- message_sha256: SHA-256 of the exact bytes sent (the MIME message).
-- screenshot_url: the browser's final page as a PNG in the object store
-- (`s3://…` or `file://…`), a file reference `cleanup` keeps and `forget` deletes.
CREATE TABLE submissions (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL CONSTRAINT submissions_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    application_id UUID NOT NULL CONSTRAINT submissions_application_id_fkey REFERENCES applications(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'sending',
    platform TEXT,
    recipient TEXT,
    documents JSONB NOT NULL DEFAULT '[]',
    receipt TEXT,
    receipt_data JSONB,
    message_sha256 TEXT,
    screenshot_url TEXT,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    submitted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT valid_submission_channel CHECK (channel IN ('manual', 'email', 'browser')),
    CONSTRAINT valid_submission_state CHECK (state IN ('sending', 'sent'))
);

CREATE UNIQUE INDEX unique_submission_application ON submissions(application_id);
CREATE INDEX idx_submissions_user_platform ON submissions(user_id, platform, started_at);
