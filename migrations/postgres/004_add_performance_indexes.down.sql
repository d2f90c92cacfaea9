-- 004 performance indexes (PostgreSQL), undone.
DROP INDEX idx_pending_tasks;
DROP INDEX idx_active_job_postings;
DROP INDEX idx_companies_fts;
DROP INDEX idx_job_postings_fts;
DROP INDEX idx_tasks_status_priority;
DROP INDEX idx_apps_user_status_date;
DROP INDEX idx_jobs_location_experience;
