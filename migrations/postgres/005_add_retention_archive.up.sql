-- 005 retention archive (PostgreSQL). Correction: the seed's cleanup_old_data
-- archives finished automation tasks into automation_tasks_archive but never
-- creates it. It has the columns of automation_tasks, in the same order, plus
-- archived_at. jobhunt's own cleanup command does the archiving (no pg_cron,
-- no plpgsql) and names the columns it copies rather than relying on
-- SELECT * lining up.
-- Foreign keys as on the live table: forgetting a user removes their archived
-- tasks too (task_config and result_data may hold personal data), and
-- deleting an application only unlinks the tasks that worked on it.
CREATE TABLE automation_tasks_archive (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL CONSTRAINT automation_tasks_archive_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    application_id UUID CONSTRAINT automation_tasks_archive_application_id_fkey REFERENCES applications(id) ON DELETE SET NULL,
    task_type VARCHAR(50) NOT NULL,
    status VARCHAR(50) DEFAULT 'pending',
    priority INTEGER DEFAULT 5,
    scheduled_at TIMESTAMP WITH TIME ZONE,
    started_at TIMESTAMP WITH TIME ZONE,
    completed_at TIMESTAMP WITH TIME ZONE,
    retry_count INTEGER DEFAULT 0,
    max_retries INTEGER DEFAULT 3,
    error_message TEXT,
    task_config JSONB,
    result_data JSONB,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    archived_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    -- The live table's valid_task_status under its own name, so a violation
    -- names the table it happened in.
    CONSTRAINT valid_archived_task_status CHECK (status IN ('pending', 'running', 'completed', 'failed', 'cancelled'))
);

CREATE INDEX idx_automation_tasks_archive_user_id ON automation_tasks_archive(user_id);
CREATE INDEX idx_automation_tasks_archive_application_id ON automation_tasks_archive(application_id);
CREATE INDEX idx_automation_tasks_archive_archived_at ON automation_tasks_archive(archived_at);
