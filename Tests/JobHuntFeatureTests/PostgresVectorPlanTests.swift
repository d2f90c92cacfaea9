// PostgreSQL's two ways to answer a vector query, exact scan and HNSW, agree
// on a small set, and the choice between them follows the scope's size.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntKernel
@testable import JobHuntMatching

@Suite("Matching: PostgreSQL exact scan or HNSW index")
struct PostgresVectorPlanTests {
    @Test("exact and index plans return the same top results, scope applied")
    func plansAgree() throws {
        let fixture = try VectorSearchFixture(.postgres)
        try fixture.insert(400)
        let search = PostgresVectorSearch(db: fixture.db)
        let remote = PostingScope(condition: "p.is_active AND p.work_arrangement = \("remote")")
        for scope in [PostingScope.active, remote] {
            for _ in 0..<3 {
                let query = fixture.randomVector()
                let exact = try search.nearest(to: query, limit: 10, scope: scope, plan: .exact)
                let index = try search.nearest(to: query, limit: 10, scope: scope, plan: .index)
                #expect(exact.count == 10)
                #expect(exact.map(\.id) == index.map(\.id))
                #expect(zip(exact, index).allSatisfy { abs($0.similarity - $1.similarity) < 1e-5 })
            }
        }
        let hits = try search.nearest(to: fixture.randomVector(), limit: 400, scope: remote, plan: .index)
        let remoteIDs = try fixture.db.query("SELECT id FROM job_postings WHERE work_arrangement = 'remote'")
            .map { try $0.get("id", as: UUID.self) }
        #expect(Set(hits.map(\.id)) == Set(remoteIDs))
    }

    @Test("a scope estimated below the exact limit is scanned, a larger one uses the index")
    func choice() throws {
        let fixture = try VectorSearchFixture(.postgres)
        try fixture.insert(120)
        // The choice follows the planner's estimate, which needs statistics.
        try fixture.db.execute("ANALYZE job_postings")
        var search = PostgresVectorSearch(db: fixture.db)
        #expect(try search.plan(for: .active) == .exact)
        search.policy.exactLimit = 50
        #expect(try search.plan(for: .active) == .index)
        let remote = PostingScope(condition: "p.work_arrangement = \("remote")")
        #expect(try search.plan(for: remote) == .exact)
        let query = fixture.randomVector()
        #expect(
            try search.nearest(to: query, limit: 5, scope: .active).map(\.id)
                == search.nearest(to: query, limit: 5, scope: .active, plan: .exact).map(\.id))
        // Above the exact limit but a small share of every posting: scanned exactly.
        search.policy.exactLimit = 10
        search.policy.minimumIndexShare = 0.9
        #expect(try search.plan(for: .active) == .index)
        #expect(try search.plan(for: remote) == .exact)
    }

    @Test(
        "a selective scope is scanned exactly even when large: filtered HNSW loses recall",
        arguments: [
            // (in scope, embedded, plan): the 1M-posting measurement's one-city scope (1.2%) first.
            (12_466.0, 1_000_000.0, PostgresVectorSearch.Plan.exact),
            (295_686, 1_000_000, .index),
            (60_000, 1_000_000, .index),
            (40_000, 1_000_000, .exact),
            (4_999, 5_000, .exact),
            (5_000, 5_000, .index),
            (5_000, 0, .exact),
        ])
    func policy(inScope: Double, embedded: Double, expected: PostgresVectorSearch.Plan) {
        #expect(PostgresVectorPolicy().plan(inScope: inScope, embedded: embedded) == expected)
    }
}
