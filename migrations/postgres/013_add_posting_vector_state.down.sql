-- 013 posting vector state (PostgreSQL), undone: the index comment goes.
COMMENT ON INDEX idx_job_postings_embedding IS NULL;
