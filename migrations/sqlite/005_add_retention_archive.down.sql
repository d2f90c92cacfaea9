-- 005 retention archive (SQLite), undone. Archived tasks are lost.
DROP TABLE automation_tasks_archive;
