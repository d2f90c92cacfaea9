-- 026 target embedding (PostgreSQL): the all-MiniLM-L6-v2 vector of what a
-- person says they want (current or target title, summary, a saved search's
-- titles and keywords), beside 012's vector of their whole profile, so a
-- career changer's aim can lead when their history points elsewhere; and the
-- SHA-256 (hex) of the text it came from, so a stale vector is never used.
ALTER TABLE user_profiles ADD COLUMN target_embedding vector(384);
ALTER TABLE user_profiles ADD COLUMN target_embedding_fingerprint TEXT;
