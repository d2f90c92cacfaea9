// The vector half of `jobhunt-bench match`: fills a database with the
// generated corpus and times the nearest-postings query under three scopes,
// against a baseline run in the same process.
import Foundation
internal import JobHuntDatabase
internal import JobHuntEmbeddings
import JobHuntKernel
import JobHuntMatching

/// Latency of the match query's vector search on either engine.
package struct MatchBenchmark {
    /// Percentiles over a set of timed queries, in seconds.
    package struct Latency: Sendable {
        package var p50: Double
        package var p95: Double
        package var queries: Int

        init(_ times: [Double]) {
            p50 = ProcessMetrics.percentile(times, 0.5)
            p95 = ProcessMetrics.percentile(times, 0.95)
            queries = times.count
        }
    }

    /// What one scope measured.
    package struct ScopeResult: Sendable {
        package var scope: String
        /// Postings with a vector that the scope lets through.
        package var candidates: Int
        /// The path `discover match` takes: the vector file on SQLite, the chosen plan on PostgreSQL.
        package var fast: Latency
        /// SQLite: scoring every BLOB. PostgreSQL: the exact scan.
        package var baseline: Latency
        /// PostgreSQL only: the HNSW path forced, and its recall@k against the exact scan.
        package var index: Latency?
        package var recallMean: Double?
        package var recallMin: Double?
        /// PostgreSQL only: the plan `PostgresVectorSearch` chose.
        package var plan: String?
    }

    /// A named scope of the benchmark: all active postings, a typical saved
    /// search (about a quarter of them), and a selective one (about 1%).
    package struct NamedScope {
        package var name: String
        var scope: PostingScope
    }

    package static var scopes: [NamedScope] {
        [
            NamedScope(name: "active", scope: .active),
            NamedScope(
                name: "saved search (remote/hybrid, mid/senior, salary >= 90k)",
                scope: PostingScope(
                    condition:
                        "p.is_active = TRUE AND p.work_arrangement IN ('remote', 'hybrid') AND p.experience_level IN ('mid', 'senior') AND p.salary_max >= \(90_000)"
                )),
            NamedScope(
                name: "one city, onsite",
                scope: PostingScope(
                    condition: "p.is_active = TRUE AND p.location_city = \("Berlin") AND p.work_arrangement = 'onsite'")
            ),
        ]
    }

    let corpus: MatchBenchmarkCorpus
    let k: Int

    package init(corpus: MatchBenchmarkCorpus, k: Int = 50) {
        self.corpus = corpus
        self.k = k
    }

    /// SQLite: the vector file (built by a first, untimed search) against scoring every BLOB.
    package func runSQLite(databaseURL: String, baselineQueries: Int) throws -> (build: Double, results: [ScopeResult])
    {
        let db = try Database(location: DatabaseLocation(databaseURL))
        defer { db.close() }
        let fast = SQLiteVectorSearch(db: db)
        let baseline = SQLiteBlobVectorSearch(db: db)
        let start = ProcessMetrics.now()
        _ = try fast.nearest(to: corpus.queries[0], limit: k, scope: .active)
        let build = ProcessMetrics.now() - start
        let results = try Self.scopes.map { named in
            let fastTimes = try time(corpus.queries) { try fast.nearest(to: $0, limit: k, scope: named.scope) }
            let baseTimes = try time(Array(corpus.queries.prefix(baselineQueries))) {
                try baseline.nearest(to: $0, limit: k, scope: named.scope)
            }
            return ScopeResult(
                scope: named.name, candidates: try candidates(db, named.scope), fast: Latency(fastTimes.times),
                baseline: Latency(baseTimes.times))
        }
        return (build, results)
    }

    /// PostgreSQL: the plan the policy picks, the exact scan and the HNSW index, and the index's recall@k.
    package func runPostgres(databaseURL: String, efSearchFloor: Int? = nil) throws -> [ScopeResult] {
        let db = try Database(location: DatabaseLocation(databaseURL))
        defer { db.close() }
        var search = PostgresVectorSearch(db: db)
        if let efSearchFloor { search.policy.efSearchFloor = efSearchFloor }
        return try Self.scopes.map { named in
            let exact = try time(corpus.queries) {
                try search.nearest(to: $0, limit: k, scope: named.scope, plan: .exact)
            }
            let index = try time(corpus.queries) {
                try search.nearest(to: $0, limit: k, scope: named.scope, plan: .index)
            }
            let chosen = try time(corpus.queries) { try search.nearest(to: $0, limit: k, scope: named.scope) }
            let recalls = zip(exact.hits, index.hits).map { exact, index in
                Double(Set(exact.map(\.id)).intersection(index.map(\.id)).count) / Double(max(1, exact.count))
            }
            return ScopeResult(
                scope: named.name, candidates: try candidates(db, named.scope), fast: Latency(chosen.times),
                baseline: Latency(exact.times), index: Latency(index.times),
                recallMean: recalls.reduce(0, +) / Double(max(1, recalls.count)), recallMin: recalls.min(),
                plan: try search.plan(for: named.scope) == .exact ? "exact" : "index")
        }
    }

    private func time(_ queries: [[Float]], _ body: ([Float]) throws -> [PostingVectorHit]) throws -> (
        times: [Double], hits: [[PostingVectorHit]]
    ) {
        var times: [Double] = []
        var hits: [[PostingVectorHit]] = []
        for query in queries {
            let start = ProcessMetrics.now()
            hits.append(try body(query))
            times.append(ProcessMetrics.now() - start)
        }
        return (times, hits)
    }

    private func candidates(_ db: Database, _ scope: PostingScope) throws -> Int {
        try db.scalar(
            "SELECT count(*) AS n FROM job_postings p WHERE p.embedding IS NOT NULL AND (\(sql: scope.condition))",
            as: Int.self) ?? 0
    }
}

extension MatchBenchmark {
    /// What one cold `jobhunt-bench match-query` process does: open the
    /// database as any command does (schema check included), search one
    /// scope, and read the hits' rows as `discover match` shows them.
    /// Returns how many rows it read.
    package static func coldQuery(services: Services, query: [Float], scope: Int, k: Int = 50) throws -> Int {
        let db = try services.store.database()
        let hits = try PostingVectorSearches.forDatabase(db).nearest(to: query, limit: k, scope: scopes[scope].scope)
        let ids = "[" + hits.map { "\"\($0.id.uuidString.lowercased())\"" }.joined(separator: ",") + "]"
        let inList: SQL =
            db.dialect == .sqlite
            ? "SELECT value FROM json_each(\(ids))" : "SELECT json_array_elements_text(\(ids)::json)::uuid"
        return try db.query(
            "SELECT id, title, salary_min, salary_max, location_city, work_arrangement FROM job_postings WHERE id IN (\(sql: inList))"
        ).count
    }
}
