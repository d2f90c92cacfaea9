-- 002 vector search (PostgreSQL), undone: the index and the column go.
-- The vector extension stays installed. CREATE EXTENSION IF NOT EXISTS may
-- have found it already there (installed by an administrator, used by other
-- schemas), and dropping it needs its owner's rights, which the migrating
-- role often lacks on a managed server. An unused extension is harmless, and
-- up again finds it with IF NOT EXISTS, so up, down, up still ends with the
-- same catalog.
DROP INDEX idx_job_postings_embedding;
ALTER TABLE job_postings DROP COLUMN embedding;
