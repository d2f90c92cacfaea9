-- 013 posting vector state (PostgreSQL), undone: the index as 002 built it.
DROP INDEX idx_job_postings_embedding;
CREATE INDEX idx_job_postings_embedding ON job_postings USING hnsw (embedding vector_cosine_ops);
