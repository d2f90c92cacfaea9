// Vector search on PostgreSQL: an exact scan when the table or the scope is
// small, pgvector's HNSW index (m = 32, with a wider, iterative search) otherwise.
import Foundation
package import JobHuntDatabase
import JobHuntKernel

/// pgvector's `<=>` (cosine distance), as the seed's "find relevant jobs" query.
///
/// An exact scan computes the distance for every posting in scope and is
/// always right; the HNSW index visits a few thousand and may miss some.
/// Which is cheaper depends on how many postings the scope lets through,
/// so each query first asks the planner to estimate them: below `exactLimit`, or
/// below `minimumIndexShare` of all postings, the scan is exact; above both the index is used, with
/// `hnsw.ef_search` widened and `hnsw.iterative_scan` on so filters that drop
/// candidates do not leave the result short. docs/vector-search.md has the
/// measurements behind the defaults.
package struct PostgresVectorSearch: PostingVectorSearch {
    let db: Database
    package var policy = PostgresVectorPolicy()

    package init(db: Database, policy: PostgresVectorPolicy = PostgresVectorPolicy()) {
        self.db = db
        self.policy = policy
    }

    /// How a query was answered.
    package enum Plan: Equatable {
        case exact
        case index
    }

    package func nearest(to query: [Float], limit: Int, scope: PostingScope) throws -> [PostingVectorHit] {
        guard limit > 0 else { return [] }
        return try nearest(to: query, limit: limit, scope: scope, plan: try plan(for: scope))
    }

    /// The plan `nearest` would use for `scope`: the policy's choice from the
    /// planner's estimates of the postings with a vector in scope and in all.
    ///
    /// Estimates (`EXPLAIN`, under a millisecond each), not counts: counting
    /// the first 20,000 rows took 28–40 ms on 100k postings, longer than the
    /// search itself. A wrong estimate costs time, never correctness: the
    /// exact scan is always right, and the index path keeps searching
    /// (`iterative_scan`) until it has `limit` postings in scope.
    package func plan(for scope: PostingScope) throws -> Plan {
        let inScope = try estimatedRows(where: scope.condition)
        guard inScope >= Double(policy.exactLimit) else { return .exact }
        return policy.plan(inScope: inScope, embedded: try estimatedRows(where: "TRUE"))
    }

    private func estimatedRows(where condition: SQL) throws -> Double {
        let sql: SQL =
            "EXPLAIN (FORMAT JSON) SELECT 1 FROM job_postings p WHERE p.embedding IS NOT NULL AND (\(sql: condition))"
        let json: String? =
            switch try db.queryOne(sql)?[0] {
            case .text(let text), .json(let text): text
            default: nil
            }
        return json.flatMap(Self.estimatedRows) ?? 0
    }

    /// The top node's "Plan Rows" in `EXPLAIN (FORMAT JSON)` output.
    static func estimatedRows(_ json: String) -> Double? {
        guard let plans = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]],
            let plan = plans.first?["Plan"] as? [String: Any]
        else { return nil }
        return (plan["Plan Rows"] as? NSNumber)?.doubleValue
    }

    /// Answers with the given plan (the benchmark and tests compare the two).
    package func nearest(to query: [Float], limit: Int, scope: PostingScope, plan: Plan) throws -> [PostingVectorHit] {
        guard limit > 0 else { return [] }
        // One placeholder for both uses, so the index path's ORDER BY is the
        // SELECT's expression and the vector is sent once.
        let vector = SQL.bindOnce(Vector(query))
        switch plan {
        case .exact:
            // MATERIALIZED keeps the planner from answering the ORDER BY with the index.
            let sql: SQL = """
                WITH scored AS MATERIALIZED (SELECT p.id, p.embedding <=> \(sql: vector)::vector AS distance
                FROM job_postings p WHERE p.embedding IS NOT NULL AND (\(sql: scope.condition)))
                SELECT id, 1 - distance AS similarity FROM scored ORDER BY distance, id LIMIT \(limit)
                """
            return try hits(db.query(sql))
        case .index:
            // relaxed_order may return neighbours slightly out of order; the
            // outer ORDER BY restores it (pgvector's README does the same).
            let sql: SQL = """
                WITH nearest AS MATERIALIZED (SELECT p.id, p.embedding <=> \(sql: vector)::vector AS distance
                FROM job_postings p WHERE p.embedding IS NOT NULL AND (\(sql: scope.condition))
                ORDER BY p.embedding <=> \(sql: vector)::vector LIMIT \(limit))
                SELECT id, 1 - distance AS similarity FROM nearest ORDER BY distance, id
                """
            return try db.transaction { db in
                let efSearch = String(policy.efSearch(limit: limit))
                _ = try db.query(
                    """
                    SELECT set_config('hnsw.ef_search', \(efSearch), true), \
                    set_config('hnsw.iterative_scan', 'relaxed_order', true)
                    """)
                return try hits(db.query(sql))
            }
        }
    }

    private func hits(_ rows: [Row]) throws -> [PostingVectorHit] {
        try rows.map { row in
            PostingVectorHit(id: try row.get("id"), similarity: Float(try row.get("similarity", as: Double.self)))
        }
    }
}

/// The thresholds behind `PostgresVectorSearch`'s choice.
package struct PostgresVectorPolicy {
    /// Below this many postings in scope, scan exactly: measured, the scan
    /// costs about 6 ms per 1,000 postings and the index about 20 ms in all
    /// (docs/vector-search.md).
    package var exactLimit = 5_000
    /// The candidate list HNSW keeps while searching; at least `limit`, and
    /// ten times pgvector's default 40: over 100k embedded postings recall@50
    /// was 0.97 at 200 (three queries stranded) and 0.9996 at 400
    /// (docs/vector-search.md).
    package var efSearchFloor = 400
    /// Multiple of `limit` that ef_search must reach.
    package var efSearchPerResult = 4

    /// Below this share of all embedded postings, a scope is scanned exactly
    /// however large it is. HNSW with a filter keeps only the in-scope postings
    /// its walk meets, and pgvector stops an iterative walk after
    /// `hnsw.max_scan_tuples` (20,000): at a million postings a scope of 1.2%
    /// (one city, on-site) came back with recall@50 0.735, worst query 0.48,
    /// where the exact scan took about twice as long and was right
    /// (docs/scaling.md). At 5% a 20,000-tuple walk meets about 1,000 postings
    /// in scope, twenty times the usual 50 asked for.
    package var minimumIndexShare = 0.05

    package init() {}

    /// Exact below `exactLimit` postings in scope or below `minimumIndexShare`
    /// of the embedded ones; the index otherwise.
    package func plan(inScope: Double, embedded: Double) -> PostgresVectorSearch.Plan {
        guard inScope >= Double(exactLimit), embedded > 0 else { return .exact }
        return inScope / embedded < minimumIndexShare ? .exact : .index
    }

    func efSearch(limit: Int) -> Int { min(1000, max(efSearchFloor, efSearchPerResult * limit)) }
}
