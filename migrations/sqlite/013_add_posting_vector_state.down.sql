-- 013 posting vector state (SQLite), undone. A vector file left beside the
-- database is rebuilt (or ignored by an older jobhunt) on the next search.
DROP INDEX idx_job_postings_scope;
DROP TRIGGER job_postings_vector_state_update;
DROP TRIGGER job_postings_vector_state_delete;
DROP TRIGGER job_postings_vector_state_insert;
DROP TABLE posting_vector_state;
