-- 010 down: in reverse, indexes before the columns they cover.
DROP INDEX unique_platform_metric_day;
DROP TABLE http_validators;
DROP TABLE job_posting_sources;
DROP INDEX idx_companies_name_key;
ALTER TABLE companies DROP COLUMN name_key;
DROP INDEX idx_job_postings_dedupe_key;
ALTER TABLE job_postings DROP COLUMN last_seen_at;
ALTER TABLE job_postings DROP COLUMN content_hash;
ALTER TABLE job_postings DROP COLUMN dedupe_key;
