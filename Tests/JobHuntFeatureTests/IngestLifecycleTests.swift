// Ingest lifecycle on both engines: postings that vanish from a complete run
// or pass their expiry become inactive, and one bad posting fails alone.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Ingest: vanished, expired, failed")
struct IngestLifecycleTests {
    static let now = IngestFixture.referenceDate
    static let earlier = SourceFixtures.instant("2026-01-01T00:00:00Z")!

    func isActive(_ externalID: String, _ fixture: IngestFixture) throws -> Bool? {
        try fixture.db().scalar(
            "SELECT is_active FROM job_postings WHERE external_id = \(externalID)", as: Bool.self)
    }

    @Test(
        "a posting gone from a complete run becomes inactive; an incomplete run retires nothing",
        arguments: TestEngine.allCases)
    func vanished(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let ingestor = fixture.ingestor()
        let postings = try IngestSources.postings(IngestSources.greenhouse)
        _ = try ingestor.ingest(postings, source: IngestSources.greenhouse, seenAt: Self.now)
        let remaining = postings.filter { $0.externalID != "4871203008" }
        let partial = try ingestor.ingest(
            remaining, source: IngestSources.greenhouse, seenAt: Self.now, complete: false)
        #expect(partial.expired == 0)
        #expect(try isActive("4871203008", fixture) == true)
        let complete = try ingestor.ingest(remaining, source: IngestSources.greenhouse, seenAt: Self.now)
        #expect(complete.counts == "new 0 updated 0 unchanged 8 merged 0 expired 1 failed 0")
        #expect(try isActive("4871203008", fixture) == false)
        // Listed again, it comes back.
        let back = try ingestor.ingest(postings, source: IngestSources.greenhouse, seenAt: Self.now)
        #expect(back.counts == "new 0 updated 1 unchanged 8 merged 0 expired 0 failed 0")
        #expect(try isActive("4871203008", fixture) == true)
    }

    @Test("a posting listed without an id is known by its URL, and can vanish", arguments: TestEngine.allCases)
    func withoutExternalID(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let ingestor = fixture.ingestor()
        let postings = try IngestSources.postings(IngestSources.greenhouse).map { posting in
            var posting = posting
            posting.externalID = nil
            return posting
        }
        let first = try ingestor.ingest(postings, source: IngestSources.greenhouse, seenAt: Self.now)
        #expect(first.counts == "new 9 updated 0 unchanged 0 merged 0 expired 0 failed 0")
        let again = try ingestor.ingest(postings, source: IngestSources.greenhouse, seenAt: Self.now)
        #expect(again.counts == "new 0 updated 0 unchanged 9 merged 0 expired 0 failed 0")
        let gone = postings[0].canonicalURL
        let last = try ingestor.ingest(Array(postings.dropFirst()), source: IngestSources.greenhouse, seenAt: Self.now)
        #expect(last.counts == "new 0 updated 0 unchanged 8 merged 0 expired 1 failed 0")
        let row = try #require(
            try fixture.db().queryOne(
                """
                SELECT p.is_active FROM job_postings p JOIN job_posting_sources s ON s.job_posting_id = p.id
                WHERE s.external_id = \(gone)
                """))
        #expect(try row.get("is_active", as: Bool.self) == false)
    }

    @Test("another board of the same platform does not retire this board's postings", arguments: TestEngine.allCases)
    func vanishedIsPerSource(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let ingestor = fixture.ingestor()
        _ = try ingestor.ingest(
            try IngestSources.postings(IngestSources.greenhouse), source: IngestSources.greenhouse, seenAt: Self.now)
        let other = try ingestor.ingest([], source: "greenhouse:another-board", seenAt: Self.now)
        #expect(other.expired == 0)
        #expect(try fixture.count("SELECT COUNT(*) FROM job_postings WHERE is_active = TRUE") == 8)
    }

    @Test("postings past their expiry on the injected clock become inactive", arguments: TestEngine.allCases)
    func expiry(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let ingestor = fixture.ingestor()
        let postings = try IngestSources.postings(IngestSources.greenhouse)
        let lapsed = try #require(postings.first { $0.externalID == "4871209008" })
        #expect(lapsed.expiresDate.map { $0 < CalendarDate(utcDayOf: Self.now) } == true)
        // In January the normaliser saw it open.
        let january = postings.map { posting in
            var posting = posting
            if posting.externalID == lapsed.externalID { posting.isActive = true }
            return posting
        }
        let first = try ingestor.ingest(january, source: IngestSources.greenhouse, seenAt: Self.earlier)
        #expect(first.new == 9)
        #expect(try isActive("4871209008", fixture) == true)
        // On 2026-03-01 an incomplete run that lists nothing still expires it, and nothing else.
        let march = try ingestor.ingest([], source: IngestSources.greenhouse, seenAt: Self.now, complete: false)
        #expect(march.counts == "new 0 updated 0 unchanged 0 merged 0 expired 1 failed 0")
        #expect(try isActive("4871209008", fixture) == false)
        #expect(try fixture.count("SELECT COUNT(*) FROM job_postings WHERE is_active = TRUE") == 8)
        // Seen again as the March normaliser sees it, it is simply unchanged.
        let again = try ingestor.ingest(postings, source: IngestSources.greenhouse, seenAt: Self.now)
        #expect(again.counts == "new 0 updated 0 unchanged 9 merged 0 expired 0 failed 0")
    }

    @Test("a posting seen open and then past its expiry counts as expired", arguments: TestEngine.allCases)
    func expiryOfListedPosting(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let ingestor = fixture.ingestor()
        let postings = try IngestSources.postings(IngestSources.greenhouse)
        let january = postings.map { posting in
            var posting = posting
            posting.isActive = true
            return posting
        }
        _ = try ingestor.ingest(january, source: IngestSources.greenhouse, seenAt: Self.earlier)
        let march = try ingestor.ingest(january, source: IngestSources.greenhouse, seenAt: Self.now)
        #expect(march.counts == "new 0 updated 0 unchanged 8 merged 0 expired 1 failed 0")
        #expect(try isActive("4871209008", fixture) == false)
    }

    @Test("a posting that violates a constraint fails alone; the rest commit", arguments: TestEngine.allCases)
    func failingPosting(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        var postings = try IngestSources.postings(IngestSources.greenhouse)
        postings[4].salaryMin = 200_000
        postings[4].salaryMax = 100_000
        let bad = try #require(postings[4].externalID)
        // Batches of three: the failure sits in the middle of the second transaction.
        let summary = try fixture.ingestor(batchSize: 3).ingest(
            postings, source: IngestSources.greenhouse, seenAt: Self.now)
        #expect(summary.counts == "new 8 updated 0 unchanged 0 merged 0 expired 0 failed 1")
        #expect(
            summary.failures == [IngestFailure(posting: "greenhouse:\(bad)", reason: "violates valid_salary_range")])
        #expect(try fixture.count("SELECT COUNT(*) FROM job_postings") == 8)
        #expect(try fixture.count("SELECT COUNT(*) FROM job_posting_sources") == 8)
        #expect(try fixture.count("SELECT COUNT(*) FROM job_postings WHERE external_id = \(bad)") == 0)
    }

    @Test("the summary's JSON has exactly the contract's keys")
    func summaryJSON() throws {
        var summary = IngestSummary(source: "lever:brightcanopy")
        summary.new = 2
        summary.failures = [IngestFailure(posting: "lever:x", reason: "violates valid_salary_range")]
        let data = try JSONEncoder().encode(summary)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["source", "new", "updated", "unchanged", "merged", "expired", "failed"])
        #expect(object["new"] as? Int == 2)
    }
}
