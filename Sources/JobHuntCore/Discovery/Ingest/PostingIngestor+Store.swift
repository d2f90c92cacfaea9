// The decision for one posting: unchanged, updated, expired, merged or new,
// and the statements each needs. Runs inside the posting's savepoint.
import Foundation
internal import JobHuntDatabase

/// What ingest did with one posting.
enum IngestResult {
    case new, updated, unchanged, merged, expired
}

extension PostingIngestor {
    /// Stores `posting`; `embed` is the posting id whose vector must be (re)computed.
    func store(_ posting: NormalisedPosting, run: IngestRun, db: Database) throws -> (
        result: IngestResult, embed: UUID?
    ) {
        let hash = posting.contentHash
        let active = posting.isActive(on: run.today)
        if let known = try db.queryOne(
            """
            SELECT s.id AS source_id, s.content_hash AS source_hash, p.id AS posting_id, p.content_hash,
                p.is_active, p.source_platform, p.external_id
            FROM job_posting_sources s JOIN job_postings p ON p.id = s.job_posting_id
            WHERE s.source_platform = $1 AND s.external_id = $2
            """, [posting.sourcePlatform, posting.sourceExternalID])
        {
            return try update(posting, known: known, hash: hash, active: active, run: run, db: db)
        }
        if let key = posting.dedupeKey, let twin = try activeTwin(key: key, source: run.summary.source, db: db) {
            try insertSource(posting, postingID: twin, hash: hash, run: run, db: db)
            return (.merged, nil)
        }
        let id = UUID()
        let companyID = try run.companies.id(for: posting.company, db: db)
        let columns = PostingContent.columns + ["id", "is_active", "last_seen_at", "created_at", "updated_at"]
        var arguments = posting.contentArguments(companyID: companyID, hash: hash)
        arguments += [id, active, run.seenAt, run.seenAt, run.seenAt]
        let placeholders = (1...arguments.count).map { "$\($0)" }.joined(separator: ", ")
        try db.execute(
            "INSERT INTO job_postings (\(columns.joined(separator: ", "))) VALUES (\(placeholders))", arguments)
        try insertSource(posting, postingID: id, hash: hash, run: run, db: db)
        return (.new, id)
    }

    /// A source row exists: the posting's own source rewrites its content when
    /// the hash moved; a merged (secondary) source only refreshes its own row.
    private func update(
        _ posting: NormalisedPosting, known: Row, hash: String, active: Bool, run: IngestRun, db: Database
    ) throws -> (result: IngestResult, embed: UUID?) {
        let postingID = try known.get("posting_id", as: UUID.self)
        let sourceID = try known.get("source_id", as: UUID.self)
        let isPrimary =
            try known.optional("source_platform", as: String.self) == posting.sourcePlatform
            && known.optional("external_id", as: String.self) == posting.externalID
        guard isPrimary else {
            guard try known.optional("source_hash", as: String.self) != hash else { return (.unchanged, nil) }
            try db.execute(
                "UPDATE job_posting_sources SET source_url = $1, content_hash = $2, last_seen_at = $3 WHERE id = $4",
                [posting.sourceURL, hash, run.seenAt, sourceID])
            return (.updated, nil)
        }
        let storedActive = try known.optional("is_active", as: Bool.self) ?? true
        if try known.optional("content_hash", as: String.self) == hash {
            if storedActive == active { return (.unchanged, nil) }
            try db.execute(
                "UPDATE job_postings SET is_active = $1, updated_at = $2, last_seen_at = $2 WHERE id = $3",
                [active, run.seenAt, postingID])
            return (active ? .updated : .expired, nil)
        }
        let companyID = try run.companies.id(for: posting.company, db: db)
        let assignments = PostingContent.columns.enumerated().map { "\($1) = $\($0 + 1)" }.joined(separator: ", ")
        var arguments = posting.contentArguments(companyID: companyID, hash: hash)
        let next = arguments.count
        arguments += [active, run.seenAt, postingID]
        try db.execute(
            """
            UPDATE job_postings SET \(assignments), is_active = $\(next + 1), updated_at = $\(next + 2),
                last_seen_at = $\(next + 2), embedding = NULL
            WHERE id = $\(next + 3)
            """, arguments)
        try db.execute(
            "UPDATE job_posting_sources SET source_url = $1, content_hash = $2, last_seen_at = $3 WHERE id = $4",
            [posting.sourceURL, hash, run.seenAt, sourceID])
        return (.updated, postingID)
    }

    /// An active posting with the same dedupe key that this source does not already list
    /// (one board listing two ids under one key means two jobs, not one).
    private func activeTwin(key: String, source: String, db: Database) throws -> UUID? {
        // Filtered by dedupe key alone, activity checked here: with `is_active = TRUE`
        // in the WHERE clause SQLite's planner may walk idx_job_postings_active
        // (every active posting) instead of the dedupe index, making ingest quadratic.
        let rows = try db.query(
            """
            SELECT p.id, p.is_active,
                EXISTS (SELECT 1 FROM job_posting_sources s WHERE s.job_posting_id = p.id AND s.source_key = $2)
                    AS listed
            FROM job_postings p WHERE p.dedupe_key = $1 ORDER BY p.created_at, p.id
            """, [key, source])
        for row in rows where try row.optional("is_active", as: Bool.self) == true {
            if try row.optional("listed", as: Bool.self) != true { return try row.get("id", as: UUID.self) }
        }
        return nil
    }

    private func insertSource(
        _ posting: NormalisedPosting, postingID: UUID, hash: String, run: IngestRun, db: Database
    ) throws {
        try db.execute(
            """
            INSERT INTO job_posting_sources (id, job_posting_id, source_key, source_platform, external_id,
                source_url, content_hash, first_seen_at, last_seen_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
            """,
            [
                UUID(), postingID, run.summary.source, posting.sourcePlatform, posting.sourceExternalID,
                posting.sourceURL, hash, run.seenAt,
            ])
    }
}
