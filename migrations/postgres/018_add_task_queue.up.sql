-- 018 task queue (PostgreSQL): what `jobhunt worker` needs to run
-- automation_tasks as a queue shared by many workers, and the schedules that
-- fill it. retry_count counts attempts that failed or lost their lease and
-- error_message keeps the last error, as the seed has them.
--
-- A running task holds a lease: worker_id names the process
-- (host:pid:thread), lease_until is when another worker may take it back.
ALTER TABLE automation_tasks ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE automation_tasks ADD COLUMN worker_id VARCHAR(200);

-- The archive keeps the live table's columns (the cleanup copies named
-- columns with INSERT ... SELECT), so it gains the same two.
ALTER TABLE automation_tasks_archive ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE automation_tasks_archive ADD COLUMN worker_id VARCHAR(200);

-- The claim reads the highest priority first, then the longest due. The
-- seed's idx_tasks_status_priority (status, priority, scheduled_at) is
-- ascending in both, so `ORDER BY priority DESC, scheduled_at` can use it
-- only with a sort of every pending row of the top priority per claim; this
-- partial index is that order exactly and holds only the pending rows.
CREATE INDEX idx_tasks_claim ON automation_tasks(priority DESC, scheduled_at) WHERE status = 'pending';
-- Expired leases are looked up among running tasks only.
CREATE INDEX idx_tasks_lease ON automation_tasks(lease_until) WHERE status = 'running';

-- Recurring tasks: `jobhunt schedule add NAME CRON TYPE [KEY=VALUE...]`.
-- last_slot is the latest cron slot a task was enqueued for; a worker
-- enqueues a slot only by moving last_slot forward with a conditional UPDATE,
-- so with many workers a slot fires once.
CREATE TABLE task_schedules (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL CONSTRAINT task_schedules_user_id_fkey REFERENCES users(id) ON DELETE CASCADE,
    application_id UUID CONSTRAINT task_schedules_application_id_fkey REFERENCES applications(id) ON DELETE CASCADE,
    name VARCHAR(100) NOT NULL,
    cron_expression VARCHAR(200) NOT NULL,
    task_type VARCHAR(50) NOT NULL,
    task_config JSONB,
    priority INTEGER NOT NULL DEFAULT 5,
    max_retries INTEGER NOT NULL DEFAULT 3,
    last_slot TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    CONSTRAINT unique_user_schedule_name UNIQUE (user_id, name),
    CONSTRAINT valid_schedule_priority CHECK (priority BETWEEN 1 AND 10),
    CONSTRAINT valid_schedule_max_retries CHECK (max_retries BETWEEN 0 AND 100)
);

CREATE INDEX idx_task_schedules_application_id ON task_schedules(application_id);
