-- 021 analytics rollups (SQLite), reverted.
DROP INDEX IF EXISTS idx_applications_user_activity;
DROP INDEX IF EXISTS unique_user_analytics_day;
