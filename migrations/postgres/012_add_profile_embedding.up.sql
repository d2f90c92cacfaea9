-- 012 profile embedding (PostgreSQL): the all-MiniLM-L6-v2 vector of a
-- person's profile text (title, summary, skills, experiences, resume text),
-- which `jobhunt discover match` compares with job_postings.embedding, and
-- the SHA-256 (hex) of the text it was computed from. Matching recomputes the
-- vector when the profile's text no longer has that fingerprint, so a stale
-- vector is never used. No index: the vector is read by user_id, one row.
ALTER TABLE user_profiles ADD COLUMN embedding vector(384);
ALTER TABLE user_profiles ADD COLUMN embedding_fingerprint TEXT;
