-- 014 currency in the match scope (SQLite). A salary floor is in the person's
-- own currency and amounts are never converted, so `discover match` keeps a
-- posting that pays in another currency instead of comparing bare numbers
-- (docs/matching.md, "Filters"). The filter now reads salary_currency, so the
-- covering index from 013 holds it too; without it a salary-filtered scope
-- would visit every candidate's ~3 KB row again.
DROP INDEX idx_job_postings_scope;
CREATE INDEX idx_job_postings_scope ON job_postings(is_active, work_arrangement, experience_level, salary_max,
    salary_min, salary_currency, employment_type, location_country, location_state, location_city);
