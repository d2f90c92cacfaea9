// Which postings get scored: the semantic nearest, the best full-text matches
// of the person's skills and titles (so postings without vectors and strong
// skill matches are considered), and the newest when those are few.
import Foundation
internal import JobHuntDatabase
import JobHuntDiscovery
import JobHuntKernel

/// A posting to score, with what the database knows of its vector.
struct MatchCandidate {
    var posting: StoredPosting
    /// Cosine of the profile and posting vectors; nil when either is missing.
    var similarity: Double?
    /// Cosine of the target and posting vectors; nil when either is missing.
    var targetSimilarity: Double?
}

/// Candidate queries, all inside one ``PostingScope``.
struct MatchCandidates {
    let db: Database
    let scope: PostingScope

    /// At most this many lexical matches, the newest, are ranked, bounding the
    /// cost on common words. On SQLite filters apply after this cut; the
    /// vector search and the newest postings make up the rest.
    static let lexicalPool = 3_000

    /// The nearest postings to the profile `vector` and to the `target`
    /// vector (none for a nil one), searched together: their shortlists
    /// mostly overlap, and a SQLite file reads each shortlisted row once.
    func semantic(_ vector: [Float]?, target: [Float]?, limit: Int) throws
        -> (profile: [PostingVectorHit], target: [PostingVectorHit])
    {
        let queries = [vector, target].compactMap { $0 }
        guard !queries.isEmpty else { return ([], []) }
        let hits = try PostingVectorSearches.forDatabase(db).nearest(toEach: queries, limit: limit, scope: scope)
        return (vector == nil ? [] : hits[0], target == nil ? [] : hits[queries.count - 1])
    }

    /// The `limit` best lexical matches: on SQLite the FTS5 matches of any of
    /// `terms` (skills, titles, keywords) by `rank`; on PostgreSQL the postings
    /// whose skill arrays hold any of `skills`, by how many (required count
    /// twice). PostgreSQL's full-text index stores no tsvector, so ranking text
    /// matches there re-parses every posting (~1 s over 100k); the skill
    /// arrays answer the same question in ~30 ms.
    func lexical(terms: [String], skills: [String], limit: Int) throws -> [UUID] {
        guard limit > 0 else { return [] }
        switch db.dialect {
        case .sqlite: return try fullText(terms, limit: limit)
        case .postgres: return try skillOverlap(skills, limit: limit)
        }
    }

    private func fullText(_ terms: [String], limit: Int) throws -> [UUID] {
        let terms = terms.map { $0.replacingOccurrences(of: "\"", with: " ").trimmed }.filter {
            $0.contains { $0.isLetter || $0.isNumber }
        }
        guard !terms.isEmpty else { return [] }
        let text = terms.map { "\"\($0)\"" }.joined(separator: " OR ")
        // bm25 for every match of common words costs ~0.5 s over 100k
        // postings; ranking only the newest matches bounds it.
        let sql: SQL = """
            SELECT p.id FROM (
                SELECT rowid, rank FROM job_postings_fts WHERE job_postings_fts MATCH \(text)
                ORDER BY rowid DESC LIMIT \(literal: Self.lexicalPool)
            ) f JOIN job_postings p ON p.rowid = f.rowid
            WHERE \(sql: scope.condition) ORDER BY f.rank, p.id LIMIT \(limit)
            """
        return try db.query(sql).map { try $0.get("id") }
    }

    private func skillOverlap(_ skills: [String], limit: Int) throws -> [UUID] {
        guard !skills.isEmpty else { return [] }
        let names = SQL.bindOnce(skills)
        func overlap(_ column: SQL) -> SQL {
            "cardinality(ARRAY(SELECT unnest(c.\(sql: column)) INTERSECT SELECT unnest(\(sql: names)::text[])))"
        }
        let sql: SQL = """
            SELECT c.id FROM (
                SELECT p.id, p.required_skills, p.preferred_skills, p.posted_date FROM job_postings p
                WHERE (\(sql: scope.condition))
                    AND (p.required_skills && \(sql: names)::text[] OR p.preferred_skills && \(sql: names)::text[])
                ORDER BY p.posted_date DESC LIMIT \(literal: Self.lexicalPool)
            ) c
            ORDER BY 2 * \(sql: overlap("required_skills")) + \(sql: overlap("preferred_skills")) DESC, c.posted_date DESC, c.id
            LIMIT \(limit)
            """
        return try db.query(sql).map { try $0.get("id") }
    }

    /// The newest postings in scope, by posted date alone so both engines walk
    /// idx_job_postings_posted_date instead of sorting every posting (undated
    /// ones come last on SQLite, first on PostgreSQL: they are scored anyway).
    func recent(limit: Int) throws -> [UUID] {
        try db.query(
            """
            SELECT p.id FROM job_postings p WHERE \(sql: scope.condition)
            ORDER BY p.posted_date DESC LIMIT \(limit)
            """
        ).map { try $0.get("id") }
    }

    /// The postings with these ids, their company names, and their cosines with
    /// the profile `vector` and the `target` vector (taken from `known` and
    /// `knownTarget` when a vector search already said).
    func load(
        _ ids: [UUID], vector: [Float]?, known: [UUID: Float], target: [Float]? = nil,
        knownTarget: [UUID: Float] = [:]
    ) throws -> [MatchCandidate] {
        guard !ids.isEmpty else { return [] }
        let needVectors =
            (vector != nil && ids.contains { known[$0] == nil })
            || (target != nil && ids.contains { knownTarget[$0] == nil })
        let embedding: SQL = needVectors ? ", p.embedding" : ""
        let rows = try db.query(
            """
            SELECT \(columns: StoredPosting.columns, of: "p"), c.name AS company_name\(sql: embedding)
            FROM job_postings p LEFT JOIN companies c ON c.id = p.company_id WHERE p.id IN \(list: ids)
            """)
        return try rows.map { row in
            let posting = try PostingBrowser.posting(row)
            var similarity = known[posting.id].map(Double.init)
            var targetSimilarity = knownTarget[posting.id].map(Double.init)
            if needVectors, similarity == nil || targetSimilarity == nil,
                let stored = try row.optional("embedding", as: Vector.self)
            {
                if similarity == nil, let vector { similarity = Self.cosine(vector, stored.values) }
                if targetSimilarity == nil, let target { targetSimilarity = Self.cosine(target, stored.values) }
            }
            return MatchCandidate(posting: posting, similarity: similarity, targetSimilarity: targetSimilarity)
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
