-- Seeds the `status` bench on PostgreSQL: 10,000 applications of one user
-- (psql variable :user) across the seven statuses, each with 5 history rows.
INSERT INTO applications (id, user_id, company_name, job_title, job_url, status, application_method,
    submitted_at, last_status_update, notes, follow_up_date, interview_dates, created_at, updated_at)
SELECT ('01900000-0000-7000-8000-' || lpad(i::text, 12, '0'))::uuid, :'user', 'Company ' || (i % 500),
    'Engineer ' || i, 'https://jobs.example/' || i,
    (ARRAY['pending', 'submitted', 'reviewing', 'interviewed', 'rejected', 'offered', 'withdrawn'])[i % 7 + 1],
    'manual', now() - i * interval '1 minute', now() - i * interval '1 minute', 'seeded by scripts/bench status',
    CASE WHEN i % 10 = 0 THEN current_date - (i % 30) END,
    CASE WHEN i % 7 = 3 THEN ARRAY[date_trunc('hour', now()) + (i % 14) * interval '1 day'] END,
    now() - i * interval '1 minute', now() - i * interval '1 minute'
FROM generate_series(1, 10000) AS i;

INSERT INTO application_status_history (application_id, status, notes, changed_by, created_at)
SELECT a.id, a.status, 'change ' || j, 'user', a.created_at
FROM applications a CROSS JOIN generate_series(1, 5) AS j WHERE a.user_id = :'user';

ANALYZE applications;
ANALYZE application_status_history;
