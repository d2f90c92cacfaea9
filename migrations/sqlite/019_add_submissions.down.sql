-- 019 submissions (SQLite), reverted.
DROP INDEX IF EXISTS idx_submissions_user_platform;
DROP INDEX IF EXISTS unique_submission_application;
DROP TABLE IF EXISTS submissions;
