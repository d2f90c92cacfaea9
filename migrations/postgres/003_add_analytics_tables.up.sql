-- 003 analytics (PostgreSQL): per-user daily counters and per-source scraping
-- health. Forgetting a user cascades to their user_analytics rows.
-- platform_metrics names no one and is kept.
CREATE TABLE user_analytics (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL CONSTRAINT user_analytics_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    metric_date DATE NOT NULL,
    applications_submitted INTEGER DEFAULT 0,
    jobs_discovered INTEGER DEFAULT 0,
    resumes_generated INTEGER DEFAULT 0,
    cover_letters_generated INTEGER DEFAULT 0,
    interviews_scheduled INTEGER DEFAULT 0,
    offers_received INTEGER DEFAULT 0,
    response_rate DECIMAL(5,4), -- percentage as decimal
    time_saved_minutes INTEGER DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_user_analytics_user_id ON user_analytics(user_id);
CREATE INDEX idx_user_analytics_date ON user_analytics(metric_date);

CREATE TABLE platform_metrics (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    platform_name VARCHAR(50) NOT NULL,
    metric_date DATE NOT NULL,
    total_jobs_scraped INTEGER DEFAULT 0,
    successful_scrapes INTEGER DEFAULT 0,
    failed_scrapes INTEGER DEFAULT 0,
    rate_limit_hits INTEGER DEFAULT 0,
    detection_events INTEGER DEFAULT 0,
    average_response_time_ms INTEGER,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_platform_metrics_platform ON platform_metrics(platform_name);
CREATE INDEX idx_platform_metrics_date ON platform_metrics(metric_date);
