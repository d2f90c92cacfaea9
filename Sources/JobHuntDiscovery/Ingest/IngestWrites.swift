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

    static let postingColumns =
        PostingContent.columns + ["id", "is_active", "last_seen_at", "created_at", "updated_at"]
    static let sourceColumns = [
        "id", "job_posting_id", "source_key", "source_platform", "external_id", "source_url", "content_hash",
        "first_seen_at", "last_seen_at",
    ]

    func flush(run: IngestRun, rowsPerStatement: Int, db: Database) throws {
        for chunk in postings.chunks(of: rowsPerStatement) {
            var arguments: [(any DatabaseValueConvertible)?] = []
            arguments.reserveCapacity(chunk.count * Self.postingColumns.count)
            for row in chunk {
                arguments += row.posting.contentArguments(companyID: row.companyID, hash: row.hash)
                arguments += [row.id, row.active, run.seenAt, run.seenAt, run.seenAt]
            }
            try db.execute(Self.insert("job_postings", Self.postingColumns, rows: chunk.count), arguments)
        }
        for chunk in sources.chunks(of: rowsPerStatement) {
            var arguments: [(any DatabaseValueConvertible)?] = []
            arguments.reserveCapacity(chunk.count * Self.sourceColumns.count)
            for row in chunk {
                arguments += [
                    row.id, row.postingID, run.summary.source, row.posting.sourcePlatform,
                    row.posting.sourceExternalID, row.posting.sourceURL, row.hash, run.seenAt, run.seenAt,
                ]
            }
            try db.execute(Self.insert("job_posting_sources", Self.sourceColumns, rows: chunk.count), arguments)
        }
        for update in updates { try apply(update, run: run, db: db) }
    }

    private func apply(_ update: IngestUpdate, run: IngestRun, db: Database) throws {
        switch update {
        case .content(let row):
            let assignments = PostingContent.columns.enumerated().map { "\($1) = $\($0 + 1)" }
                .joined(separator: ", ")
            var arguments = row.posting.contentArguments(companyID: row.companyID, hash: row.hash)
            let next = arguments.count
            arguments += [row.active, run.seenAt, row.id]
            try db.execute(
                """
                UPDATE job_postings SET \(assignments), is_active = $\(next + 1), updated_at = $\(next + 2),
                    last_seen_at = $\(next + 2), embedding = NULL
                WHERE id = $\(next + 3)
                """, arguments)
        case .source(let id, let posting, let hash):
            try db.execute(
                "UPDATE job_posting_sources SET source_url = $1, content_hash = $2, last_seen_at = $3 WHERE id = $4",
                [posting.sourceURL, hash, run.seenAt, id])
        case .activity(let postingID, let active):
            try db.execute(
                "UPDATE job_postings SET is_active = $1, updated_at = $2, last_seen_at = $2 WHERE id = $3",
                [active, run.seenAt, postingID])
        }
    }

    /// `INSERT INTO table (columns) VALUES ($1, …), (…)`: `rows` rows of placeholders.
    static func insert(_ table: String, _ columns: [String], rows: Int) -> String {
        var sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        sql.reserveCapacity(sql.utf8.count + rows * columns.count * 7)
        var parameter = 0
        for row in 0..<rows {
            sql += row == 0 ? "(" : ", ("
            for column in 0..<columns.count {
                parameter += 1
                sql += column == 0 ? "$\(parameter)" : ", $\(parameter)"
            }
            sql += ")"
        }
        return sql
    }
}
