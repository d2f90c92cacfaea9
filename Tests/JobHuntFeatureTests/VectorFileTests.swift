// The SQLite vector file: built beside the database (0600), rebuilt whenever
// the table's vectors change or the file is damaged, and always giving the
// same hits as scoring every BLOB exactly.
import Foundation
import JobHuntDatabase
import JobHuntEmbeddings
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel
@testable import JobHuntMatching

@Suite("Matching: the SQLite vector file")
struct VectorFileTests {
    static func expectSameAsExact(_ fixture: VectorSearchFixture, _ query: [Float], scope: PostingScope = .active)
        throws
    {
        let fast = try SQLiteVectorSearch(db: fixture.db).nearest(to: query, limit: 20, scope: scope)
        let exact = try SQLiteBlobVectorSearch(db: fixture.db).nearest(to: query, limit: 20, scope: scope)
        #expect(fast.map(\.id) == exact.map(\.id))
        #expect(zip(fast, exact).allSatisfy { abs($0.similarity - $1.similarity) < 1e-5 })
    }

    static func stamp(_ fixture: VectorSearchFixture) throws -> PackedVectorFile.Stamp {
        try PackedVectorFile(path: try #require(PostingVectorFile.path(for: fixture.db))).stamp
    }

    @Test("the first search writes the file 0600 beside the database, and its hits equal the exact search")
    func buildsAndMatchesExact() throws {
        let fixture = try VectorSearchFixture(.sqlite)
        try fixture.insert(600)
        for _ in 0..<5 { try Self.expectSameAsExact(fixture, fixture.randomVector()) }
        let remote = PostingScope(condition: "p.is_active AND p.work_arrangement = \("remote")")
        try Self.expectSameAsExact(fixture, fixture.randomVector(), scope: remote)
        let path = try #require(PostingVectorFile.path(for: fixture.db))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try Self.stamp(fixture) == PostingVectorFile.stamp(fixture.db))
        #expect(try PackedVectorFile(path: path).count == 600)
    }

    @Test("the scope's SQL decides which postings can be returned")
    func scopeFilters() throws {
        let fixture = try VectorSearchFixture(.sqlite)
        let ids = try fixture.insert(300)
        try fixture.db.execute("UPDATE job_postings SET is_active = 0 WHERE id = \(ids[0])")
        let query = try fixture.vector(of: ids[0])
        let active = try SQLiteVectorSearch(db: fixture.db).nearest(to: query, limit: 300, scope: .active)
        #expect(active.count == 299)
        #expect(!active.contains { $0.id == ids[0] })
        let onsite = PostingScope(condition: "p.work_arrangement = \("onsite")")
        let hits = try SQLiteVectorSearch(db: fixture.db).nearest(to: query, limit: 300, scope: onsite)
        #expect(Set(hits.map(\.id)) == Set(ids.enumerated().filter { $0.offset % 3 == 2 }.map(\.element)))
    }

    @Test(
        "a broad scope (file-wide scan, then only the shortlist's rowids asked) gives the hits of listing the scope's rows",
        arguments: [1, 9])
    func broadScopeMatchesListedScope(inactiveEvery: Int) throws {
        let fixture = try VectorSearchFixture(.sqlite)
        let ids = try fixture.insert(600)
        // Every row inactive (1), or one in nine (9): the first forces the fallback, the second the fast path.
        for (offset, id) in ids.enumerated() where offset % inactiveEvery == 0 && offset % 10 != 3 {
            try fixture.db.execute("UPDATE job_postings SET is_active = 0 WHERE id = \(id)")
        }
        let broad = PostingScope(condition: "p.is_active = TRUE", isBroad: true)
        let listed = PostingScope(condition: "p.is_active = TRUE", isBroad: false)
        let search = SQLiteVectorSearch(db: fixture.db)
        for limit in [1, 5, 20] {
            for _ in 0..<4 {
                let query = fixture.randomVector()
                let fast = try search.nearest(to: query, limit: limit, scope: broad)
                #expect(fast == (try search.nearest(to: query, limit: limit, scope: listed)))
                #expect(fast.count == limit)
                try Self.expectSameAsExact(fixture, query, scope: broad)
            }
        }
    }

    @Test("an insert, an update of a vector and a delete each bump the generation and are searched at once")
    func staleFileIsRebuilt() throws {
        let fixture = try VectorSearchFixture(.sqlite)
        let ids = try fixture.insert(200)
        let search = SQLiteVectorSearch(db: fixture.db)
        _ = try search.nearest(to: fixture.randomVector(), limit: 5, scope: .active)
        let built = try Self.stamp(fixture)

        let added = try fixture.insert(1)[0]
        let addedVector = try fixture.vector(of: added)
        #expect(try search.nearest(to: addedVector, limit: 1, scope: .active).first?.id == added)
        #expect(try Self.stamp(fixture).generation > built.generation)

        let moved = fixture.randomVector()
        try fixture.db.execute("UPDATE job_postings SET embedding = \(Vector(moved)) WHERE id = \(ids[5])")
        #expect(try search.nearest(to: moved, limit: 1, scope: .active).first?.id == ids[5])

        try fixture.db.execute("DELETE FROM job_postings WHERE id = \(added)")
        let after = try search.nearest(to: addedVector, limit: 201, scope: .active)
        #expect(after.count == 200)
        #expect(!after.contains { $0.id == added })
        try Self.expectSameAsExact(fixture, addedVector)
        #expect(try Self.stamp(fixture) == PostingVectorFile.stamp(fixture.db))

        // A change that touches no vector leaves the file as it is.
        let before = try PostingVectorFile.stamp(fixture.db)
        try fixture.db.execute("UPDATE job_postings SET title = 'Renamed' WHERE id = \(ids[1])")
        #expect(try PostingVectorFile.stamp(fixture.db) == before)
    }

    @Test(
        "a truncated, bit-flipped or foreign file is refused and rebuilt, never trusted",
        arguments: [
            "truncated", "flipped", "garbage",
        ])
    func damagedFileIsRebuilt(damage: String) throws {
        let fixture = try VectorSearchFixture(.sqlite)
        try fixture.insert(300)
        let query = fixture.randomVector()
        try Self.expectSameAsExact(fixture, query)
        let path = try #require(PostingVectorFile.path(for: fixture.db))
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        switch damage {
        case "truncated": bytes = bytes.prefix(bytes.count - 100)
        case "flipped": bytes[bytes.count - 1000] ^= 0x40
        default: bytes = Data(repeating: 0x5A, count: bytes.count)
        }
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: EmbeddingError.self) { try PackedVectorFile(path: path) }
        PostingVectorFile.forgetMappings()
        try Self.expectSameAsExact(fixture, query)
        #expect(try Self.stamp(fixture) == PostingVectorFile.stamp(fixture.db))
    }

