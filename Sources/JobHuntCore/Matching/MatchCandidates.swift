// Which postings get scored: the semantic nearest, the best full-text matches
// of the person's skills and titles (so postings without vectors and strong
// skill matches are considered), and the newest when those are few.
import Foundation
internal import JobHuntDatabase

/// A posting to score, with what the database knows of its vector.
struct MatchCandidate {
    var posting: StoredPosting
    /// Cosine of the profile and posting vectors; nil when either is missing.
    var similarity: Double?
}

/// Candidate queries, all inside one ``PostingScope``.
struct MatchCandidates {
    let db: Database
    let scope: PostingScope

    /// At most this many full-text matches are ranked on PostgreSQL, bounding
    /// the cost of `ts_rank` (which re-parses each matching posting).
    static let fullTextPool = 5_000

    func semantic(_ vector: [Float], limit: Int) throws -> [PostingVectorHit] {
        try PostingVectorSearches.forDatabase(db).nearest(to: vector, limit: limit, scope: scope)
    }

    /// The `limit` best full-text matches of any of `terms` (FTS5 `rank` on
    /// SQLite, `ts_rank` over the seed's GIN expression on PostgreSQL).
    func lexical(_ terms: [String], limit: Int) throws -> [UUID] {
        let terms = terms.map { $0.replacingOccurrences(of: "\"", with: " ").trimmed }.filter {
            $0.contains { $0.isLetter || $0.isNumber }
        }
        guard !terms.isEmpty, limit > 0 else { return [] }
        let query = scope.placeholder(after: 1)
        let count = scope.placeholder(after: 2)
        let sql: String
        let text: String
        switch db.dialect {
        case .sqlite:
            text = terms.map { "\"\($0)\"" }.joined(separator: " OR ")
            sql = """
                SELECT p.id FROM job_postings_fts f JOIN job_postings p ON p.rowid = f.rowid
                WHERE job_postings_fts MATCH \(query) AND (\(scope.condition)) ORDER BY f.rank, p.id LIMIT \(count)
                """
        case .postgres:
            text = terms.map { "\"\($0)\"" }.joined(separator: " or ")
            sql = """
                SELECT c.id FROM (
                    SELECT p.id, p.title, p.description FROM job_postings p
                    WHERE to_tsvector('english', p.title || ' ' || p.description) @@ websearch_to_tsquery('english', \(query))
                        AND (\(scope.condition)) LIMIT \(Self.fullTextPool)
                ) c
                ORDER BY ts_rank(to_tsvector('english', c.title || ' ' || c.description),
                    websearch_to_tsquery('english', \(query))) DESC, c.id
                LIMIT \(count)
                """
        }
        return try db.query(sql, scope.arguments + [text, limit]).map { try $0.get("id") }
    }

    /// The newest postings in scope.
    func recent(limit: Int) throws -> [UUID] {
        try db.query(
            """
            SELECT p.id FROM job_postings p WHERE \(scope.condition)
            ORDER BY p.posted_date IS NULL, p.posted_date DESC, p.created_at DESC, p.id LIMIT \(scope.placeholder(after: 1))
            """, scope.arguments + [limit]
        ).map { try $0.get("id") }
    }

    /// The postings with these ids, their company names, and their cosine with
    /// `vector` (taken from `known` when the vector search already said).
    func load(_ ids: [UUID], vector: [Float]?, known: [UUID: Float]) throws -> [MatchCandidate] {
        guard !ids.isEmpty else { return [] }
        let columns = StoredPosting.columns.map { "p.\($0)" }.joined(separator: ", ")
        let needVectors = vector != nil && ids.contains { known[$0] == nil }
        let list = ids.indices.map { "$\($0 + 1)" }.joined(separator: ", ")
        let rows = try db.query(
            """
            SELECT \(columns), c.name AS company_name\(needVectors ? ", p.embedding" : "")
            FROM job_postings p LEFT JOIN companies c ON c.id = p.company_id WHERE p.id IN (\(list))
            """, ids.map { $0 as (any DatabaseValueConvertible)? })
        return try rows.map { row in
            let posting = try PostingBrowser.posting(row)
            var similarity = known[posting.id].map(Double.init)
            if similarity == nil, let vector, needVectors,
                let stored = try row.optional("embedding", as: Vector.self)
            {
                similarity = Self.cosine(vector, stored.values)
            }
            return MatchCandidate(posting: posting, similarity: similarity)
        }
    }

    static func cosine(_ a: [Float], _ b: [Float]) -> Double? {
        guard a.count == b.count, !a.isEmpty else { return nil }
        var dot = 0.0
        var normA = 0.0
        var normB = 0.0
        for index in a.indices {
            dot += Double(a[index]) * Double(b[index])
            normA += Double(a[index]) * Double(a[index])
            normB += Double(b[index]) * Double(b[index])
        }
        guard normA > 0, normB > 0 else { return nil }
        return dot / (normA.squareRoot() * normB.squareRoot())
    }
}
