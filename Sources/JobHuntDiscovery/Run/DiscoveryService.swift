// `jobhunt discover --source …`: each source fetched, parsed, normalised and
// stored, with its own summary; one failing source never stops the others.
import Foundation
import JobHuntKernel

/// What one source run did: the ingest counts, or why the source failed.
package struct SourceRunSummary: Sendable, Equatable, Encodable {
    /// The counts, with parse and normalisation rejects added to `failed`;
    /// they are also the whole JSON form (exactly the ingest summary's keys).
    package var counts: IngestSummary
    /// Set when the whole source failed (fetch or document error); nil otherwise.
    package var error: String?
    /// Records skipped as malformed or rejected, with reasons, for people (not in the JSON).
    package var problems: [String] = []
    /// Values stored with a doubt or left out (an impossible date, a negative salary, a minimum
    /// above the maximum), one line per value, for people (not in the JSON).
    package var warnings: [String] = []
    /// The server answered 304: nothing changed since the last run.
    package var notModified = false

    init(source: String) { counts = IngestSummary(source: source) }

    package var source: String { counts.source }

    package func encode(to encoder: any Encoder) throws { try counts.encode(to: encoder) }
}

/// Runs discovery sources through fetch, parse, normalise and ingest.
package struct DiscoveryService {
    let services: Services
    let version: String
    let embedder: (any Embedder)?
    /// The HTTP policy of the run: identity, pacing and retries, and how many sources
    /// are fetched at once (`concurrentSources`, `concurrentPerHost`).
    package var fetchPolicy: FetchPolicy
    /// Threads that normalise a source's postings (see ``ParallelNormalisation``);
    /// the stored rows, warnings and problems are the same for any number.
    package var normalisingThreads = ProcessInfo.processInfo.activeProcessorCount

    /// `embedder` is nil when no model is installed: postings are stored
    /// without vectors and `embedPending` catches up later.
    package init(services: Services, version: String, embedder: (any Embedder)?) {
        self.services = services
        self.version = version
        self.embedder = embedder
        fetchPolicy = FetchPolicy(version: version)
        if let sources = services.configuration.concurrentSources { fetchPolicy.concurrentSources = sources }
        if let perHost = services.configuration.concurrentPerHost { fetchPolicy.concurrentPerHost = perHost }
        if let timeout = services.configuration.sourceTimeoutSeconds { fetchPolicy.timeout = .seconds(timeout) }
    }

    /// Runs the sources and returns one summary per source, in the order given.
    ///
    /// Sources are fetched on a pool of `fetchPolicy.concurrentSources` threads with at most
    /// `concurrentPerHost` requests in flight per host (pacing, Retry-After and robots.txt
    /// hold per host as for one source), so a run is bound by its slowest host. Each is
    /// stored on this thread as soon as it and every source before it are fetched:
    /// the database sees one source at a time, in order, exactly as in a serial run.
    ///
    /// `progress`, when given, hears each source's stages and stored count and the run's
    /// totals (see ``DiscoveryProgress``), always on this thread; a terminal draws them, a pipe ignores them.
    package func run(
        _ specs: [SourceSpec], companyName: String? = nil, progress: DiscoveryProgressObserver? = nil
    ) throws -> [SourceRunSummary] {
        let turn = DatabaseTurn()
        let endpoints = SourceEndpoints(baseURLs: services.configuration.sourceBaseURLs)
        let fetcher = try SourceFetcher(
            policy: fetchPolicy, endpoints: endpoints, services: services,
            validators: DatabaseValidatorStore(store: HTTPValidatorStore(services: services), turn: turn))
        let started = ContinuousClock.now
        let pool = FetchPool(
            specs: specs, workers: fetchPolicy.concurrentSources, perHost: fetchPolicy.concurrentPerHost,
            host: { spec in endpoints.url(for: spec).map(PoliteHTTP.hostKey(of:)) ?? "" },
            fetch: { spec in fetcher.fetch(spec) })
        var postings = 0
        return specs.enumerated().map { index, spec in
            var state = DiscoveryProgress(
                source: spec.description, position: index + 1, sourceCount: specs.count, stage: .fetching)
            state.postings = postings
            state.fetched = pool.fetchedCount
            state.elapsed = .now - started
            progress?(state)
            let fetch = pool.result(at: index, known: state.fetched) { fetched in
                state.fetched = fetched
                state.elapsed = .now - started
                progress?(state)
            }
            state.fetched = pool.fetchedCount
            let observer: DiscoveryProgressObserver? = progress.map { progress in
                { update in
                    var update = update
                    update.postings = postings + update.stored
                    update.fetched = pool.fetchedCount
                    update.elapsed = .now - started
                    progress(update)
                }
            }
            let summary = turn.run {
                store(fetch, spec: spec, state: state, companyName: companyName, fetcher: fetcher, progress: observer)
            }
            postings += summary.counts.new + summary.counts.updated + summary.counts.unchanged + summary.counts.merged
            return summary
        }
    }

    /// Parses, normalises and ingests one fetched source; any failure is the summary's error.
    private func store(
        _ fetch: SourceFetch, spec: SourceSpec, state: DiscoveryProgress, companyName: String?,
        fetcher: SourceFetcher, progress: DiscoveryProgressObserver?
    ) -> SourceRunSummary {
        let normaliser = PostingNormaliser(now: services.now())
        let ingestor = PostingIngestor(services: services, embedder: embedder)
        var state = state
        var summary = SourceRunSummary(source: spec.description)
        defer {
            let counts = summary.counts
            record(fetch, postings: counts.new + counts.updated + counts.unchanged + counts.merged)
        }
        // The problems of records read record by record; on a failure, those read before it are still reported.
        var parseProblems: [String] = []
        do {
            if case .documents(let documents) = fetch.outcome {
                state.stage = .parsing
                state.documents = documents.count
                progress?(state)
            }
            guard let reading = try fetch.read(companyName: companyName) else {
                summary.notModified = true
                return summary
            }
            let records: SourceRecords
            switch reading {
            case .parsed(let parsed):
                records = SourceRecords(postings: parsed.postings, notes: parsed.notes)
                summary.problems = parsed.problems.map { "record \($0.position): \($0.reason)" }
            case .records(let split):
                records = split
            }
            summary.warnings = records.notes
            // Parsed (when the document splits into records) and normalised lazily, a
            // batch at a time on every core, as the ingestor reads its batches: on
            // PostgreSQL it writes batch N on another thread meanwhile
            // (PostingIngestor+Pipeline), so parsing and normalising overlap the
            // server's inserts. Problems and warnings are collected here, on this
            // thread, in input order, and read once ingest returns: the records'
            // parse problems first, as when the document was parsed whole first.
            var warnings: [String] = []
            var problems: [String] = []
            let outcomes = ParallelRecordNormalisation(
                records, normaliser: normaliser, chunkSize: ingestor.batchSize, threads: normalisingThreads)
            let normalised = outcomes.lazy.compactMap { outcome -> NormalisedPosting? in
                guard case .normalised(let outcome) = outcome else {
                    if case .problem(let problem) = outcome {
                        parseProblems.append("record \(problem.position): \(problem.reason)")
                    }
                    return nil
                }
                let raw = outcome.raw
                switch outcome.result {
                case .success(let posting):
                    warnings += posting.warnings.map { "\(raw.externalID ?? raw.url): \($0)" }
                    return posting
                case .failure(let error):
                    problems.append("\(raw.url): \(error.localizedDescription)")
                    return nil
                }
            }
            state.stage = .storing
            // Records, not yet postings, when the document is read in the pipeline: a bar's total.
            state.parsed = records.count
            progress?(state)
            let counts: IngestSummary
            if let progress {
                let counted = ProgressCountingSequence(base: normalised, step: 25) { stored in
                    state.stored = stored
                    progress(state)
                }
                counts = try ingestor.ingest(counted, source: spec.description, seenAt: services.now())
            } else {
                counts = try ingestor.ingest(normalised, source: spec.description, seenAt: services.now())
            }
            summary.counts = counts
            summary.warnings += warnings
            summary.problems += parseProblems + problems
            summary.counts.failed += summary.problems.count
            summary.problems += summary.counts.failures.map { "\($0.posting): \($0.reason)" }
            fetcher.remember(fetch)
        } catch {
            summary.error = (error as? LocalizedError)?.errorDescription ?? String(describing: error)
            summary.problems += parseProblems
        }
        return summary
    }

    /// Adds the fetch's requests to `platform_metrics`; a metrics failure never fails the run.
    private func record(_ fetch: SourceFetch, postings: Int) {
        let metrics = fetch.metrics
        let failed: Bool
        if case .failed = fetch.outcome { failed = true } else { failed = false }
        let average = metrics.averageResponseTime.map {
            Int($0.components.seconds * 1000 + $0.components.attoseconds / 1_000_000_000_000_000)
        }
        try? PlatformMetricsRecorder(services: services).record(
            PlatformScrape(
                platform: fetch.spec.kind.rawValue, jobsScraped: postings, successfulScrapes: failed ? 0 : 1,
                failedScrapes: failed ? 1 : 0, rateLimitHits: metrics.rateLimitHits, averageResponseTimeMs: average),
            at: services.now())
    }
}

/// Remembers conditional-GET validators in the database, so they outlive the process.
///
/// Fetch threads read validators while the run's thread stores postings, and the run has
/// one database connection: every use takes the run's `DatabaseTurn`.
struct DatabaseValidatorStore: ValidatorStore {
    let store: HTTPValidatorStore
    let turn: DatabaseTurn

    func validators(for url: String) -> HTTPValidators? { turn.run { try? store.validators(for: url) } }

    func remember(_ validators: HTTPValidators, for url: String) {
        turn.run { try? store.setValidators(validators, for: url) }
    }
}

/// One user of the run's database connection at a time: the storing thread for a
/// whole source, or a fetch thread for one validator lookup. Re-entrant, because
/// storing a source ends by remembering its validators.
final class DatabaseTurn: @unchecked Sendable {
    private let lock = NSRecursiveLock()

    func run<Value>(_ body: () throws -> Value) rethrows -> Value {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
