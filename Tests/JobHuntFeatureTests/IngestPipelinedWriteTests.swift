// PostgreSQL writes a batch on a background thread while the caller's sequence
// makes the next one: the result must be exactly what one batch after another gives.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Ingest: pipelined writes on PostgreSQL")
struct IngestPipelinedWriteTests {
    /// Each stored posting as one line: what it says, whether it is active, and its listings.
    static func rows(_ fixture: IngestFixture) throws -> [String] {
        try fixture.db().query(
            """
            SELECT p.external_id, p.title, p.is_active, p.content_hash, COUNT(s.id) AS listings
            FROM job_postings p LEFT JOIN job_posting_sources s ON s.job_posting_id = p.id
            GROUP BY p.id, p.external_id, p.title, p.is_active, p.content_hash
            """
        ).map { row in
            [
                try row.optional("external_id", as: String.self) ?? "-", try row.get("title", as: String.self),
                "\(try row.get("is_active", as: Bool.self))", try row.optional("content_hash", as: String.self) ?? "-",
                "\(try row.get("listings", as: Int.self))",
            ].joined(separator: " | ")
        }.sorted()
    }

    @Test(
        "a listing repeated in a later batch, changed or not, is stored as one batch after another stores it",
        arguments: [TestEngine.postgres])
    func sameAsSequential(engine: TestEngine) throws {
        let postings = try IngestSources.postings(IngestSources.greenhouse)
        var changed = postings[2]
        changed.title += " (changed)"
        // Batches of three: the second copy of each listing is written after its first copy's
        // batch committed, and the changed one after both.
        let input = postings + postings + [changed]
        var results: [(summary: IngestSummary, rows: [String])] = []
        for pipelined in [true, false] {
            let fixture = try IngestFixture(engine)
            var ingestor = fixture.ingestor(batchSize: 3)
            ingestor.pipelinesWrites = pipelined
            let summary = try ingestor.ingest(
                input, source: IngestSources.greenhouse, seenAt: IngestFixture.referenceDate)
            results.append((summary, try Self.rows(fixture)))
        }
        #expect(results[0].summary.counts == "new 9 updated 1 unchanged 9 merged 0 expired 0 failed 0")
        #expect(results[0].summary.counts == results[1].summary.counts)
        #expect(results[0].rows == results[1].rows)
        #expect(results[0].rows.count == 9)
        #expect(results[0].rows.contains { $0.contains(changed.title) })
    }

    @Test(
        "batch N has committed before the sequence is asked for batch N+2: one batch in flight at most",
        arguments: [TestEngine.postgres])
    func oneBatchInFlight(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let postings = try IngestSources.postings(IngestSources.greenhouse)
        // Another connection sees only committed rows.
        let observer = try Database(location: DatabaseLocation(fixture.scratch.url))
        defer { observer.close() }
        final class Seen: @unchecked Sendable { var committed: [Int] = [] }
        let seen = Seen()
        let watched = postings.lazy.map { posting in
            seen.committed.append((try? observer.scalar("SELECT COUNT(*) FROM job_postings", as: Int.self)) ?? -1)
            return posting
        }
        let summary = try fixture.ingestor(batchSize: 2).ingest(
            watched, source: IngestSources.greenhouse, seenAt: IngestFixture.referenceDate)
        #expect(summary.counts == "new 9 updated 0 unchanged 0 merged 0 expired 0 failed 0")
        #expect(seen.committed.count == 9)
        for (index, committed) in seen.committed.enumerated() {
            // Asking for posting `index` (batch index / 2) means batch index / 2 - 1 was
            // handed over, so every batch before that one has committed.
            let floor = max(0, index / 2 - 1) * 2
            #expect(committed >= floor, "posting \(index): \(committed) rows committed, at least \(floor) expected")
            #expect(committed <= index, "posting \(index): \(committed) rows committed before it was read")
        }
    }
}
