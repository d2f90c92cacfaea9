// The ingest benchmark behind `jobhunt bench ingest`: N generated Greenhouse
// postings parsed, normalised and upserted into a fresh database, timed per
// stage, against the per-posting design run in the same process.
import Foundation
internal import JobHuntDatabase
internal import JobHuntEmbeddings

/// Postings per second for parse + normalise + upsert (embedding excluded),
/// the figure the discovery issue sets a target for (≥ 5,000/s on SQLite).
///
/// The baseline is the same ingestor writing one posting per statement (two
/// look-ups and two INSERTs a posting, the design bulk writes replaced), on
/// the same postings into another fresh database of the same engine: a ratio
/// measured in one process survives a busy machine better than a figure does.
public struct IngestBenchmark {
    /// Wall and CPU seconds of one stage. CPU is this process only (not the PostgreSQL server).
    public struct Phase: Sendable {
        public var seconds: Double
        public var cpuSeconds: Double
    }

    /// What one run measured.
    public struct Result: Sendable {
        public var postings: Int
        public var parse: Phase
        public var normalise: Phase
        public var upsert: Phase
        public var summary: IngestSummary
        /// The per-posting upsert of the same postings, when a baseline database was given.
        public var baselineUpsert: Phase?
        public var baselineSummary: IngestSummary?
        public var totalSeconds: Double { parse.seconds + normalise.seconds + upsert.seconds }
        public var postingsPerSecond: Double { Double(postings) / totalSeconds }
        public var baselinePostingsPerSecond: Double? {
            baselineUpsert.map { Double(postings) / (parse.seconds + normalise.seconds + $0.seconds) }
        }
    }

    /// The target on SQLite.
    public static let sqliteTarget = 5_000.0

    let services: Services
    let baseline: Services?

    /// `services` names the database to fill, `baseline` another for the per-posting run;
    /// both should be empty (a fresh file or database).
    public init(services: Services, baseline: Services? = nil) {
        self.services = services
        self.baseline = baseline
    }

    /// Generates `postings` jobs on one board, then parses, normalises and ingests them.
    public func run(postings count: Int, batchSize: Int = 500) throws -> Result {
        let document = Self.greenhouseBoard(count)
        var parsed: SourceParseResult?
        let parse = try Self.measure {
            parsed = try SourceKind.greenhouse.parser.parse(document, context: SourceContext(token: "benchmark"))
        }
        let raw = parsed?.postings ?? []
        let normaliser = PostingNormaliser(now: services.now())
        var normalised: [NormalisedPosting] = []
        normalised.reserveCapacity(raw.count)
        let normalise = try Self.measure {
            for posting in raw { normalised.append(try normaliser.normalise(posting)) }
        }
        let bulk = try Self.upsert(
            normalised, services: services, batchSize: batchSize,
            rowsPerStatement: PostingIngestor.defaultRowsPerStatement)
        let perPosting = try baseline.map {
            try Self.upsert(normalised, services: $0, batchSize: batchSize, rowsPerStatement: 1)
        }
        return Result(
            postings: raw.count, parse: parse, normalise: normalise, upsert: bulk.phase, summary: bulk.summary,
            baselineUpsert: perPosting?.phase, baselineSummary: perPosting?.summary)
    }

    private static func upsert(
        _ postings: [NormalisedPosting], services: Services, batchSize: Int, rowsPerStatement: Int
    ) throws -> (phase: Phase, summary: IngestSummary) {
        let db = try services.store.unmigratedDatabase()
        try Schema.migrator(for: db.dialect).up(db)
        var ingestor = PostingIngestor(services: services, batchSize: batchSize)
        ingestor.rowsPerStatement = rowsPerStatement
        var summary = IngestSummary(source: "greenhouse:benchmark")
        let phase = try measure {
            summary = try ingestor.ingest(
                postings, source: "greenhouse:benchmark", seenAt: services.now(), complete: true, db: db)
        }
        return (phase, summary)
    }

    private static func measure(_ body: () throws -> Void) throws -> Phase {
        let cpu = ProcessMetrics.cpuSeconds()
        let start = ProcessMetrics.now()
        try body()
        return Phase(seconds: ProcessMetrics.now() - start, cpuSeconds: ProcessMetrics.cpuSeconds() - cpu)
    }
}
