-- 014 currency in the match scope (SQLite), undone: the index as 013 built it.
DROP INDEX idx_job_postings_scope;
CREATE INDEX idx_job_postings_scope ON job_postings(is_active, work_arrangement, experience_level, salary_max,
    salary_min, employment_type, location_country, location_state, location_city);
