-- 002 vector search (PostgreSQL): pgvector, the 384-dimension embedding of
-- all-MiniLM-L6-v2 on job_postings, and one HNSW cosine index.
CREATE EXTENSION IF NOT EXISTS vector;

-- for semantic similarity search (seed: embedding VECTOR(384)). It lands after
-- updated_at because the column is added here rather than in 001.
ALTER TABLE job_postings ADD COLUMN embedding vector(384);

-- Correction: the seed builds ivfflat, whose lists are trained on the rows
-- present at CREATE INDEX time. Built here on an empty table, it would never be
-- trained and recall would be poor. HNSW needs no training and stays good as
-- rows arrive. The embeddings are L2-normalised and queried with <=> (cosine
-- distance), hence vector_cosine_ops.
-- The seed also declares idx_job_embeddings_cosine, a second, identical index
-- (ivfflat cosine, lists = 100). Two identical indexes would double the write
-- cost for nothing, so only idx_job_postings_embedding exists. The seed's
-- SET ivfflat.probes = 10 is a session setting, not schema: with HNSW the
-- knob is hnsw.ef_search (default 40), and hnsw.iterative_scan helps queries
-- that filter (is_active, location) before ordering by distance.
CREATE INDEX idx_job_postings_embedding ON job_postings USING hnsw (embedding vector_cosine_ops);
