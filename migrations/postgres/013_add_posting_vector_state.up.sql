-- 013 posting vector state (PostgreSQL): nothing to track here. The SQLite
-- side adds a change counter for its memory-mapped vector file; PostgreSQL
-- searches the table itself (exact scan or the HNSW index, chosen per query,
-- docs/vector-search.md), so there is no second copy to keep current. The
-- step records the index's build parameters where an operator will look.
COMMENT ON INDEX idx_job_postings_embedding IS 'HNSW cosine, m = 16, ef_construction = 64 (pgvector defaults); queries set hnsw.ef_search and hnsw.iterative_scan per transaction, see docs/vector-search.md';
