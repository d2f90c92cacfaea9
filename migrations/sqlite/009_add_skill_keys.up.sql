-- 009 skill keys: one skill per user, case- and alias-insensitive, enforced by
-- the database too. skill_key is the taxonomy's uniqueness key, written by the
-- application (SkillTaxonomy.key(for:): "k8s", "K8S" and "Kubernetes" all give
-- "kubernetes"). Rows that exist before this step get lower(skill_name), the
-- closest SQL can come. A database holding two rows whose keys collide fails
-- here naming unique_user_skill: remove one and migrate again.
ALTER TABLE user_skills ADD COLUMN skill_key TEXT;
UPDATE user_skills SET skill_key = lower(skill_name);
CREATE UNIQUE INDEX unique_user_skill ON user_skills(user_id, skill_key);
