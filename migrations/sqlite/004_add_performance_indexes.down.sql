-- 004 performance indexes (SQLite), undone.
DROP TRIGGER companies_fts_update;
DROP TRIGGER companies_fts_delete;
DROP TRIGGER companies_fts_insert;
DROP TRIGGER job_postings_fts_update;
DROP TRIGGER job_postings_fts_delete;
DROP TRIGGER job_postings_fts_insert;
DROP TABLE companies_fts;
DROP TABLE job_postings_fts;
DROP INDEX idx_pending_tasks;
DROP INDEX idx_active_job_postings;
DROP INDEX idx_tasks_status_priority;
DROP INDEX idx_apps_user_status_date;
DROP INDEX idx_jobs_location_experience;
