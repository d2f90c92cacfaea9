-- 022 privacy (SQLite), reverted: user_analytics rebuilt as 003 made it,
-- without the anonymised rows (they have no user to point at).
DROP INDEX IF EXISTS idx_job_postings_created_at;
DROP INDEX IF EXISTS idx_automation_tasks_completed;
ALTER TABLE users DROP COLUMN is_admin;
CREATE TABLE user_analytics_003 (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    user_id TEXT NOT NULL CONSTRAINT user_analytics_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    metric_date TEXT NOT NULL CONSTRAINT user_analytics_metric_date_date CHECK (metric_date IS date(julianday(metric_date))),
    applications_submitted INTEGER DEFAULT 0,
    jobs_discovered INTEGER DEFAULT 0,
    resumes_generated INTEGER DEFAULT 0,
    cover_letters_generated INTEGER DEFAULT 0,
    interviews_scheduled INTEGER DEFAULT 0,
    offers_received INTEGER DEFAULT 0,
    response_rate REAL, -- percentage as decimal
    time_saved_minutes INTEGER DEFAULT 0,
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now'))
) STRICT;
INSERT INTO user_analytics_003 (id, user_id, metric_date, applications_submitted, jobs_discovered, resumes_generated, cover_letters_generated, interviews_scheduled, offers_received, response_rate, time_saved_minutes, created_at)
    SELECT id, user_id, metric_date, applications_submitted, jobs_discovered, resumes_generated, cover_letters_generated, interviews_scheduled, offers_received, response_rate, time_saved_minutes, created_at FROM user_analytics WHERE user_id IS NOT NULL;
DROP TABLE user_analytics;
ALTER TABLE user_analytics_003 RENAME TO user_analytics;
CREATE INDEX idx_user_analytics_user_id ON user_analytics(user_id);
CREATE INDEX idx_user_analytics_date ON user_analytics(metric_date);
CREATE UNIQUE INDEX unique_user_analytics_day ON user_analytics(user_id, metric_date);
