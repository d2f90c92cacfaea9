// Two ingestors storing the same source at the same moment, each on its own
// connection: the loser of a race sees the winner's rows instead of failing.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntBench
@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Ingest: concurrent workers")
struct IngestConcurrencyTests {
    static let now = IngestFixture.referenceDate
    static let source = "greenhouse:benchmark"

    /// `count` generated Greenhouse postings, normalised.
    static func generated(_ count: Int) throws -> [NormalisedPosting] {
        let parsed = try SourceKind.greenhouse.parser.parse(
            IngestBenchmark.greenhouseBoard(count), context: SourceContext(token: "benchmark"))
        let normaliser = PostingNormaliser(now: now)
        return try parsed.postings.map { try normaliser.normalise($0) }
    }

    /// A second `Services` on the fixture's database: another connection, as another worker would have.
    static func worker(_ fixture: IngestFixture) -> PostingIngestor {
        let services = Services(
            configuration: Configuration(databaseURL: fixture.scratch.url, dataDirectory: fixture.directory.url),
            now: { now })
        return PostingIngestor(services: services, batchSize: 50)
    }

    @Test(
        "two workers ingesting one source at once: no failures, each posting new exactly once",
        arguments: TestEngine.allCases)
    func sameSourceAtOnce(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let postings = try Self.generated(600)
        let results = Results()
        let start = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        _ = try fixture.db()  // migrated once, before the workers open their own connections
        for index in 0..<2 {
            Thread {
                let ingestor = Self.worker(fixture)
                start.wait()
                results.set(index, Result { try ingestor.ingest(postings, source: Self.source, seenAt: Self.now) })
                done.signal()
            }.start()
        }
        start.signal()
        start.signal()
        done.wait()
        done.wait()
        let first = try results.get(0)
        let second = try results.get(1)
        for summary in [first, second] {
            #expect(summary.failed == 0, "\(summary.failures)")
            #expect(summary.new + summary.unchanged == postings.count, "\(summary.counts)")
            #expect(summary.updated + summary.merged + summary.expired == 0, "\(summary.counts)")
        }
        #expect(first.new + second.new == postings.count)
        #expect(try fixture.count("SELECT COUNT(*) FROM job_postings") == postings.count)
        #expect(try fixture.count("SELECT COUNT(*) FROM job_posting_sources") == postings.count)
    }

    @Test(
        "PostgreSQL: a worker blocked on another's uncommitted listings, posting by posting, counts them unchanged"
    )
    func loserSeesWinner() throws {
        let fixture = try IngestFixture(.postgres)
        let generated = try Self.generated(121)
        let postings = Array(generated.prefix(120))
        // The loser's first batch holds a posting that violates valid_salary_range, so it
        // is written posting by posting, and its next posting then waits on the winner's row.
        var bad = generated[120]
        bad.salaryMin = 200_000
        bad.salaryMax = 100_000
        let loserPostings = [bad] + postings
        let results = Results()
        let done = DispatchSemaphore(value: 0)
        let watcher = try fixture.scratch.open()
        // The winner stores everything in a transaction it holds open until the
        // loser, which cannot see those rows yet, is waiting on their unique index.
        let winner = try fixture.scratch.open()
        let won = try winner.transaction { db in
            let summary = try Self.worker(fixture).ingest(
                postings, source: Self.source, seenAt: Self.now, complete: true, db: db)
            Thread {
                let loser = Self.worker(fixture)
                results.set(1, Result { try loser.ingest(loserPostings, source: Self.source, seenAt: Self.now) })
                done.signal()
            }.start()
            let waiting = try LockWait.sessions(blockedBy: db, observer: watcher)
            #expect(waiting == 1, "the second worker never waited on the first one's rows")
            return summary
        }
        done.wait()
        let lost = try results.get(1)
        #expect(won.counts == "new 120 updated 0 unchanged 0 merged 0 expired 0 failed 0")
        #expect(lost.counts == "new 0 updated 0 unchanged 120 merged 0 expired 0 failed 1", "\(lost.failures)")
        #expect(lost.failures.map(\.reason) == ["violates valid_salary_range"])
        #expect(try fixture.count("SELECT COUNT(*) FROM job_postings") == 120)
        #expect(try fixture.count("SELECT COUNT(*) FROM job_posting_sources") == 120)
        // The loser's companies were rolled back with its first attempt: one row per employer.
        #expect(try fixture.count("SELECT COUNT(*) FROM companies") == 50)
    }
}

/// The two workers' summaries, written from their threads.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int: Result<IngestSummary, any Error>] = [:]

    func set(_ index: Int, _ value: Result<IngestSummary, any Error>) {
        lock.withLock { values[index] = value }
    }

    func get(_ index: Int) throws -> IngestSummary {
        try lock.withLock { values[index] }!.get()
    }
}
