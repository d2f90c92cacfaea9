-- 013 posting vector state (PostgreSQL): the HNSW index rebuilt with more
-- links per node. The SQLite side of 013 adds a change counter for its vector
-- file; PostgreSQL searches the table itself (exact scan or this index, chosen
-- per query, docs/vector-search.md), so there is nothing to track here.
-- With pgvector's defaults (m = 16, ef_construction = 64), recall@50 against
-- the exact scan over 100k embeddings of generated postings was 0.935 at
-- ef_search 200 and a few queries found almost none of their true neighbours:
-- postings cluster tightly (one job family, many near-duplicates), and a sparse
-- graph strands a search in the wrong cluster. m = 32, ef_construction = 128
-- measured 0.9996 at ef_search 400 (worst query 0.98; docs/vector-search.md). Rebuilding takes about a minute per
-- 100k postings and holds a lock on job_postings meanwhile; on a large shared
-- database an operator may instead build the new index CONCURRENTLY first.
DROP INDEX idx_job_postings_embedding;
CREATE INDEX idx_job_postings_embedding ON job_postings USING hnsw (embedding vector_cosine_ops)
    WITH (m = 32, ef_construction = 128);
