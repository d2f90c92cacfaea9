// `jobhunt-bench scale-match`: the match benchmark's PostgreSQL half
// (`MatchBenchmark.runPostgres`: chosen plan, exact scan, HNSW and its
// recall@50 per scope) over the scale database, with synthetic queries drawn
// like its postings, and the two plans' EXPLAIN ANALYZE for the doc.
import Foundation
internal import JobHuntDatabase
internal import JobHuntEmbeddings
import JobHuntKernel
import JobHuntMatching

extension MatchBenchmarkCorpus {
    /// Queries only: the postings are already in the database (`scale-load`).
    init(queries: [[Float]], seed: UInt64) {
        self.seed = seed
        postings = []
        vectors = []
        self.queries = queries
        embedded = 0
        embedSeconds = 0
        fromCache = false
    }
}

/// EXPLAIN (ANALYZE, BUFFERS) of the match query's two plans for one query.
enum ScaleMatchPlans {
    static func explain(databaseURL: String, query: [Float], scope: PostingScope, efSearch: Int) throws -> (
        exact: [String], index: [String]
    ) {
        let db = try Database(location: DatabaseLocation(databaseURL))
        defer { db.close() }
        let vector = SQL.bindOnce(Vector(query))
        // The statements PostgresVectorSearch runs, word for word.
        let exact: SQL = """
            EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
            WITH scored AS MATERIALIZED (SELECT p.id, p.embedding <=> \(sql: vector)::vector AS distance
            FROM job_postings p WHERE p.embedding IS NOT NULL AND (\(sql: scope.condition)))
            SELECT id, 1 - distance AS similarity FROM scored ORDER BY distance, id LIMIT \(50)
            """
        let index: SQL = """
            EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
            WITH nearest AS MATERIALIZED (SELECT p.id, p.embedding <=> \(sql: vector)::vector AS distance
            FROM job_postings p WHERE p.embedding IS NOT NULL AND (\(sql: scope.condition))
            ORDER BY p.embedding <=> \(sql: vector)::vector LIMIT \(50))
            SELECT id, 1 - distance AS similarity FROM nearest ORDER BY distance, id
            """
        func lines(_ rows: [Row]) throws -> [String] {
            try rows.map { shortened(try $0.get("QUERY PLAN", as: String.self)) }
        }
        let exactPlan = try lines(db.query(exact))
        let indexPlan = try db.transaction { db in
            _ = try db.query(
                """
                SELECT set_config('hnsw.ef_search', \(String(efSearch)), true), \
                set_config('hnsw.iterative_scan', 'relaxed_order', true)
                """)
            return try lines(db.query(index))
        }
        return (exactPlan, indexPlan)
    }

    /// A plan line with the query vector's 384 numbers left out.
    static func shortened(_ line: String) -> String {
        guard let start = line.range(of: "'["),
            let end = line.range(of: "]'::vector", range: start.upperBound..<line.endIndex)
        else { return line }
        return line.replacingCharacters(in: start.upperBound..<end.lowerBound, with: "…384 numbers…")
    }
}
