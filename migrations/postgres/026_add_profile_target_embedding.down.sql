-- 026 target embedding (PostgreSQL), undone. The vectors are lost and are
-- recomputed by the next `jobhunt discover match` after migrating up again.
ALTER TABLE user_profiles DROP COLUMN target_embedding_fingerprint;
ALTER TABLE user_profiles DROP COLUMN target_embedding;
