-- 006 encrypted PII (SQLite): the same columns as migrations/postgres/006,
-- BLOB for BYTEA. jobhunt seals phone numbers, cookies and session data with
-- libsodium in the client (key outside the database) and writes only these
-- columns. The seed's plaintext phone, cookies and session_data stay NULL.
ALTER TABLE users ADD COLUMN phone_encrypted BLOB;
ALTER TABLE user_profiles ADD COLUMN phone_encrypted BLOB;
ALTER TABLE browser_sessions ADD COLUMN cookies_encrypted BLOB;
ALTER TABLE browser_sessions ADD COLUMN session_data_encrypted BLOB;
