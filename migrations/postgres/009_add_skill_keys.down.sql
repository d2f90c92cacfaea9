-- 009 down: the index first, since a column an index covers cannot be dropped.
DROP INDEX unique_user_skill;
ALTER TABLE user_skills DROP COLUMN skill_key;
