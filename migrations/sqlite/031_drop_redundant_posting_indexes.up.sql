-- 031 redundant posting indexes (SQLite): the same two indexes as
-- migrations/postgres/031, for the same reasons: idx_job_postings_created_at
-- serves every read by created_at, and idx_jobs_location_experience's leading
-- column serves equality on location_city. Dropped here too so both engines
-- keep the same index names (the schema tests compare them), and SQLite's
-- bulk ingest writes two B-trees fewer per posting.
DROP INDEX IF EXISTS idx_active_job_postings;
DROP INDEX IF EXISTS idx_job_postings_location;
