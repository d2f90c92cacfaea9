-- 015 salary currency (PostgreSQL), undone: floors go back to the currency of
-- the profile's country.
ALTER TABLE user_profiles DROP COLUMN target_salary_currency;
