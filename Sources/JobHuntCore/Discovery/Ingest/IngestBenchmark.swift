// The ingest benchmark behind `jobhunt bench ingest`: N generated Greenhouse
// postings parsed, normalised and upserted into a database, timed per stage.
import Foundation
internal import JobHuntDatabase

/// Postings per second for parse + normalise + upsert (embedding excluded),
/// the figure the discovery issue sets a target for (≥ 5,000/s on SQLite).
public struct IngestBenchmark {
    /// What one run measured, in seconds per stage.
    public struct Result: Sendable {
        public var postings: Int
        public var parseSeconds: Double
        public var normaliseSeconds: Double
        public var ingestSeconds: Double
        public var summary: IngestSummary
        public var totalSeconds: Double { parseSeconds + normaliseSeconds + ingestSeconds }
        public var postingsPerSecond: Double { Double(postings) / totalSeconds }
    }

    /// The target on SQLite.
    public static let sqliteTarget = 5_000.0

    let services: Services

    /// `services` names the database to fill; it should be empty (a fresh file or database).
    public init(services: Services) { self.services = services }

    /// Generates `postings` jobs on one board, then parses, normalises and ingests them.
    public func run(postings count: Int, batchSize: Int = 500) throws -> Result {
        let db = try services.store.unmigratedDatabase()
        try Schema.migrator(for: db.dialect).up(db)
        let document = Self.greenhouseBoard(count)
        let clock = ContinuousClock()
        var parsed: SourceParseResult?
        let parse = try clock.measure {
            parsed = try SourceKind.greenhouse.parser.parse(document, context: SourceContext(token: "benchmark"))
        }
        let raw = parsed?.postings ?? []
        let normaliser = PostingNormaliser(now: services.now())
        var normalised: [NormalisedPosting] = []
        normalised.reserveCapacity(raw.count)
        let normalise = try clock.measure {
            for posting in raw { normalised.append(try normaliser.normalise(posting)) }
        }
        var summary = IngestSummary(source: "greenhouse:benchmark")
        let ingest = try clock.measure {
            summary = try PostingIngestor(services: services, batchSize: batchSize).ingest(
                normalised, source: "greenhouse:benchmark", seenAt: services.now(), complete: true, db: db)
        }
        return Result(
            postings: raw.count, parseSeconds: parse.seconds, normaliseSeconds: normalise.seconds,
            ingestSeconds: ingest.seconds, summary: summary)
    }

    /// A Greenhouse `jobs?content=true` document with `count` varied, realistic jobs.
    static func greenhouseBoard(_ count: Int) -> Data {
        let titles = [
            "Senior Backend Engineer", "Data Analyst", "Product Designer", "Site Reliability Engineer",
            "Warehouse Associate", "Engineering Manager", "Frontend Developer", "Sales Development Representative",
        ]
        let places = ["Austin, TX", "Berlin, Germany", "Remote - US", "London, UK", "Toronto, ON", "New York, NY"]
        let companies = (0..<50).map { "Benchmark Company \($0), Inc." }
        var jobs: [[String: Any]] = []
        jobs.reserveCapacity(count)
        for index in 0..<count {
            let title = titles[index % titles.count] + " \(index / titles.count)"
            let html = """
                <p><strong>About us</strong></p><p>We build things that matter &amp; ship them weekly. Job \(index).</p>\
                <p><strong>What you'll do</strong></p><ul><li>Design and run Go services on Kubernetes</li>\
                <li>Own an API end to end, including on-call</li><li>Work with PostgreSQL, Redis and AWS</li></ul>\
                <p><strong>Requirements</strong></p><ul><li>\(3 + index % 6)+ years of experience</li>\
                <li>Python or Go, SQL, Docker</li></ul><p>Salary: $\(100 + index % 50)k–$\(160 + index % 50)k a year.</p>
                """
            jobs.append([
                "id": 9_000_000_000 + index, "title": title,
                "absolute_url": "https://job-boards.greenhouse.io/benchmark/jobs/\(9_000_000_000 + index)",
                "location": ["name": places[index % places.count]], "company_name": companies[index % companies.count],
                "updated_at": "2026-02-03T16:20:45-05:00", "first_published": "2026-01-12T10:04:11-05:00",
                "content": html.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                    .replacingOccurrences(of: ">", with: "&gt;"),
                "departments": [["name": "Engineering"]], "offices": [],
            ])
        }
        let board: [String: Any] = ["jobs": jobs, "meta": ["total": count]]
        return (try? JSONSerialization.data(withJSONObject: board)) ?? Data()
    }
}

extension Duration {
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
