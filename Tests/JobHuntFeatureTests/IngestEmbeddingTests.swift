// Embeddings at ingest and later, metrics upserts and HTTP validators, on both engines.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Ingest: embeddings, platform metrics, HTTP validators")
struct IngestEmbeddingTests {
    static let now = IngestFixture.referenceDate

    @Test("vectors from the injected embedder are stored in the engine's format", arguments: TestEngine.allCases)
    func embeddingsStored(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let postings = try IngestSources.postings(IngestSources.lever)
        let ingestor = fixture.ingestor(embedder: FakeEmbedding.embed)
        let summary = try ingestor.ingest(postings, source: IngestSources.lever, seenAt: Self.now)
        #expect(summary.embedded == postings.count)
        #expect(summary.embeddingError == nil)
        let posting = postings[2]
        let expected = FakeEmbedding.vector(for: posting.title + "\n\n" + posting.description)
        let row = try #require(
            try fixture.db().queryOne(
                "SELECT embedding FROM job_postings WHERE external_id = \(posting.externalID)"))
        switch engine {
        case .sqlite:
            // The 1536-byte little-endian float32 BLOB of docs/embeddings.md.
            let bytes = try row.get("embedding", as: Data.self)
            #expect(bytes.count == 1536)
            #expect(bytes == Vector(expected).littleEndianBytes)
        case .postgres:
            #expect(try row.get("embedding", as: Vector.self).values == expected)
            let dims = try fixture.db().scalar(
                "SELECT vector_dims(embedding) FROM job_postings WHERE external_id = \(posting.externalID)",
                as: Int.self)
            #expect(dims == 384)
        }
        // A second run computes nothing: unchanged postings keep their vectors.
        let again = try ingestor.ingest(postings, source: IngestSources.lever, seenAt: Self.now)
        #expect(again.embedded == 0)
    }

    @Test(
        "without an embedder postings are stored unembedded and embedPending catches up", arguments: TestEngine.allCases
    )
    func embedPending(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let postings = try IngestSources.postings(IngestSources.lever)
        _ = try fixture.ingestor().ingest(postings, source: IngestSources.lever, seenAt: Self.now)
        #expect(try fixture.count("SELECT COUNT(*) FROM job_postings WHERE embedding IS NULL") == postings.count)
        let catchUp = fixture.ingestor(embedder: FakeEmbedding.embed)
        #expect(try catchUp.embedPending(limit: 4) == 4)
        #expect(try catchUp.embedPending(limit: 100) == postings.count - 4)
        #expect(try catchUp.embedPending(limit: 100) == 0)
        #expect(try fixture.count("SELECT COUNT(*) FROM job_postings WHERE embedding IS NULL") == 0)
    }

    @Test("an embedder of the wrong shape leaves postings stored and reports why", arguments: TestEngine.allCases)
    func wrongShape(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let postings = try IngestSources.postings(IngestSources.lever)
        let ingestor = fixture.ingestor(embedder: { texts in texts.map { _ in [1, 2, 3] } })
        let summary = try ingestor.ingest(postings, source: IngestSources.lever, seenAt: Self.now)
        #expect(summary.new == postings.count && summary.embedded == 0)
        #expect(summary.embeddingError?.contains("wrong shape") == true)
        #expect(try fixture.count("SELECT COUNT(*) FROM job_postings WHERE embedding IS NULL") == postings.count)
    }

    @Test("platform metrics accumulate per platform and day with a running average", arguments: TestEngine.allCases)
    func platformMetrics(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let recorder = PlatformMetricsRecorder(services: fixture.services)
        try recorder.record(
            PlatformScrape(platform: "greenhouse", jobsScraped: 10, successfulScrapes: 1, averageResponseTimeMs: 200),
            at: Self.now)
        try recorder.record(
            PlatformScrape(
                platform: "greenhouse", jobsScraped: 5, successfulScrapes: 1, failedScrapes: 1, rateLimitHits: 1,
                averageResponseTimeMs: 500), at: Self.now.addingTimeInterval(3600))
        try recorder.record(PlatformScrape(platform: "greenhouse", failedScrapes: 1), at: Self.now)
        try recorder.record(PlatformScrape(platform: "lever", jobsScraped: 9, successfulScrapes: 1), at: Self.now)
        try recorder.record(
            PlatformScrape(platform: "greenhouse", jobsScraped: 1, successfulScrapes: 1),
            at: Self.now.addingTimeInterval(86_400))
        let row = try #require(
            try fixture.db().queryOne(
                """
                SELECT total_jobs_scraped, successful_scrapes, failed_scrapes, rate_limit_hits, average_response_time_ms
                FROM platform_metrics WHERE platform_name = \("greenhouse") AND metric_date = \(CalendarDate.day("2026-03-01"))
                """))
        let values = try ["total_jobs_scraped", "successful_scrapes", "failed_scrapes", "rate_limit_hits"].map {
            try row.get($0, as: Int.self)
        }
        #expect(values.map(String.init).joined(separator: " ") == "15 2 2 1")
        // (200 × 1 + 500 × 2) / 3 scrapes; the untimed report leaves the average alone.
        #expect(try row.get("average_response_time_ms", as: Int.self) == 400)
        #expect(try fixture.count("SELECT COUNT(*) FROM platform_metrics") == 3)
    }

    @Test("HTTP validators round-trip per URL", arguments: TestEngine.allCases)
    func validators(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let store = HTTPValidatorStore(services: fixture.services)
        let url = "https://boards-api.greenhouse.io/v1/boards/tessellate/jobs?content=true"
        #expect(try store.validators(for: url) == nil)
        try store.setValidators(HTTPValidators(etag: "\"v1\""), for: url)
        try store.setValidators(
            HTTPValidators(etag: "\"v2\"", lastModified: "Sun, 01 Mar 2026 00:00:00 GMT"), for: url)
        #expect(
            try store.validators(for: url)
                == HTTPValidators(etag: "\"v2\"", lastModified: "Sun, 01 Mar 2026 00:00:00 GMT"))
        try store.setValidators(HTTPValidators(), for: url)
        #expect(try store.validators(for: url) == nil)
    }
}
