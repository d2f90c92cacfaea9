-- 002 vector search (SQLite), undone. Embeddings are lost and can be
-- recomputed with `jobhunt discover --embed-pending`.
ALTER TABLE job_postings DROP COLUMN embedding;
