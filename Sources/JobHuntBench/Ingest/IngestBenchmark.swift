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
        /// PostgreSQL on this machine: the CPU its backend used for the phase.
        package var serverCPUSeconds: Double?
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
        /// PostgreSQL: parse, normalise and upsert overlapped, as `discover` runs them: the
        /// document split into records (`split`), then each batch's records parsed and
        /// normalised on every core while the server inserts the batch before
        /// (`PostingIngestor.pipelinesWrites`). When set, `split` + this replace
        /// `parse` + `normalise` + `upsert` in the total.
        package var pipelined: Phase?
        /// PostgreSQL: `GreenhouseParser.records`, the scan that checks the document and finds its jobs.
        package var split: Phase?
        /// PostgreSQL, the path before issue 20's last change: the schema up to
        /// migration 030 (before the redundant indexes were dropped), every
        /// posting normalised first, then batches written one after another.
        package var sequentialUpsert: Phase?
        package var sequentialSummary: IngestSummary?
        /// The same postings normalised again by ``ParallelNormalisation`` on `threads`
        /// threads, as `discover` does (checked equal to the one-thread pass).
        package var parallelNormalise: Phase?
        package var threads = 1
        package var totalSeconds: Double {
            if let pipelined { return (split ?? parse).seconds + pipelined.seconds }
            return parse.seconds + normalise.seconds + upsert.seconds
        }
        /// Postings/s if nothing else wanted the CPU: SQLite's stages use this
        /// process's CPU one after another (as would a sequential PostgreSQL
        /// run, with its server's turns added); PostgreSQL's pipelined phase runs
        /// this process (normalising on `threads` threads, writing on one) and the
        /// server's backend side by side on two cores: at best all their CPU
        /// shared evenly, never less than the server's one thread. `nil` without
        /// the server's CPU time.
        package var cpuBound: Double? {
            if let pipelined {
                guard let server = pipelined.serverCPUSeconds else { return nil }
                let overlapped =
                    threads > 1
                    ? max(server, (pipelined.cpuSeconds + server) / 2) : max(pipelined.cpuSeconds, server)
                return Double(postings) / ((split ?? parse).cpuSeconds + overlapped)
            }
            let server = upsert.serverCPUSeconds ?? 0
            return Double(postings) / (parse.cpuSeconds + normalise.cpuSeconds + upsert.cpuSeconds + server)
        }
        /// The sequential PostgreSQL path's CPU-bound rate: client and server take turns.
        package var sequentialCPUBound: Double? {
            guard let before = sequentialUpsert, let server = before.serverCPUSeconds else { return nil }
            return Double(postings) / (parse.cpuSeconds + normalise.cpuSeconds + before.cpuSeconds + server)
        }
        package var sequentialPostingsPerSecond: Double? {
            sequentialUpsert.map { Double(postings) / (parse.seconds + normalise.seconds + $0.seconds) }
        }
        package var postingsPerSecond: Double { Double(postings) / totalSeconds }
        /// SQLite as `discover` runs it: parse, normalise on every core, upsert.
        package var parallelPostingsPerSecond: Double? {
            guard pipelined == nil, let parallel = parallelNormalise else { return nil }
            return Double(postings) / (parse.seconds + parallel.seconds + upsert.seconds)
        }
        package var baselinePostingsPerSecond: Double? {
            baselineUpsert.map { Double(postings) / (parse.seconds + normalise.seconds + $0.seconds) }
        }
    }

    /// The issue's target on SQLite.
    package static let sqliteTarget = 5_000.0
    /// Issue 20's PostgreSQL target, and the SQLite figure measured beside it.
    package static let postgresTarget = 10_000.0
    package static let issueSQLiteAnchor = 5_274.0

    let services: Services
    let baseline: Services?
    let sequential: Services?

    /// `services` names the database to fill, `baseline` another for the per-posting run,
    /// `sequential` (PostgreSQL) a third for the path before pipelining and migration 031;
    /// all should be empty.
    package init(services: Services, baseline: Services? = nil, sequential: Services? = nil) {
        self.services = services
        self.baseline = baseline
        self.sequential = sequential
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
        let outcomes = ParallelNormalisation(raw, normaliser: normaliser, chunkSize: batchSize)
        var again: [NormalisedPosting] = []
        again.reserveCapacity(raw.count)
        let parallel = try Self.measure {
            for outcome in outcomes { again.append(try outcome.result.get()) }
        }
        guard again == normalised else { throw IngestBenchmarkError.parallelDiffers }
        again = []
        let before = try sequential.map {
            try Self.upsert(
                normalised, services: $0, batchSize: batchSize,
                rowsPerStatement: PostingIngestor.defaultRowsPerStatement, pipelined: false, migrations: 30)
        }
        let bulk: (phase: Phase, summary: IngestSummary)
        var pipelined: Phase?
        var split: Phase?
        if !services.store.isEmbedded {
            // End to end from the document's bytes, as `discover` runs it: the board split
            // into its jobs, then each batch's jobs parsed and normalised on every core
            // inside the ingest's sequence, so both overlap the server's inserts. Every
            // job parsed and normalised without error in the passes above, so the
            // `compactMap` drops none (the summary's `new` says so).
            var records: SourceRecords?
            split = try Self.measure {
                records = try GreenhouseParser().records(document, context: SourceContext(token: "benchmark"))
            }
            guard let records, records.all().postings == raw else { throw IngestBenchmarkError.splitDiffers }
            let streamed = ParallelRecordNormalisation(records, normaliser: normaliser, chunkSize: batchSize)
            bulk = try Self.upsert(
                streamed.lazy.compactMap { outcome -> NormalisedPosting? in
                    guard case .normalised(let outcome) = outcome else { return nil }
                    return try? outcome.result.get()
                }, services: services, batchSize: batchSize, rowsPerStatement: PostingIngestor.defaultRowsPerStatement
            )
            pipelined = bulk.phase
        } else {
            bulk = try Self.upsert(
                normalised, services: services, batchSize: batchSize,
                rowsPerStatement: PostingIngestor.defaultRowsPerStatement)
        }
        let perPosting = try baseline.map {
            try Self.upsert(normalised, services: $0, batchSize: batchSize, rowsPerStatement: 1)
        }
        return Result(
            postings: raw.count, parse: parse, normalise: normalise, upsert: bulk.phase, summary: bulk.summary,
            baselineUpsert: perPosting?.phase, baselineSummary: perPosting?.summary, pipelined: pipelined,
            split: split, sequentialUpsert: before?.phase, sequentialSummary: before?.summary,
            parallelNormalise: parallel, threads: outcomes.threads)
    }

    private static func upsert(
        _ postings: some Sequence<NormalisedPosting>, services: Services, batchSize: Int, rowsPerStatement: Int,
        pipelined: Bool = true, migrations: Int? = nil
    ) throws -> (phase: Phase, summary: IngestSummary) {
        let db = try services.store.unmigratedDatabase()
        try Schema.migrator(for: db.dialect).up(db, to: migrations)
        var ingestor = PostingIngestor(services: services, batchSize: batchSize)
        ingestor.rowsPerStatement = rowsPerStatement
        ingestor.pipelinesWrites = pipelined
        var summary = IngestSummary(source: "greenhouse:benchmark")
        let backend = ServerProcessCPU.backend(of: db)
        let server = ServerProcessCPU.seconds(backend)
        var phase = try measure {
            summary = try ingestor.ingest(
                postings, source: "greenhouse:benchmark", seenAt: services.now(), complete: true, db: db)
        }
        if let server, let after = ServerProcessCPU.seconds(backend) { phase.serverCPUSeconds = after - server }
        return (phase, summary)
    }

    private static func measure(_ body: () throws -> Void) throws -> Phase {
        let cpu = ProcessMetrics.cpuSeconds()
        let start = ProcessMetrics.now()
        try body()
        return Phase(seconds: ProcessMetrics.now() - start, cpuSeconds: ProcessMetrics.cpuSeconds() - cpu)
    }
}

/// Why the benchmark stopped.
enum IngestBenchmarkError: Error, CustomStringConvertible {
    case parallelDiffers
    case splitDiffers

    var description: String {
        switch self {
        case .parallelDiffers:
            "normalising on several threads gave other postings than on one: the benchmark's figures would compare different work"
        case .splitDiffers:
            "the board read job by job gave other postings than parsed whole: the benchmark's figures would compare different work"
        }
    }
}
