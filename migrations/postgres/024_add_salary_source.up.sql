-- 024 salary source (PostgreSQL): where a posting's salary came from. A
-- salary read from a sentence of the description is a guess a person should be
-- able to see as one (issue 18): `structured` is the source's own pay fields,
-- `text` a sentence, NULL no salary. salary_evidence keeps that sentence, or,
-- when no salary was stored, the doubtful sentence about money that was not
-- trusted.
ALTER TABLE job_postings ADD COLUMN salary_source VARCHAR(10)
    CONSTRAINT valid_salary_source CHECK (salary_source IN ('structured', 'text'));
ALTER TABLE job_postings ADD COLUMN salary_evidence TEXT;
