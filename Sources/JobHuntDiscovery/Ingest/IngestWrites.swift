// The rows one batch writes, collected while deciding and then written in
// bulk: multi-row INSERTs for new postings and source rows, then updates.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// A `job_postings` row to insert, or the new content of one to rewrite.
struct NewPosting {
    let id: UUID
    let posting: NormalisedPosting
    let companyID: UUID?
    let hash: String
    let active: Bool
}

/// A change to a stored row.
enum IngestUpdate {
    /// The posting's own source changed it: new content, vector cleared.
    case content(NewPosting)
    /// A source row's URL and hash (its listing changed).
    case source(id: UUID, posting: NormalisedPosting, hash: String)
    /// Same content, activity changed (re-listed, or past expiry).
    case activity(postingID: UUID, active: Bool)
}

/// Everything a batch writes, in the order that keeps foreign keys satisfied:
/// new postings, then source rows (of new and merged postings), then updates
/// in input order (an update may touch a posting inserted earlier in the batch).
struct IngestWrites {
    var postings: [NewPosting] = []
    var sources: [(id: UUID, postingID: UUID, posting: NormalisedPosting, hash: String)] = []
    var updates: [IngestUpdate] = []

    /// Adds a `job_posting_sources` row and returns its id.
    mutating func addSource(_ posting: NormalisedPosting, postingID: UUID, hash: String) -> UUID {
        let id = TimeOrderedUUID.make()
        sources.append((id, postingID, posting, hash))
        return id
    }

    /// The columns a new posting row fills: its content, then identity, activity and timestamps.
    static let postingColumns: SQL =
        "\(columns: PostingColumn.content), id, is_active, last_seen_at, created_at, updated_at"
    static let sourceColumns: SQL = """
        id, job_posting_id, source_key, source_platform, external_id, source_url, content_hash, first_seen_at, \
        last_seen_at
        """

    /// Writes the batch. New rows go in as multi-row INSERTs of
    /// `rowsPerStatement` rows, or with `copy` on PostgreSQL (unless
    /// `rowsPerStatement` is 1, the per-posting baseline) as one binary COPY per table.
    func flush(run: IngestRun, rowsPerStatement: Int, copy: Bool, db: Database) throws {
        let postingRows = postings.map { row in
            row.posting.contentArguments(companyID: row.companyID, hash: row.hash)
                + [row.id, row.active, run.seenAt, run.seenAt, run.seenAt]
        }
        let sourceRows: [[(any DatabaseValueConvertible)?]] = sources.map { row in
            [
                row.id, row.postingID, run.summary.source, row.posting.sourcePlatform,
                row.posting.sourceExternalID, row.posting.sourceURL, row.hash, run.seenAt, run.seenAt,
            ]
        }
        if copy, db.dialect == .postgres, rowsPerStatement > 1 {
            try Self.copy(
                postingRows, into: "job_postings", columns: Self.postingColumns, staging: "jobhunt_copy_postings",
                create: Self.postingCopyTable, db: db)
            try Self.copy(
                sourceRows, into: "job_posting_sources", columns: Self.sourceColumns, staging: "jobhunt_copy_sources",
                create: Self.sourceCopyTable, db: db)
        } else {
            for rows in postingRows.chunks(of: rowsPerStatement) {
                try db.execute("INSERT INTO job_postings (\(sql: Self.postingColumns)) VALUES \(rows: rows)")
            }
            for rows in sourceRows.chunks(of: rowsPerStatement) {
                try db.execute("INSERT INTO job_posting_sources (\(sql: Self.sourceColumns)) VALUES \(rows: rows)")
            }
        }
        for update in updates { try apply(update, run: run, db: db) }
    }

    private func apply(_ update: IngestUpdate, run: IngestRun, db: Database) throws {
        let seenAt = SQL.bindOnce(run.seenAt)
        switch update {
        case .content(let row):
            let content = row.posting.contentArguments(companyID: row.companyID, hash: row.hash)
            let assignments = PostingColumn.assignments(Array(zip(PostingColumn.content, content)))
            try db.execute(
                """
                UPDATE job_postings SET \(sql: assignments), is_active = \(row.active), updated_at = \(sql: seenAt),
                    last_seen_at = \(sql: seenAt), embedding = NULL
                WHERE id = \(row.id)
                """)
        case .source(let id, let posting, let hash):
            try db.execute(
                """
                UPDATE job_posting_sources SET source_url = \(posting.sourceURL), content_hash = \(hash),
                    last_seen_at = \(run.seenAt) WHERE id = \(id)
                """)
        case .activity(let postingID, let active):
            try db.execute(
                """
                UPDATE job_postings SET is_active = \(active), updated_at = \(sql: seenAt), last_seen_at = \(sql: seenAt)
                WHERE id = \(postingID)
                """)
        }
    }
}
