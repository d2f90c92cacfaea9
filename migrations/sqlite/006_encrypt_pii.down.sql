-- 006 encrypted PII (SQLite), undone. The sealed values are lost: decrypt and
-- export them first if they are still needed.
ALTER TABLE browser_sessions DROP COLUMN session_data_encrypted;
ALTER TABLE browser_sessions DROP COLUMN cookies_encrypted;
ALTER TABLE user_profiles DROP COLUMN phone_encrypted;
ALTER TABLE users DROP COLUMN phone_encrypted;
