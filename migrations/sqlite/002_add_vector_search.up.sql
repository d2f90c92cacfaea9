-- 002 vector search (SQLite): the 384-dimension all-MiniLM-L6-v2 embedding on
-- job_postings, stored as 384 little-endian float32 values (1536 bytes).
-- SQLite has no vector index: jobhunt filters candidates in SQL first
-- (is_active, location, experience) and ranks them in process (SIMD over a
-- packed matrix), so neither idx_job_postings_embedding nor the seed's
-- idx_job_embeddings_cosine exists here. See migrations/postgres/002.
ALTER TABLE job_postings ADD COLUMN embedding BLOB
    CONSTRAINT job_postings_embedding_384_floats CHECK (length(embedding) = 1536);
