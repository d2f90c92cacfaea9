-- 003 analytics (SQLite): per-user daily counters and per-source scraping
-- health, as migrations/postgres/003. response_rate (DECIMAL(5,4)) is REAL.
CREATE TABLE user_analytics (
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

CREATE INDEX idx_user_analytics_user_id ON user_analytics(user_id);
CREATE INDEX idx_user_analytics_date ON user_analytics(metric_date);

CREATE TABLE platform_metrics (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    platform_name TEXT NOT NULL,
    metric_date TEXT NOT NULL CONSTRAINT platform_metrics_metric_date_date CHECK (metric_date IS date(julianday(metric_date))),
    total_jobs_scraped INTEGER DEFAULT 0,
    successful_scrapes INTEGER DEFAULT 0,
    failed_scrapes INTEGER DEFAULT 0,
    rate_limit_hits INTEGER DEFAULT 0,
    detection_events INTEGER DEFAULT 0,
    average_response_time_ms INTEGER,
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now'))
) STRICT;

CREATE INDEX idx_platform_metrics_platform ON platform_metrics(platform_name);
CREATE INDEX idx_platform_metrics_date ON platform_metrics(metric_date);
