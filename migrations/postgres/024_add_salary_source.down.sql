-- 024 salary source (PostgreSQL), undone: salaries no longer say where they came from.
ALTER TABLE job_postings DROP COLUMN salary_evidence;
ALTER TABLE job_postings DROP COLUMN salary_source;
