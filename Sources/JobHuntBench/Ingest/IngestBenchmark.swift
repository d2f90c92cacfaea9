// The ingest benchmark behind `jobhunt-bench ingest`: N generated Greenhouse
// postings parsed, normalised and upserted into a fresh database, timed per
// stage, against the per-posting design run in the same process.
import Foundation
internal import JobHuntDatabase
import JobHuntDiscovery
internal import JobHuntEmbeddings
import JobHuntKernel

/// Postings per second for parse + normalise + upsert (embedding excluded),
/// the figure the discovery issue sets a target for (≥ 5,000/s on SQLite).
///
/// The baseline is the same ingestor writing one posting per statement (two
/// look-ups and two INSERTs a posting, the design bulk writes replaced), on
/// the same postings into another fresh database of the same engine: a ratio
/// measured in one process survives a busy machine better than a figure does.
package struct IngestBenchmark {
    /// Wall and CPU seconds of one stage. CPU is this process only (not the PostgreSQL server).
    package struct Phase: Sendable {
        package var seconds: Double
        package var cpuSeconds: Double
    }

    /// What one run measured.
    package struct Result: Sendable {
        package var postings: Int
        package var parse: Phase
        package var normalise: Phase
        package var upsert: Phase
        package var summary: IngestSummary
        /// The per-posting upsert of the same postings, when a baseline database was given.
        package var baselineUpsert: Phase?
        package var baselineSummary: IngestSummary?
        /// PostgreSQL: the same bulk upsert with multi-row INSERTs instead of COPY (the path before it).
        package var insertUpsert: Phase?
        package var insertSummary: IngestSummary?
        package var totalSeconds: Double { parse.seconds + normalise.seconds + upsert.seconds }
        package var postingsPerSecond: Double { Double(postings) / totalSeconds }
        package var baselinePostingsPerSecond: Double? {
            baselineUpsert.map { Double(postings) / (parse.seconds + normalise.seconds + $0.seconds) }
        }
    }

    /// The target on SQLite.
    package static let sqliteTarget = 5_000.0

    let services: Services
    let baseline: Services?
    let withoutCopy: Services?

    /// `services` names the database to fill, `baseline` another for the per-posting run,
    /// `withoutCopy` (PostgreSQL) a third for the bulk run without COPY; all should be empty.
    package init(services: Services, baseline: Services? = nil, withoutCopy: Services? = nil) {
        self.services = services
        self.baseline = baseline
        self.withoutCopy = withoutCopy
    }

    /// Generates `postings` jobs on one board, then parses, normalises and ingests them.
    package func run(postings count: Int, batchSize: Int = 500) throws -> Result {
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
        let inserts = try withoutCopy.map {
            try Self.upsert(
                normalised, services: $0, batchSize: batchSize,
                rowsPerStatement: PostingIngestor.defaultRowsPerStatement, copy: false)
        }
        let perPosting = try baseline.map {
            try Self.upsert(normalised, services: $0, batchSize: batchSize, rowsPerStatement: 1)
        }
        return Result(
            postings: raw.count, parse: parse, normalise: normalise, upsert: bulk.phase, summary: bulk.summary,
            baselineUpsert: perPosting?.phase, baselineSummary: perPosting?.summary, insertUpsert: inserts?.phase,
            insertSummary: inserts?.summary)
    }

    private static func upsert(
        _ postings: [NormalisedPosting], services: Services, batchSize: Int, rowsPerStatement: Int, copy: Bool = true
    ) throws -> (phase: Phase, summary: IngestSummary) {
        let db = try services.store.unmigratedDatabase()
        try Schema.migrator(for: db.dialect).up(db)
        var ingestor = PostingIngestor(services: services, batchSize: batchSize)
        ingestor.rowsPerStatement = rowsPerStatement
        ingestor.copiesOnPostgres = copy
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
