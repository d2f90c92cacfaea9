-- 024 salary source (SQLite): the same columns as migrations/postgres/024:
-- `structured` (the source's pay fields), `text` (a sentence of the
-- description) or NULL, and the sentence kept as evidence.
ALTER TABLE job_postings ADD COLUMN salary_source TEXT
    CONSTRAINT valid_salary_source CHECK (salary_source IN ('structured', 'text'));
ALTER TABLE job_postings ADD COLUMN salary_evidence TEXT;
