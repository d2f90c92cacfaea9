-- 027 location area (sqlite): the region wider than a country a posting's
-- location names ("Remote (EU)" is EU, "Remote - Worldwide" Worldwide), which
-- no location column can hold. Remote preferences ("Remote, EU", "Remote (US)")
-- compare it with their region when the posting names no country (issue 19).
-- NULL: the posting named no area, or was stored before this migration.
ALTER TABLE job_postings ADD COLUMN location_area TEXT;
