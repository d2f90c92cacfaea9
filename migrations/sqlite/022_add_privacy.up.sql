-- 022 privacy (SQLite): as migrations/postgres/022. SQLite cannot drop a NOT
-- NULL, so user_analytics is rebuilt: the same columns in the same order,
-- user_id nullable, anonymous_id added, rows copied by name, indexes recreated.
-- Nothing references user_analytics, so dropping the old table breaks no key.
-- Dropping it also drops every index on it: one a migration before this adds
-- to user_analytics must be created again below, after the rename.
CREATE TABLE user_analytics_022 (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    user_id TEXT CONSTRAINT user_analytics_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    metric_date TEXT NOT NULL CONSTRAINT user_analytics_metric_date_date CHECK (metric_date IS date(julianday(metric_date))),
    applications_submitted INTEGER DEFAULT 0,
    jobs_discovered INTEGER DEFAULT 0,
    resumes_generated INTEGER DEFAULT 0,
    cover_letters_generated INTEGER DEFAULT 0,
    interviews_scheduled INTEGER DEFAULT 0,
    offers_received INTEGER DEFAULT 0,
    response_rate REAL, -- percentage as decimal
    time_saved_minutes INTEGER DEFAULT 0,
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    anonymous_id TEXT,
    CONSTRAINT user_analytics_owner CHECK ((user_id IS NULL) <> (anonymous_id IS NULL))
) STRICT;
INSERT INTO user_analytics_022 (id, user_id, metric_date, applications_submitted, jobs_discovered, resumes_generated, cover_letters_generated, interviews_scheduled, offers_received, response_rate, time_saved_minutes, created_at)
    SELECT id, user_id, metric_date, applications_submitted, jobs_discovered, resumes_generated, cover_letters_generated, interviews_scheduled, offers_received, response_rate, time_saved_minutes, created_at FROM user_analytics;
DROP TABLE user_analytics;
ALTER TABLE user_analytics_022 RENAME TO user_analytics;
CREATE INDEX idx_user_analytics_user_id ON user_analytics(user_id);
CREATE INDEX idx_user_analytics_date ON user_analytics(metric_date);
CREATE INDEX idx_user_analytics_anonymous_id ON user_analytics(anonymous_id);
-- 021's one row per user and day, which the analytics rollup upserts on
-- (anonymised rows have no user_id, and NULLs never collide).
CREATE UNIQUE INDEX unique_user_analytics_day ON user_analytics(user_id, metric_date);

ALTER TABLE users ADD COLUMN is_admin INTEGER NOT NULL DEFAULT 0 CONSTRAINT users_is_admin_boolean CHECK (is_admin IN (0, 1));

-- What `jobhunt cleanup` reads, oldest first, a batch at a time: without these
-- each batch would sort every candidate again (measured on SQLite: 100k old
-- tasks took 31 s through idx_automation_tasks_status plus a sort per batch).
CREATE INDEX idx_automation_tasks_completed ON automation_tasks(status, completed_at);
CREATE INDEX idx_job_postings_created_at ON job_postings(created_at);
