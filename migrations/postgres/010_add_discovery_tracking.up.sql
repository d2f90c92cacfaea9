-- 010 discovery tracking (PostgreSQL): what cross-source dedupe, idempotent
-- re-runs and posting lifecycle need, plus remembered HTTP validators and one
-- platform_metrics row per platform and day. See docs/ingest.md.
-- dedupe_key: the normaliser's cross-source identity (company + title +
-- location). content_hash: SHA-256 of the stored content, so a re-run can
-- tell updated from unchanged without comparing every column. last_seen_at:
-- the last run that wrote the posting.
ALTER TABLE job_postings ADD COLUMN dedupe_key TEXT;
ALTER TABLE job_postings ADD COLUMN content_hash TEXT;
ALTER TABLE job_postings ADD COLUMN last_seen_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX idx_job_postings_dedupe_key ON job_postings(dedupe_key);

-- name_key: case-folded name without legal suffix. Not unique: two employers
-- may share a name under different domains.
ALTER TABLE companies ADD COLUMN name_key TEXT;
CREATE INDEX idx_companies_name_key ON companies(name_key);

-- Every place a posting was seen: one row per (source_platform, external_id),
-- so a job on Greenhouse and LinkedIn is one posting with two sources.
-- source_key is the discover source that saw it ("greenhouse:tessellate"),
-- which scopes "vanished from its source". content_hash is what this source
-- said last time, so a merged source changing its copy is noticed.
CREATE TABLE job_posting_sources (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    job_posting_id UUID NOT NULL CONSTRAINT job_posting_sources_job_posting_id_fkey REFERENCES job_postings(id) ON DELETE CASCADE,
    source_key TEXT NOT NULL,
    source_platform TEXT NOT NULL,
    external_id TEXT NOT NULL,
    source_url TEXT NOT NULL,
    content_hash TEXT,
    first_seen_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW(),
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);

CREATE UNIQUE INDEX unique_posting_source ON job_posting_sources(source_platform, external_id);
CREATE INDEX idx_job_posting_sources_posting ON job_posting_sources(job_posting_id);
CREATE INDEX idx_job_posting_sources_source_key ON job_posting_sources(source_key);

-- ETag and Last-Modified per URL, for conditional GET across runs.
CREATE TABLE http_validators (
    url TEXT NOT NULL PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);

-- One metrics row per platform and day, so the recorder can upsert. A
-- database holding two rows for one platform and day fails here naming
-- unique_platform_metric_day: merge them and migrate again.
CREATE UNIQUE INDEX unique_platform_metric_day ON platform_metrics(platform_name, metric_date);
