-- 022 privacy (PostgreSQL), reverted. Anonymised analytics rows have no user
-- to point at any more, so they go: the NOT NULL cannot come back otherwise.
DROP INDEX IF EXISTS idx_job_postings_created_at;
DROP INDEX IF EXISTS idx_automation_tasks_completed;
ALTER TABLE users DROP COLUMN is_admin;
DROP INDEX IF EXISTS idx_user_analytics_anonymous_id;
DELETE FROM user_analytics WHERE user_id IS NULL;
ALTER TABLE user_analytics DROP CONSTRAINT user_analytics_owner;
ALTER TABLE user_analytics DROP COLUMN anonymous_id;
ALTER TABLE user_analytics ALTER COLUMN user_id SET NOT NULL;
