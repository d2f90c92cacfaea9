-- 014 currency in the match scope (PostgreSQL). SQLite rebuilds its covering
-- scope index to hold salary_currency, which the salary filters now read;
-- PostgreSQL filters through its own per-column indexes, so this step only
-- records on the column what the filters assume of it.
COMMENT ON COLUMN job_postings.salary_currency IS
    'ISO 4217 code of salary_min/salary_max; amounts are never converted, so salary filters and fits compare only within one currency';
