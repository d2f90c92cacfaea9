-- 004 performance indexes (PostgreSQL): the seed's composite, full-text and
-- partial indexes, with the seed's names and expressions.

-- Composite indexes for common query patterns.
CREATE INDEX idx_jobs_location_experience ON job_postings(location_city, experience_level, is_active);
CREATE INDEX idx_apps_user_status_date ON applications(user_id, status, created_at);
CREATE INDEX idx_tasks_status_priority ON automation_tasks(status, priority, scheduled_at);

-- Full-text search. Queries must repeat these expressions exactly, e.g.
-- to_tsvector('english', title || ' ' || description) @@ websearch_to_tsquery('english', $1),
-- for the planner to use the index.
CREATE INDEX idx_job_postings_fts ON job_postings USING gin(to_tsvector('english', title || ' ' || description));
CREATE INDEX idx_companies_fts ON companies USING gin(to_tsvector('english', name || ' ' || COALESCE(description, '')));

-- Partial indexes for active records.
CREATE INDEX idx_active_job_postings ON job_postings(created_at) WHERE is_active = true;
CREATE INDEX idx_pending_tasks ON automation_tasks(created_at) WHERE status = 'pending';
