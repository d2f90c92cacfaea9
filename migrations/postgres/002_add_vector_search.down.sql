-- 002 vector search (PostgreSQL), undone.
DROP INDEX idx_job_postings_embedding;
ALTER TABLE job_postings DROP COLUMN embedding;
-- Without CASCADE: if anything else in this database still uses the vector
-- type, this fails and the whole step rolls back instead of dropping it.
DROP EXTENSION IF EXISTS vector;
