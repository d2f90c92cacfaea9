// The semantic seam of matching on both engines: nearest postings first, the
// scope's SQL condition honoured, postings without a vector never returned.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntKernel
@testable import JobHuntMatching

@Suite("Matching: nearest postings by embedding")
struct PostingVectorSearchTests {
    @Test("a posting's own vector finds it first, and the scope filters in SQL", arguments: TestEngine.allCases)
    func nearest(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let postings = try IngestSources.postings(IngestSources.lever)
        _ = try fixture.ingestor(embedder: FakeEmbedding.embed)
            .ingest(postings, source: IngestSources.lever, seenAt: IngestFixture.referenceDate)
        let target = postings[1]
        let query = FakeEmbedding.vector(for: target.title + "\n\n" + target.description)
        let search = PostingVectorSearches.forDatabase(try fixture.db())

        let hits = try search.nearest(to: query, limit: 3, scope: .active)
        #expect(hits.count == 3)
        let first = try #require(hits.first)
        let targetID = try fixture.db().scalar(
            "SELECT id FROM job_postings WHERE external_id = \(target.externalID)", as: UUID.self)
        #expect(first.id == targetID)
        #expect(abs(first.similarity - 1) < 1e-4)
        #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.similarity >= $1.similarity })

        let excluding = PostingScope(condition: "p.is_active AND p.external_id <> \(target.externalID)")
        let filtered = try search.nearest(to: query, limit: postings.count, scope: excluding)
        #expect(filtered.count == postings.count - 1)
        #expect(!filtered.contains { $0.id == targetID })

        try fixture.db().execute("UPDATE job_postings SET embedding = NULL WHERE id = \(targetID)")
        #expect(try search.nearest(to: query, limit: postings.count, scope: .active).count == postings.count - 1)
    }
}
