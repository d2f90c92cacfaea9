-- 018 task queue (SQLite): lease columns on automation_tasks and its archive,
-- the claim indexes and task_schedules, as in migrations/postgres/018 (which
-- says why). Times are ISO-8601 UTC text, which sorts as time.
ALTER TABLE automation_tasks ADD COLUMN lease_until TEXT;
ALTER TABLE automation_tasks ADD COLUMN worker_id TEXT;

ALTER TABLE automation_tasks_archive ADD COLUMN lease_until TEXT;
ALTER TABLE automation_tasks_archive ADD COLUMN worker_id TEXT;

CREATE INDEX idx_tasks_claim ON automation_tasks(priority DESC, scheduled_at) WHERE status = 'pending';
CREATE INDEX idx_tasks_lease ON automation_tasks(lease_until) WHERE status = 'running';

CREATE TABLE task_schedules (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    user_id TEXT NOT NULL CONSTRAINT task_schedules_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    application_id TEXT CONSTRAINT task_schedules_application_id_fkey REFERENCES applications(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    cron_expression TEXT NOT NULL,
    task_type TEXT NOT NULL,
    task_config TEXT CONSTRAINT task_schedules_task_config_json CHECK (task_config IS NULL OR json_valid(task_config)),
    priority INTEGER NOT NULL DEFAULT 5,
    max_retries INTEGER NOT NULL DEFAULT 3,
    last_slot TEXT,
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    updated_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    CONSTRAINT unique_user_schedule_name UNIQUE (user_id, name),
    CONSTRAINT valid_schedule_priority CHECK (priority BETWEEN 1 AND 10),
    CONSTRAINT valid_schedule_max_retries CHECK (max_retries BETWEEN 0 AND 100)
) STRICT;

CREATE INDEX idx_task_schedules_application_id ON task_schedules(application_id);
