-- 008 profile summary (PostgreSQL). Not in the seed: a free-text professional
-- summary, written by `jobhunt profile set --summary` and JSON Resume's
-- basics.summary, and the text the matching profile vector is built from.
-- Nullable, no default: existing profiles simply have no summary yet.
ALTER TABLE user_profiles ADD COLUMN summary TEXT;
