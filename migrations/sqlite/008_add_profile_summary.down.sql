-- 008 profile summary (SQLite), undone. The summaries are lost: export the
-- profile first (`jobhunt profile show --json`) if they are still needed.
ALTER TABLE user_profiles DROP COLUMN summary;
