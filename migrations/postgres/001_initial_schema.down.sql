-- 001 initial schema (PostgreSQL), undone: drop the tables children first.
-- Their indexes and constraints go with them. schema_migrations belongs to
-- the migrator and stays.
DROP TABLE browser_sessions;
DROP TABLE automation_tasks;
DROP TABLE generated_content;
DROP TABLE application_status_history;
DROP TABLE applications;
DROP TABLE job_search_preferences;
DROP TABLE job_postings;
DROP TABLE companies;
DROP TABLE user_experiences;
DROP TABLE user_skills;
DROP TABLE user_profiles;
DROP TABLE users;
