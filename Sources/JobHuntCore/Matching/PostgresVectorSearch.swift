// Vector search on PostgreSQL: an exact scan when the table or the scope is
// small, pgvector's HNSW index (with a wider, iterative search) otherwise.
import Foundation
internal import JobHuntDatabase

/// pgvector's `<=>` (cosine distance), as the seed's "find relevant jobs" query.
///
/// An exact scan computes the distance for every posting in scope and is
/// always right; the HNSW index visits a few thousand and may miss some.
/// Which is cheaper depends on how many postings the scope lets through,
/// so each query first counts them, stopping at `exactLimit`: below it the
/// scan is a few milliseconds and exact; above it the index is used, with
/// `hnsw.ef_search` widened and `hnsw.iterative_scan` on so filters that drop
/// candidates do not leave the result short. docs/vector-search.md has the
/// measurements behind the defaults.
struct PostgresVectorSearch: PostingVectorSearch {
    let db: Database
    var policy = PostgresVectorPolicy()

    /// How a query was answered.
    enum Plan: Equatable {
        case exact
        case index
    }

    func nearest(to query: [Float], limit: Int, scope: PostingScope) throws -> [PostingVectorHit] {
        guard limit > 0 else { return [] }
        return try nearest(to: query, limit: limit, scope: scope, plan: try plan(for: scope))
    }

    /// The plan `nearest` would use for `scope`: exact when fewer than
    /// `policy.exactLimit` postings with a vector are in scope.
    func plan(for scope: PostingScope) throws -> Plan {
        let limit = scope.placeholder(after: 1)
        let sql = """
            SELECT count(*) AS n FROM (SELECT 1 FROM job_postings p
            WHERE p.embedding IS NOT NULL AND (\(scope.condition)) LIMIT \(limit)) s
            """
        let inScope = try db.scalar(sql, scope.arguments + [policy.exactLimit], as: Int.self) ?? 0
        return inScope < policy.exactLimit ? .exact : .index
    }

    /// Answers with the given plan (the benchmark and tests compare the two).
    func nearest(to query: [Float], limit: Int, scope: PostingScope, plan: Plan) throws -> [PostingVectorHit] {
        guard limit > 0 else { return [] }
        let vector = scope.placeholder(after: 1)
        let count = scope.placeholder(after: 2)
        let arguments = scope.arguments + [Vector(query), limit]
        switch plan {
        case .exact:
            // MATERIALIZED keeps the planner from answering the ORDER BY with the index.
            let sql = """
                WITH scored AS MATERIALIZED (SELECT p.id, p.embedding <=> \(vector)::vector AS distance
                FROM job_postings p WHERE p.embedding IS NOT NULL AND (\(scope.condition)))
                SELECT id, 1 - distance AS similarity FROM scored ORDER BY distance, id LIMIT \(count)
                """
            return try hits(db.query(sql, arguments))
        case .index:
            // relaxed_order may return neighbours slightly out of order; the
            // outer ORDER BY restores it (pgvector's README does the same).
            let sql = """
                WITH nearest AS MATERIALIZED (SELECT p.id, p.embedding <=> \(vector)::vector AS distance
                FROM job_postings p WHERE p.embedding IS NOT NULL AND (\(scope.condition))
                ORDER BY p.embedding <=> \(vector)::vector LIMIT \(count))
                SELECT id, 1 - distance AS similarity FROM nearest ORDER BY distance, id
                """
            return try db.transaction { db in
                _ = try db.query(
                    "SELECT set_config('hnsw.ef_search', $1, true), set_config('hnsw.iterative_scan', 'relaxed_order', true)",
                    [String(policy.efSearch(limit: limit))])
                return try hits(db.query(sql, arguments))
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
struct PostgresVectorPolicy {
    /// Below this many postings in scope, scan exactly.
    var exactLimit = 20_000
    /// The candidate list HNSW keeps while searching; at least `limit`, and
    /// wider than pgvector's default 40 for the recall docs/vector-search.md reports.
    var efSearchFloor = 200
    /// Multiple of `limit` that ef_search must reach.
    var efSearchPerResult = 4

    func efSearch(limit: Int) -> Int { min(1000, max(efSearchFloor, efSearchPerResult * limit)) }
}
