-- 005 retention archive (SQLite): automation_tasks_archive, which the seed's
-- cleanup_old_data uses but never creates. The columns of automation_tasks in
-- the same order plus archived_at, foreign keys as on the live table. See
-- migrations/postgres/005 for the reasoning. jobhunt's cleanup command copies
-- named columns (SQLite refuses INSERT ... SELECT * with a column missing).
CREATE TABLE automation_tasks_archive (
    id TEXT NOT NULL PRIMARY KEY DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    user_id TEXT NOT NULL CONSTRAINT automation_tasks_archive_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    application_id TEXT CONSTRAINT automation_tasks_archive_application_id_fkey REFERENCES applications(id) ON DELETE SET NULL,
    task_type TEXT NOT NULL,
    status TEXT DEFAULT 'pending',
    priority INTEGER DEFAULT 5,
    scheduled_at TEXT,
    started_at TEXT,
    completed_at TEXT,
    retry_count INTEGER DEFAULT 0,
    max_retries INTEGER DEFAULT 3,
    error_message TEXT,
    task_config TEXT CONSTRAINT automation_tasks_archive_task_config_json CHECK (task_config IS NULL OR json_valid(task_config)),
    result_data TEXT CONSTRAINT automation_tasks_archive_result_data_json CHECK (result_data IS NULL OR json_valid(result_data)),
    created_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    updated_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    archived_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')),
    CONSTRAINT valid_archived_task_status CHECK (status IN ('pending', 'running', 'completed', 'failed', 'cancelled'))
) STRICT;

CREATE INDEX idx_automation_tasks_archive_user_id ON automation_tasks_archive(user_id);
CREATE INDEX idx_automation_tasks_archive_application_id ON automation_tasks_archive(application_id);
CREATE INDEX idx_automation_tasks_archive_archived_at ON automation_tasks_archive(archived_at);
