// Normalising a source's postings on several threads changes nothing a user can
// see: the same rows stored in the same order, the same warnings and rejected
// postings in the same order, as normalising them one after another.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Normalisation on several threads")
struct ParallelNormalisationTests {
    /// `count` JSON Lines postings over several batches: every 7th has a negative salary (a
    /// warning), every 11th a blank title (rejected by the normaliser), the rest vary.
    static func lines(_ count: Int) throws -> String {
        let places = ["Austin, TX", "Berlin, Germany", "Remote - US", "London, UK"]
        return try (0..<count).map { index in
            var object: [String: Any] = [
                "external_id": "job-\(index)", "url": "https://jobs.example/\(index)",
                "title": index % 11 == 5 ? "   " : "Engineer \(index)", "company": "Company \(index % 13)",
                "locations": [places[index % places.count]],
                "description": "Requirements\n- Go and SQL\nPay: $\(90 + index % 40)k-$\(130 + index % 40)k a year.",
            ]
            if index % 7 == 3 { object["salary_min"] = -5 }
            return String(
                decoding: try JSONSerialization.data(withJSONObject: object, options: .sortedKeys), as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }

    /// The stored postings in the order they were inserted (SQLite's rowid, PostgreSQL's
    /// physical order in a table that was only ever inserted into).
    static func rows(_ fixture: IngestFixture, engine: TestEngine) throws -> [String] {
        let order = engine == .sqlite ? "rowid" : "ctid"
        return try fixture.db().query(
            "SELECT external_id, title, content_hash, is_active FROM job_postings ORDER BY \(sql: .trusted(order))"
        ).map { row in
            [
                try row.get("external_id", as: String.self), try row.get("title", as: String.self),
                try row.optional("content_hash", as: String.self) ?? "-", "\(try row.get("is_active", as: Bool.self))",
            ].joined(separator: " | ")
        }
    }

    @Test(
        "discover stores the same rows and reports the same warnings and problems, in order, on 1 and 4 threads",
        arguments: TestEngine.allCases)
    func discoverIsTheSame(engine: TestEngine) throws {
        let folder = try TemporaryDirectory(prefix: "jobhunt-parallel-normalise")
        let file = folder.url.appendingPathComponent("jobs.jsonl")
        try Self.lines(1_300).write(to: file, atomically: true, encoding: .utf8)
        let spec = try SourceSpec(parsing: "file:\(file.path)")
        var results: [(summary: SourceRunSummary, rows: [String])] = []
        for threads in [1, 4] {
            let fixture = try IngestFixture(engine)
            var service = DiscoveryService(services: fixture.services, version: "test", embedder: nil)
            service.normalisingThreads = threads
            let summary = try #require(try service.run([spec]).first)
            results.append((summary, try Self.rows(fixture, engine: engine)))
        }
        let (one, four) = (results[0], results[1])
        #expect(one.summary.error == nil)
        #expect(one.summary.counts.new == 1_300 - 118)
        #expect(one.summary.problems.count == 118, "every 11th title is blank")
        #expect(
            one.summary.warnings.count == 186 - 17, "every 7th salary is negative; 17 of those postings are rejected")
        #expect(one.summary.warnings.first == "job-3: negative salary in the source's pay fields was dropped")
        #expect(four.summary.counts == one.summary.counts)
        #expect(four.summary.warnings == one.summary.warnings)
        #expect(four.summary.problems == one.summary.problems)
        #expect(four.rows == one.rows)
        #expect(four.rows.count == 1_300 - 118)
    }

    @Test("each outcome is what normalising that posting alone gives, in input order, for any chunk and thread count")
    func outcomesInOrder() throws {
        let parsed = try SourceKind.file.parser.parse(
            Data(try Self.lines(257).utf8), context: SourceContext(token: "t"))
        let normaliser = PostingNormaliser(now: IngestFixture.referenceDate)
        let expected = parsed.postings.map { raw in
            Result { () throws(JobHuntError) in try normaliser.normalise(raw) }
        }
        for (chunk, threads) in [(500, 1), (500, 2), (64, 4), (1, 3), (9, 8)] {
            let outcomes = Array(
                ParallelNormalisation(parsed.postings, normaliser: normaliser, chunkSize: chunk, threads: threads))
            #expect(outcomes.map(\.raw) == parsed.postings, "chunk \(chunk), \(threads) threads")
            #expect(
                outcomes.map { "\($0.result)" } == expected.map { "\($0)" }, "chunk \(chunk), \(threads) threads")
        }
        #expect(Array(ParallelNormalisation([], normaliser: normaliser)).isEmpty)
    }
}
