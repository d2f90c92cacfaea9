-- 018 task queue (SQLite), reverted.
DROP TABLE task_schedules;
DROP INDEX idx_tasks_lease;
DROP INDEX idx_tasks_claim;
ALTER TABLE automation_tasks_archive DROP COLUMN worker_id;
ALTER TABLE automation_tasks_archive DROP COLUMN lease_until;
ALTER TABLE automation_tasks DROP COLUMN worker_id;
ALTER TABLE automation_tasks DROP COLUMN lease_until;
