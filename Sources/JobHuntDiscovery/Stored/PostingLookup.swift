// Finds one stored posting from what a person types: its id, a unique id
// prefix or suffix (the handle lists print), or PLATFORM:EXTERNAL_ID.
import Foundation
package import JobHuntDatabase
import JobHuntKernel

/// Resolves `discover show JOB`: an id, a unique id prefix or suffix
/// (`PostingHandle` prints the suffix), PLATFORM:EXTERNAL_ID,
/// or the posting's URL. Postings are shared, so nothing here is per user.
///
/// It lives with the stored postings so that every feature naming a posting
/// (matching's `discover show`, the tracker's `status add JOB`) reads handles
/// by the same rules.
package struct PostingLookup {
    let db: Database

    package init(db: Database) { self.db = db }
    /// The shortest id prefix or suffix accepted, as for experiences.
    static let minimumPrefix = 4

    package func posting(_ reference: String) throws -> StoredPosting {
        let text = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let id = try id(text) else { throw JobHuntError.postingNotFound(text) }
        guard
            let row = try db.queryOne(
                "SELECT \(columns: StoredPosting.columns, of: "p"), c.name AS company_name FROM job_postings p "
                    + "LEFT JOIN companies c ON c.id = p.company_id WHERE p.id = \(id)")
        else { throw JobHuntError.postingNotFound(text) }
        return try PostingBrowser.posting(row)
    }

    /// Every place the posting was listed (job_posting_sources), first seen first.
    package func sources(of id: UUID) throws -> [PostingSource] {
        typealias Columns = PostingSource.CodingKeys
        return try db.query(
            """
            SELECT \(columns: Columns.allCases)
            FROM job_posting_sources WHERE job_posting_id = \(id) ORDER BY first_seen_at, source_platform
            """
        ).map { row in
            PostingSource(
                sourceKey: try row.get(Columns.sourceKey), sourcePlatform: try row.get(Columns.sourcePlatform),
                externalID: try row.get(Columns.externalID), sourceURL: try row.get(Columns.sourceURL),
                firstSeenAt: try row.optional(Columns.firstSeenAt), lastSeenAt: try row.optional(Columns.lastSeenAt))
        }
    }

    private func id(_ text: String) throws -> UUID? {
        if let id = UUID(uuidString: text) { return id }
        if text.hasPrefix("https://") || text.hasPrefix("http://") {
            return try db.scalar(
                "SELECT job_posting_id FROM job_posting_sources WHERE source_url = \(text) ORDER BY first_seen_at LIMIT 1",
                as: UUID.self)
                ?? db.scalar(
                    "SELECT id FROM job_postings WHERE source_url = \(text) ORDER BY is_active DESC LIMIT 1",
                    as: UUID.self)
        }
        if let colon = text.firstIndex(of: ":") {
            let platform = String(text[..<colon]).lowercased()
            let external = String(text[text.index(after: colon)...])
            if let id = try db.scalar(
                "SELECT job_posting_id FROM job_posting_sources WHERE source_platform = \(platform) AND external_id = \(external)",
                as: UUID.self)
            {
                return id
            }
            return try db.scalar(
                "SELECT id FROM job_postings WHERE source_platform = \(platform) AND external_id = \(external) ORDER BY is_active DESC LIMIT 1",
                as: UUID.self)
        }
        let prefix = text.lowercased()
        guard prefix.count >= Self.minimumPrefix, prefix.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            return nil
        }
        let idText: SQL = db.dialect == .postgres ? "id::text" : "id"
        let condition: SQL = "\(sql: idText) LIKE \(prefix + "%") OR \(sql: idText) LIKE \("%" + prefix)"
        let ids = try db.query("SELECT id FROM job_postings WHERE \(sql: condition) ORDER BY id LIMIT 2")
            .map { try $0.get("id", as: UUID.self) }
        if ids.count > 1 {
            let count =
                try db.scalar("SELECT COUNT(*) FROM job_postings WHERE \(sql: condition)", as: Int.self)
                ?? ids.count
            throw JobHuntError.postingAmbiguous(text, count: count)
        }
        return ids.first
    }
}

/// One place a posting was listed.
package struct PostingSource: Sendable, Equatable, Encodable {
    package var sourceKey: String
    package var sourcePlatform: String
    package var externalID: String
    package var sourceURL: String
    package var firstSeenAt: Date?
    package var lastSeenAt: Date?

    /// The `job_posting_sources` columns shown, which are also the JSON keys.
    enum CodingKeys: String, CodingKey, CaseIterable, SQLColumn {
        case sourceKey = "source_key"
        case sourcePlatform = "source_platform"
        case externalID = "external_id"
        case sourceURL = "source_url"
        case firstSeenAt = "first_seen_at"
        case lastSeenAt = "last_seen_at"
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sourceKey, forKey: .sourceKey)
        try c.encode(sourcePlatform, forKey: .sourcePlatform)
        try c.encode(externalID, forKey: .externalID)
        try c.encode(sourceURL, forKey: .sourceURL)
        try c.encode(firstSeenAt, forKey: .firstSeenAt)
        try c.encode(lastSeenAt, forKey: .lastSeenAt)
    }
}
