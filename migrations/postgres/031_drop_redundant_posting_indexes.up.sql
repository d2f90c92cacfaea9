-- 031 redundant posting indexes (PostgreSQL): two seed indexes on job_postings
-- that no query needs, because another index already answers everything they
-- could. Each one is written on every inserted posting: on 20,000 rows,
-- INSERT ... SELECT into job_postings took about 12% less server time without
-- them (docs/performance-search.md, "PostgreSQL ingest").
-- - idx_active_job_postings (created_at) WHERE is_active: every query that
--   reads postings by created_at (cleanup's retention walk, analytics' day
--   counts, embedPending's oldest-first order) reads all of them, active or
--   not, through idx_job_postings_created_at (022); a query on active ones by
--   created_at can use that index and filter.
-- - idx_job_postings_location (location_city, location_state): nothing filters
--   on location_state with equality (place filters compare folded
--   COALESCE(...) expressions, which no plain index serves); equality on
--   location_city, the seed's query pattern, is the leading column of
--   idx_jobs_location_experience (location_city, experience_level, is_active).
DROP INDEX IF EXISTS idx_active_job_postings;
DROP INDEX IF EXISTS idx_job_postings_location;
