-- 008 profile summary (SQLite): the same column as migrations/postgres/008.
-- The application bounds its length; SQLite TEXT, like PostgreSQL TEXT, does not.
ALTER TABLE user_profiles ADD COLUMN summary TEXT;
