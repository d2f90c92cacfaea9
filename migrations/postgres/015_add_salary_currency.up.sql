-- 015 salary currency (PostgreSQL): the currency of a person's target salary.
-- Matching never converts currencies, so a floor is compared only with pay in
-- its own currency; without this column that currency is the one of
-- location_country, which is wrong for someone who wants, say, remote jobs
-- paid in US dollars while living in Portugal. NULL keeps the country's.
ALTER TABLE user_profiles ADD COLUMN target_salary_currency VARCHAR(3)
    CONSTRAINT valid_target_salary_currency CHECK (target_salary_currency ~ '^[A-Z]{3}$');
