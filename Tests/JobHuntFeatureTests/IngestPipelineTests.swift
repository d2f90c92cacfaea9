// Ingest on both engines with the real fixtures: counts per source, idempotent
// re-runs, updates, cross-source merges and near-duplicates kept apart.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Ingest: new, unchanged, updated, merged")
struct IngestPipelineTests {
    static let now = IngestFixture.referenceDate

    @Test("the fixtures ingest with the expected counts per source", arguments: TestEngine.allCases)
    func countsPerSource(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let ingestor = fixture.ingestor()
        var summaries: [String: IngestSummary] = [:]
        for (source, postings) in try IngestSources.all() {
            summaries[source] = try ingestor.ingest(postings, source: source, seenAt: Self.now)
        }
        let counts = try IngestSources.all().map { source, _ in summaries[source]!.counts }
        #expect(
            counts == [
                "new 9 updated 0 unchanged 0 merged 0 expired 0 failed 0",
                "new 9 updated 0 unchanged 0 merged 0 expired 0 failed 0",
                "new 5 updated 0 unchanged 0 merged 0 expired 0 failed 0",
                "new 5 updated 0 unchanged 0 merged 0 expired 0 failed 0",
                "new 3 updated 0 unchanged 0 merged 0 expired 0 failed 0",
                "new 9 updated 0 unchanged 0 merged 1 expired 0 failed 0",
            ])
        #expect(try fixture.count("SELECT COUNT(*) FROM job_postings") == 40)
        #expect(try fixture.count("SELECT COUNT(*) FROM job_posting_sources") == 41)
        // Postings without a company have no cross-source identity; every other one keeps its key.
        let keyless = try IngestSources.all().flatMap(\.postings).filter { $0.dedupeKey == nil }.count
        #expect(try fixture.count("SELECT COUNT(*) FROM job_postings WHERE dedupe_key IS NULL") == keyless)
    }

    @Test("a second identical run reports only unchanged and changes no row", arguments: TestEngine.allCases)
    func idempotentRerun(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let ingestor = fixture.ingestor()
        let sources = try IngestSources.all()
        for (source, postings) in sources { _ = try ingestor.ingest(postings, source: source, seenAt: Self.now) }
        let before = try fixture.snapshot()
        let later = Self.now.addingTimeInterval(3600)
        for (source, postings) in sources {
            let summary = try ingestor.ingest(postings, source: source, seenAt: later)
            #expect(
                summary.counts == "new 0 updated 0 unchanged \(postings.count) merged 0 expired 0 failed 0",
                "\(source)")
        }
        #expect(try fixture.snapshot() == before)
    }

    @Test("a changed description is one update; its vector is cleared for recomputing", arguments: TestEngine.allCases)
    func changedDescription(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let ingestor = fixture.ingestor(embedder: FakeEmbedding.embed)
        var postings = try IngestSources.postings(IngestSources.greenhouse)
        _ = try ingestor.ingest(postings, source: IngestSources.greenhouse, seenAt: Self.now)
        let index = try #require(postings.firstIndex { $0.externalID == "4871203008" })
        postings[index].description += "\n\nWe now also offer a four-day week."
        let later = Self.now.addingTimeInterval(86_400)
        let summary = try ingestor.ingest(postings, source: IngestSources.greenhouse, seenAt: later)
        #expect(summary.counts == "new 0 updated 1 unchanged 8 merged 0 expired 0 failed 0")
        #expect(summary.embedded == 1)
        let row = try #require(
            try fixture.db().queryOne(
                "SELECT description, updated_at, embedding FROM job_postings WHERE external_id = \("4871203008")"))
        #expect(try row.get("description", as: String.self).hasSuffix("four-day week."))
        #expect(try row.get("updated_at", as: Date.self) == later)
        let expected = FakeEmbedding.vector(for: postings[index].title + "\n\n" + postings[index].description)
        #expect(try row.get("embedding", as: Vector.self).values == expected)
    }

    @Test(
        "Greenhouse 4871203008 and LinkedIn li-4123456789 are one posting with two sources",
        arguments: TestEngine.allCases)
    func crossSourceMerge(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let ingestor = fixture.ingestor()
        let greenhouse = try IngestSources.postings(IngestSources.greenhouse)
        let jobspy = try IngestSources.postings(IngestSources.jobspy)
        _ = try ingestor.ingest(greenhouse, source: IngestSources.greenhouse, seenAt: Self.now)
        let summary = try ingestor.ingest(jobspy, source: IngestSources.jobspy, seenAt: Self.now)
        #expect(summary.merged == 1)
        let rows = try fixture.db().query(
            """
            SELECT s.source_platform, s.external_id, s.source_url FROM job_posting_sources s
            JOIN job_postings p ON p.id = s.job_posting_id WHERE p.external_id = \("4871203008") ORDER BY s.source_platform
            """)
        #expect(try rows.map { try $0.get("external_id", as: String.self) } == ["4871203008", "li-4123456789"])
        #expect(try rows.map { try $0.get("source_platform", as: String.self) } == ["greenhouse", "linkedin"])
        #expect(try fixture.count("SELECT COUNT(*) FROM job_postings WHERE external_id = \("li-4123456789")") == 0)
        // The LinkedIn copy changing later is its source row's update, not a rewrite of the posting.
        let before = try fixture.db().scalar(
            "SELECT content_hash FROM job_postings WHERE external_id = \("4871203008")", as: String.self)
        var changed = jobspy
        let index = try #require(changed.firstIndex { $0.externalID == "li-4123456789" })
        changed[index].description += " Apply by Friday."
        let again = try ingestor.ingest(changed, source: IngestSources.jobspy, seenAt: Self.now)
        #expect(again.counts == "new 0 updated 1 unchanged 9 merged 0 expired 0 failed 0")
        #expect(
            try fixture.db().scalar(
                "SELECT content_hash FROM job_postings WHERE external_id = \("4871203008")", as: String.self)
                == before)
    }

    @Test("the Lever and Indeed near-duplicates stay two postings", arguments: TestEngine.allCases)
    func nearDuplicateKeptApart(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let ingestor = fixture.ingestor()
        _ = try ingestor.ingest(
            try IngestSources.postings(IngestSources.lever), source: IngestSources.lever, seenAt: Self.now)
        _ = try ingestor.ingest(
            try IngestSources.postings(IngestSources.jobspy), source: IngestSources.jobspy, seenAt: Self.now)
        let titles = try fixture.db().query(
            "SELECT source_platform FROM job_postings WHERE title LIKE \("Warehouse Associate%") ORDER BY source_platform"
        )
        #expect(try titles.map { try $0.get("source_platform", as: String.self) } == ["indeed", "lever"])
    }

    @Test("companies are shared by domain or name key across sources", arguments: TestEngine.allCases)
    func companiesUpserted(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let ingestor = fixture.ingestor()
        for (source, postings) in try IngestSources.all() {
            _ = try ingestor.ingest(postings, source: source, seenAt: Self.now)
        }
        let keys = try fixture.db().query("SELECT name_key FROM companies WHERE name_key = \("tessellate robotics")")
        #expect(keys.count == 1)
        let tessellate = try fixture.count(
            "SELECT COUNT(*) FROM job_postings p JOIN companies c ON c.id = p.company_id WHERE c.name_key = \("tessellate robotics")"
        )
        #expect(tessellate >= 9)
    }
}
