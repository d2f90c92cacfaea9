-- 011 search sources: the `--source KIND:ARG` values a saved search runs
-- (greenhouse:stripe, rss:https://…), which the seed's job_search_preferences
-- has no column for. A JSON array of strings, as the other array columns.
ALTER TABLE job_search_preferences ADD COLUMN sources TEXT CONSTRAINT job_search_preferences_sources_json_array
    CHECK (sources IS NULL OR CASE WHEN json_valid(sources) THEN json_type(sources) = 'array' ELSE 0 END);
