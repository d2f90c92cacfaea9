-- 012 profile embedding (SQLite): the same columns as migrations/postgres/012,
-- the vector as 384 little-endian float32 values (1536 bytes), as 002 stores
-- job_postings.embedding, and the SHA-256 (hex) of the text it came from.
ALTER TABLE user_profiles ADD COLUMN embedding BLOB
    CONSTRAINT user_profiles_embedding_384_floats CHECK (length(embedding) = 1536);
ALTER TABLE user_profiles ADD COLUMN embedding_fingerprint TEXT;
