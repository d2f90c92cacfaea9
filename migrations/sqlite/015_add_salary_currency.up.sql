-- 015 salary currency (SQLite): the same column as migrations/postgres/015,
-- an ISO 4217 code in capitals (NULL keeps the currency of location_country).
ALTER TABLE user_profiles ADD COLUMN target_salary_currency TEXT
    CONSTRAINT valid_target_salary_currency CHECK (target_salary_currency GLOB '[A-Z][A-Z][A-Z]');
