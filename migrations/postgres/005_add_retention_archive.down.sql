-- 005 retention archive (PostgreSQL), undone. Archived tasks are lost.
DROP TABLE automation_tasks_archive;
