-- 033 lost cache invalidations (PostgreSQL). Not in the seed: a write drops the
-- Redis keys it makes stale; when Redis is down, slow or loses the reply, the
-- key (or glob, is_pattern) is recorded here instead, and the next jobhunt
-- process that reaches Redis unlinks it before serving any cached value, so a
-- restarted Redis (with persistence) cannot serve what a write made stale
-- (docs/reliability.md, "Fault matrix"). Normally empty.
CREATE TABLE cache_invalidations (
    cache_key VARCHAR(512) PRIMARY KEY,
    is_pattern BOOLEAN NOT NULL DEFAULT FALSE,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
