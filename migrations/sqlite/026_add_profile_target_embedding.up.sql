-- 026 target embedding (SQLite): the same columns as migrations/postgres/026,
-- the vector as 384 little-endian float32 values (1536 bytes), as 012 stores
-- user_profiles.embedding, and the SHA-256 (hex) of the text it came from.
ALTER TABLE user_profiles ADD COLUMN target_embedding BLOB
    CONSTRAINT user_profiles_target_embedding_384_floats CHECK (length(target_embedding) = 1536);
ALTER TABLE user_profiles ADD COLUMN target_embedding_fingerprint TEXT;
