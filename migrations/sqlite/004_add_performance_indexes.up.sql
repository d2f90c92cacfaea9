-- 004 performance indexes (SQLite): the seed's composite and partial indexes
-- under their names, and FTS5 in place of PostgreSQL's GIN full-text indexes.

-- Composite indexes for common query patterns.
CREATE INDEX idx_jobs_location_experience ON job_postings(location_city, experience_level, is_active);
CREATE INDEX idx_apps_user_status_date ON applications(user_id, status, created_at);
CREATE INDEX idx_tasks_status_priority ON automation_tasks(status, priority, scheduled_at);

-- Partial indexes for active records (is_active is 0/1 here).
CREATE INDEX idx_active_job_postings ON job_postings(created_at) WHERE is_active = 1;
CREATE INDEX idx_pending_tasks ON automation_tasks(created_at) WHERE status = 'pending';

-- Full-text search. SQLite cannot index an expression for text search, so the
-- seed's idx_job_postings_fts and idx_companies_fts become FTS5 tables over
-- the same columns: job_postings_fts (title, description) and companies_fts
-- (name, description). They are external-content tables: the text lives only
-- in the base table, the FTS table holds the index, keyed by the base table's
-- rowid. The porter stemmer stands in for PostgreSQL's 'english' config
-- (stems alike, but FTS5 keeps stop words).
-- Query: SELECT j.* FROM job_postings_fts f JOIN job_postings j ON j.rowid = f.rowid
--        WHERE job_postings_fts MATCH ? ORDER BY f.rank
-- Kept in sync by the triggers below. Two things break that sync, so jobhunt
-- avoids them: INSERT OR REPLACE (its implicit delete fires no delete trigger
-- unless recursive_triggers is on, so use INSERT ... ON CONFLICT DO UPDATE),
-- and anything that renumbers rowids (SQLite documents that VACUUM may do so
-- for tables without an INTEGER PRIMARY KEY). After a VACUUM, or to repair,
-- run INSERT INTO job_postings_fts(job_postings_fts) VALUES ('rebuild') and
-- the same for companies_fts.
CREATE VIRTUAL TABLE job_postings_fts USING fts5(
    title, description, content = 'job_postings', tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE companies_fts USING fts5(
    name, description, content = 'companies', tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Index what the base tables already hold when this step runs.
INSERT INTO job_postings_fts(job_postings_fts) VALUES ('rebuild');
INSERT INTO companies_fts(companies_fts) VALUES ('rebuild');

CREATE TRIGGER job_postings_fts_insert AFTER INSERT ON job_postings BEGIN
    INSERT INTO job_postings_fts(rowid, title, description) VALUES (NEW.rowid, NEW.title, NEW.description);
END;

CREATE TRIGGER job_postings_fts_delete AFTER DELETE ON job_postings BEGIN
    INSERT INTO job_postings_fts(job_postings_fts, rowid, title, description)
        VALUES ('delete', OLD.rowid, OLD.title, OLD.description);
END;

CREATE TRIGGER job_postings_fts_update AFTER UPDATE OF title, description ON job_postings BEGIN
    INSERT INTO job_postings_fts(job_postings_fts, rowid, title, description)
        VALUES ('delete', OLD.rowid, OLD.title, OLD.description);
    INSERT INTO job_postings_fts(rowid, title, description) VALUES (NEW.rowid, NEW.title, NEW.description);
END;

CREATE TRIGGER companies_fts_insert AFTER INSERT ON companies BEGIN
    INSERT INTO companies_fts(rowid, name, description) VALUES (NEW.rowid, NEW.name, NEW.description);
END;

CREATE TRIGGER companies_fts_delete AFTER DELETE ON companies BEGIN
    INSERT INTO companies_fts(companies_fts, rowid, name, description)
        VALUES ('delete', OLD.rowid, OLD.name, OLD.description);
END;

CREATE TRIGGER companies_fts_update AFTER UPDATE OF name, description ON companies BEGIN
    INSERT INTO companies_fts(companies_fts, rowid, name, description)
        VALUES ('delete', OLD.rowid, OLD.name, OLD.description);
    INSERT INTO companies_fts(rowid, name, description) VALUES (NEW.rowid, NEW.name, NEW.description);
END;
