-- 011 down: the sources column of saved searches.
ALTER TABLE job_search_preferences DROP COLUMN sources;
