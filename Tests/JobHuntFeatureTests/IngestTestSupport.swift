// A fresh database and Services per ingest test, the real source fixtures
// parsed and normalised, a deterministic embedding function, and row snapshots.
import Foundation
import JobHuntDatabase
import JobHuntTesting

@testable import JobHuntDiscovery
@testable import JobHuntKernel

/// Everything one ingest test runs on; nothing is shared between tests.
final class IngestFixture: @unchecked Sendable {
    let scratch: ScratchDatabase
    let directory: TemporaryDirectory
    let services: Services

    init(_ engine: TestEngine) throws {
        scratch = try ScratchDatabase(engine)
        directory = try TemporaryDirectory(prefix: "jobhunt-ingest")
        services = Services(
            configuration: Configuration(databaseURL: scratch.url, dataDirectory: directory.url),
            now: { IngestFixture.referenceDate })
        if engine == .postgres {
            let db = try services.store.unmigratedDatabase()
            try Schema.migrator(for: db.dialect).up(db)
        }
    }

    /// The fixtures' reference date (the injected clock of the issue).
    static let referenceDate = SourceFixtures.instant("2026-03-01T00:00:00Z")!

    func ingestor(embedder: (([String]) throws -> [[Float]])? = nil, batchSize: Int = 500) -> PostingIngestor {
        PostingIngestor(services: services, embedder: embedder.map(EmbeddingFunction.init), batchSize: batchSize)
    }

    /// The services' own connection, so tests read what ingest wrote without a second writer.
    func db() throws -> Database { try services.store.database() }

    /// Every row of the tables ingest writes, as sorted text: equal snapshots mean nothing changed.
    func snapshot() throws -> [String] {
        let db = try db()
        var lines: [String] = []
        for table in ["companies", "job_postings", "job_posting_sources"] {
            for row in try db.query("SELECT * FROM \(sql: .trusted(table))") {
                lines.append(table + ": " + zip(row.columns, row.values).map { "\($0)=\($1)" }.joined(separator: " "))
            }
        }
        return lines.sorted()
    }

    func count(_ sql: SQL) throws -> Int {
        try db().scalar(sql, as: Int.self) ?? 0
    }
}

/// The fixture files as discover would run them: one source each.
enum IngestSources {
    static let greenhouse = "greenhouse:tessellate"
    static let lever = "lever:brightcanopy"
    static let jobspy = "jobspy:jobspy.csv"

    static func all() throws -> [(source: String, postings: [NormalisedPosting])] {
        [
            (
                greenhouse,
                try DiscoveryPipelineTests.normalised("greenhouse_jobs.json", .greenhouse, token: "tessellate")
            ),
            (
                lever,
                try DiscoveryPipelineTests.normalised(
                    "lever_postings.json", .lever, token: "brightcanopy", company: "Bright Canopy")
            ),
            (
                "ashby:lumenfold",
                try DiscoveryPipelineTests.normalised(
                    "ashby_jobs.json", .ashby, token: "lumenfold", company: "Lumenfold")
            ),
            ("rss:remote_rss.xml", try DiscoveryPipelineTests.normalised("remote_rss.xml", .rss, token: "remote")),
            (
                "remoteok:remoteok_api.json",
                try DiscoveryPipelineTests.normalised(
                    "remoteok_api.json", .remoteok, token: "remoteok")
            ),
            (jobspy, try DiscoveryPipelineTests.normalised("jobspy.csv", .jobspy, token: "jobspy")),
        ]
    }

    static func postings(_ source: String) throws -> [NormalisedPosting] {
        try all().first { $0.source == source }!.postings
    }
}

/// A deterministic stand-in computation for the model: each text maps to one fixed
/// 384-float vector, so a test can predict exactly what ingest must store.
enum FakeEmbedding {
    static func vector(for text: String) -> [Float] {
        let seed = text.utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 }
        return (0..<PostingIngestor.dimensions).map { Float((seed &+ UInt32($0) &* 2_654_435_761) % 1000) / 1000 }
    }

    static func embed(_ texts: [String]) -> [[Float]] { texts.map(vector(for:)) }
}

extension IngestSummary {
    /// The six counts on one line, so one expectation shows them all when it fails.
    var counts: String {
        "new \(new) updated \(updated) unchanged \(unchanged) merged \(merged) expired \(expired) failed \(failed)"
    }
}
