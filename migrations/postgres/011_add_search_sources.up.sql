-- 011 search sources: the `--source KIND:ARG` values a saved search runs
-- (greenhouse:stripe, rss:https://…), which the seed's job_search_preferences
-- has no column for. One element per source, as typed after validation.
ALTER TABLE job_search_preferences ADD COLUMN sources TEXT[];
