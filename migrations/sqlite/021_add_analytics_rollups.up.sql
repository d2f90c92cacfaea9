-- 021 analytics rollups (SQLite): one user_analytics row per user and day, so
-- `jobhunt analytics rollup` can upsert and running it twice changes nothing
-- (a database holding two rows for one user and day fails here naming
-- unique_user_analytics_day: delete the older and migrate again), and the
-- index the weekly report reads: a user's applications by the day they count
-- for, submitted_at or, never submitted, created_at (docs/analytics.md).
CREATE UNIQUE INDEX unique_user_analytics_day ON user_analytics(user_id, metric_date);
CREATE INDEX idx_applications_user_activity ON applications(user_id, (COALESCE(submitted_at, created_at)));
