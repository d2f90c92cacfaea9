-- 016 application tracking (PostgreSQL), reverted.
DROP INDEX IF EXISTS idx_app_status_history_app_created;
DROP INDEX IF EXISTS idx_applications_user_created;
DROP INDEX IF EXISTS unique_application_posting;
