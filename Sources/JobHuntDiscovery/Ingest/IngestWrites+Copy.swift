// PostgreSQL's bulk path for a batch's new rows: the rows go to the server in
// one binary COPY per table (into a temporary table), then one INSERT … SELECT
// moves them into place, instead of five 100-row INSERTs of 2,800 text
// parameters each.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

extension IngestWrites {
    /// The temporary tables' columns: the destination's, in the types
    /// `Database.copy` sends each value as (text for VARCHAR, bigint for
    /// INTEGER: the INSERT … SELECT's assignment casts convert them, and a
    /// value too long or too large fails there exactly as it did as a parameter).
    /// Built from `PostingColumn.content`, so a new content column cannot be
    /// left out: `copyType` must name its type to compile.
    static let postingCopyTable: SQL = {
        let columns =
            PostingColumn.content.map { "\($0.rawValue) \(copyType($0))" }
            + [
                "id uuid", "is_active boolean", "last_seen_at timestamptz", "created_at timestamptz",
                "updated_at timestamptz",
            ]
        // Column names and types from the enum above, never from input.
        return
            "CREATE TEMPORARY TABLE IF NOT EXISTS jobhunt_copy_postings (\(sql: .trusted(columns.joined(separator: ", ")))) ON COMMIT DELETE ROWS"
    }()

    /// The staging type of a content column: what its `contentArguments` value is sent as.
    static func copyType(_ column: PostingColumn) -> String {
        switch column {
        case .id, .companyID: "uuid"
        case .salaryMin, .salaryMax: "bigint"
        case .postedDate, .expiresDate: "date"
        case .requiredSkills, .preferredSkills: "text[]"
        case .isActive: "boolean"
        case .createdAt, .updatedAt: "timestamptz"
        case .externalID, .title, .description, .requirements, .benefits, .salaryCurrency, .experienceLevel,
            .employmentType, .workArrangement, .locationCity, .locationState, .locationCountry, .sourcePlatform,
            .sourceURL, .dedupeKey, .contentHash, .salarySource, .salaryEvidence, .locationArea, .companyName:
            "text"
        }
    }

    static let sourceCopyTable: SQL = """
        CREATE TEMPORARY TABLE IF NOT EXISTS jobhunt_copy_sources (
            id uuid, job_posting_id uuid, source_key text, source_platform text, external_id text, source_url text,
            content_hash text, first_seen_at timestamptz, last_seen_at timestamptz
        ) ON COMMIT DELETE ROWS
        """

    /// Writes `rows` into `table` (columns `columns`, in order) through `staging`:
    /// COPY into the temporary table, one INSERT … SELECT, then empty it
    /// (it is emptied at commit anyway; this keeps a second batch in the same
    /// transaction from inserting the first one's rows again).
    ///
    /// A constraint the rows break (`unique_posting_source` when another
    /// writer stored the same listing first) fails the INSERT with the same
    /// error the multi-row INSERT raised, so the caller's retry works unchanged.
    static func copy(
        _ rows: [[(any DatabaseValueConvertible)?]], into table: SQL, columns: SQL, staging: SQL, create: SQL,
        db: Database
    ) throws {
        guard !rows.isEmpty else { return }
        try db.execute(create)
        try db.copy("COPY \(sql: staging) (\(sql: columns)) FROM STDIN (FORMAT binary)", rows: rows)
        try db.execute("INSERT INTO \(sql: table) (\(sql: columns)) SELECT \(sql: columns) FROM \(sql: staging)")
        try db.execute("TRUNCATE \(sql: staging)")
    }
}
