-- 014 currency in the match scope (PostgreSQL), undone.
COMMENT ON COLUMN job_postings.salary_currency IS NULL;
