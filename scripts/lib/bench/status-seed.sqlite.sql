-- Seeds the `status` bench on SQLite: 10,000 applications of one user (:user)
-- across the seven statuses, each with 5 history rows. Timestamps are
-- ISO-8601 UTC text with microseconds, as jobhunt writes them.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
INSERT INTO applications (id, user_id, company_name, job_title, job_url, status, application_method,
    submitted_at, last_status_update, notes, follow_up_date, interview_dates, created_at, updated_at)
SELECT printf('01900000-0000-7000-8000-%012d', i), :user, 'Company ' || (i % 500), 'Engineer ' || i,
    'https://jobs.example/' || i,
    CASE i % 7 WHEN 0 THEN 'pending' WHEN 1 THEN 'submitted' WHEN 2 THEN 'reviewing' WHEN 3 THEN 'interviewed'
        WHEN 4 THEN 'rejected' WHEN 5 THEN 'offered' ELSE 'withdrawn' END,
    'manual', strftime('%Y-%m-%dT%H:%M:%f000Z', 'now', '-' || i || ' minutes'),
    strftime('%Y-%m-%dT%H:%M:%f000Z', 'now', '-' || i || ' minutes'), 'seeded by scripts/bench status',
    CASE WHEN i % 10 = 0 THEN date('now', '-' || (i % 30) || ' days') END,
    CASE WHEN i % 7 = 3 THEN json_array(strftime('%Y-%m-%dT%H:00:00.000000Z', 'now', '+' || (i % 14) || ' days')) END,
    strftime('%Y-%m-%dT%H:%M:%f000Z', 'now', '-' || i || ' minutes'),
    strftime('%Y-%m-%dT%H:%M:%f000Z', 'now', '-' || i || ' minutes')
FROM n;

WITH RECURSIVE k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < 5)
INSERT INTO application_status_history (id, application_id, status, notes, changed_by, created_at)
SELECT printf('01900000-0000-7000-9%03d-%012d', j, CAST(substr(a.id, 25) AS INTEGER)), a.id, a.status,
    'change ' || j, 'user', a.created_at
FROM applications a CROSS JOIN k WHERE a.user_id = :user;
