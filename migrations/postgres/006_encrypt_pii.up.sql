-- 006 encrypted PII (PostgreSQL). Correction: the seed encrypts with
-- pgp_sym_encrypt(phone, key) in SQL, which sends the key in the query text
-- (and into logs and pg_stat_statements). jobhunt encrypts in the client with
-- libsodium, the key kept outside the database, and stores the sealed bytes
-- here. The seed's plaintext columns (users.phone, user_profiles.phone,
-- browser_sessions.cookies and session_data) stay for compatibility with
-- other readers of the seed schema. jobhunt never writes them and leaves them
-- NULL. No pgcrypto is needed.
ALTER TABLE users ADD COLUMN phone_encrypted BYTEA;
ALTER TABLE user_profiles ADD COLUMN phone_encrypted BYTEA;
ALTER TABLE browser_sessions ADD COLUMN cookies_encrypted BYTEA;
ALTER TABLE browser_sessions ADD COLUMN session_data_encrypted BYTEA;
