-- 013 posting vector state (SQLite): what the memory-mapped vector file
-- beside the database (`<database>-vectors`, docs/vector-search.md) checks
-- itself against. `token` tells this database from any other, `generation`
-- counts changes to stored embeddings: triggers bump it whenever a posting
-- with a vector is inserted or deleted, or a posting's vector or id changes.
-- The file records both when it is built; a search that finds them different
-- rebuilds it, so the file can never answer for vectors the table no longer has.
CREATE TABLE posting_vector_state (
    id INTEGER NOT NULL PRIMARY KEY CONSTRAINT posting_vector_state_single_row CHECK (id = 1),
    token TEXT NOT NULL,
    generation INTEGER NOT NULL DEFAULT 0
) STRICT;

INSERT INTO posting_vector_state (id, token, generation) VALUES (1, lower(hex(randomblob(16))), 0);

CREATE TRIGGER job_postings_vector_state_insert AFTER INSERT ON job_postings
WHEN NEW.embedding IS NOT NULL BEGIN
    UPDATE posting_vector_state SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER job_postings_vector_state_delete AFTER DELETE ON job_postings
WHEN OLD.embedding IS NOT NULL BEGIN
    UPDATE posting_vector_state SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER job_postings_vector_state_update AFTER UPDATE OF embedding, id ON job_postings
WHEN OLD.embedding IS NOT NEW.embedding OR OLD.id IS NOT NEW.id BEGIN
    UPDATE posting_vector_state SET generation = generation + 1 WHERE id = 1;
END;

-- The filters of `discover match` and `find` (docs/vector-search.md) read
-- only these columns, so with this index SQLite picks candidate postings
-- without visiting the table rows, which are about 3 KB each (description and
-- the 1536-byte embedding): 25,000 candidates from 100,000 postings read 1 MB
-- of index instead of 100 MB of rows. A scope must test `p.is_active = TRUE`
-- (not bare `p.is_active`) for SQLite to seek on the leading column.
CREATE INDEX idx_job_postings_scope ON job_postings(is_active, work_arrangement, experience_level, salary_max,
    salary_min, employment_type, location_country, location_state, location_city);