    @Test("another database's file is not taken for this one's, even at the same generation")
    func foreignFileIsRebuilt() throws {
        let first = try VectorSearchFixture(.sqlite, seed: 1)
        let second = try VectorSearchFixture(.sqlite, seed: 2)
        try first.insert(100)
        try second.insert(100)
        let query = first.randomVector()
        try Self.expectSameAsExact(first, query)
        let firstPath = try #require(PostingVectorFile.path(for: first.db))
        let secondPath = try #require(PostingVectorFile.path(for: second.db))
        try FileManager.default.copyItem(atPath: firstPath, toPath: secondPath)
        PostingVectorFile.forgetMappings()
        try Self.expectSameAsExact(second, query)
        #expect(try Self.stamp(second).token != Self.stamp(first).token)
    }

    @Test("VACUUM leaves the hits right")
    func vacuum() throws {
        let fixture = try VectorSearchFixture(.sqlite)
        let ids = try fixture.insert(300)
        let query = fixture.randomVector()
        try Self.expectSameAsExact(fixture, query)
        try fixture.db.execute("DELETE FROM job_postings WHERE id IN (\(ids[0]), \(ids[100]), \(ids[200]))")
        try Self.expectSameAsExact(fixture, query)
        try fixture.db.execute("VACUUM")
        try Self.expectSameAsExact(fixture, query)
    }

    @Test(
        "several vectors searched at once get the hits each gets searched alone, on a broad and a listed scope",
        arguments: [1, 9])
    func severalQueriesMatchOneAtATime(inactiveEvery: Int) throws {
        let fixture = try VectorSearchFixture(.sqlite)
        let ids = try fixture.insert(600)
        // Every row inactive (1: the broad scope falls back to listing), or one in nine (9).
        for (offset, id) in ids.enumerated() where offset % inactiveEvery == 0 && offset % 10 != 3 {
            try fixture.db.execute("UPDATE job_postings SET is_active = 0 WHERE id = \(id)")
        }
        let search = SQLiteVectorSearch(db: fixture.db)
        let scopes = [
            PostingScope(condition: "p.is_active = TRUE", isBroad: true),
            PostingScope(condition: "p.is_active AND p.work_arrangement = \("remote")"),
        ]
        for scope in scopes {
            for limit in [1, 20] {
                let near = fixture.randomVector()
                // A second vector close to the first (shortlists that overlap, as a
                // profile's and its target's do) and a third far from both.
                let close = near.enumerated().map { $0.offset % 7 == 0 ? $0.element + 0.05 : $0.element }
                let queries = [near, close, fixture.randomVector()]
                let together = try search.nearest(toEach: queries, limit: limit, scope: scope)
                #expect(together == (try queries.map { try search.nearest(to: $0, limit: limit, scope: scope) }))
                for (query, hits) in zip(queries, together) {
                    let exact = try SQLiteBlobVectorSearch(db: fixture.db).nearest(
                        to: query, limit: limit, scope: scope)
                    #expect(!hits.isEmpty)
                    #expect(hits.map(\.id) == exact.map(\.id))
                }
            }
        }
        #expect(try search.nearest(toEach: [], limit: 5, scope: .active).isEmpty)
    }

    @Test("a file mapped ahead of its search is still held to the stamp and the checksum")
    func preparedFileIsCheckedLikeAnother() throws {
        let fixture = try VectorSearchFixture(.sqlite)
        let ids = try fixture.insert(300)
        let query = fixture.randomVector()
        try Self.expectSameAsExact(fixture, query)
        // Stale: a vector changes after the file was written; a new process maps the old file ahead.
        try fixture.db.execute("UPDATE job_postings SET embedding = \(Vector(query)) WHERE id = \(ids[7])")
        PostingVectorFile.forgetMappings()
        PostingVectorFile.prepare(for: fixture.db)
        let search = SQLiteVectorSearch(db: fixture.db)
        #expect(try search.nearest(to: query, limit: 1, scope: .active).first?.id == ids[7])
        // Damaged: a flipped code byte the opening checks cannot see, mapped ahead.
        let path = try #require(PostingVectorFile.path(for: fixture.db))
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes[bytes.count - 1000] ^= 0x40
        try bytes.write(to: URL(fileURLWithPath: path))
        PostingVectorFile.forgetMappings()
        PostingVectorFile.prepare(for: fixture.db)
        try Self.expectSameAsExact(fixture, query)
        #expect(try Self.stamp(fixture) == PostingVectorFile.stamp(fixture.db))
    }
}
