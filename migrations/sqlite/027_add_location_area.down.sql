-- 027 location area (sqlite), undone: remote regions are compared by country alone.
ALTER TABLE job_postings DROP COLUMN location_area;
