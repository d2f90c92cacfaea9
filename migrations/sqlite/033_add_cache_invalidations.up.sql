-- 033 lost cache invalidations (SQLite): the same table as
-- migrations/postgres/033, the flag as 0/1 and the time as ISO-8601 UTC text.
CREATE TABLE cache_invalidations (
    cache_key TEXT NOT NULL PRIMARY KEY,
    is_pattern INTEGER NOT NULL DEFAULT 0 CHECK (is_pattern IN (0, 1)),
    recorded_at TEXT NOT NULL
) STRICT;
