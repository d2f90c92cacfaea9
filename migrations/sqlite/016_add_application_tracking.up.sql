-- 016 application tracking (SQLite): what `jobhunt status` needs beyond the seed.
-- One application per user and posting (applications made elsewhere have no
-- posting, and NULLs are distinct, so they never collide), and the index the
-- pipeline list reads newest first for one user.
CREATE UNIQUE INDEX unique_application_posting ON applications(user_id, job_posting_id);
CREATE INDEX idx_applications_user_created ON applications(user_id, created_at);
CREATE INDEX idx_app_status_history_app_created ON application_status_history(application_id, created_at);
