// Stores normalised postings: new ones inserted, known ones updated in place
// or left alone, cross-source duplicates merged, vanished and expired ones
// made inactive — batched in transactions, one savepoint per posting.
import Foundation
package import JobHuntDatabase
import JobHuntKernel

/// Turns a source run's ``NormalisedPosting``s into `companies`, `job_postings`
/// and `job_posting_sources` rows. See docs/ingest.md for the rules.
///
/// Re-running the same input is idempotent: an unchanged posting is read,
/// never written, so the second run reports only `unchanged`.
///
/// ```swift
/// let ingestor = PostingIngestor(services: services, embedder: { try embedder.embed($0) })
/// let summary = try ingestor.ingest(postings, source: "greenhouse:tessellate", seenAt: services.now())
/// ```
package struct PostingIngestor {
    /// Computes one vector per text (384 floats each), in the order given.
    /// An injected computation, so ingest works with or without a model.

    let services: Services
    let embedder: (any Embedder)?
    /// Postings written per transaction: large enough to amortise the commit,
    /// small enough that a reader is never locked out for long.
    package var batchSize: Int
    /// Texts handed to the embedder per call.
    package var embeddingBatchSize: Int

    /// Postings looked up, or rows inserted, per statement. One is the
    /// per-posting design this replaced, kept as the benchmark's baseline.
    /// Not more: SQLite looks `$N` names up in a list while preparing, so the
    /// cost of preparing a statement grows with the square of its placeholders
    /// (a 500-row INSERT of 28 columns takes a fifth of a second to prepare).
    package var rowsPerStatement = PostingIngestor.defaultRowsPerStatement
    package static let defaultRowsPerStatement = 100
    /// On PostgreSQL, new rows go in by binary COPY into a temporary table and
    /// one INSERT … SELECT per table and batch (see `IngestWrites.copy`).
    /// False writes multi-row INSERTs as SQLite does: the benchmark's
    /// measure of what COPY buys.
    package var copiesOnPostgres = true
    /// On PostgreSQL, batch N is written on a background thread while the
    /// caller's sequence produces batch N+1 (see `writePipelined`). False
    /// writes each batch before reading the next: the benchmark's "before".
    package var pipelinesWrites = true

    package init(
        services: Services, embedder: (any Embedder)? = nil, batchSize: Int = 500, embeddingBatchSize: Int = 32
    ) {
        self.services = services
        self.embedder = embedder
        self.batchSize = max(1, batchSize)
        self.embeddingBatchSize = max(1, embeddingBatchSize)
    }

    /// Stores one source run and returns what happened.
    ///
    /// `postings` is consumed lazily, `batchSize` at a time, so a long
    /// sequence never sits in memory whole. `complete` says the source was
    /// read to the end (the fetch succeeded): only then do postings that the
    /// source listed before but not now become inactive. Without an embedder
    /// postings are stored with a NULL embedding for ``embedPending(limit:)``.
    package func ingest(
        _ postings: some Sequence<NormalisedPosting>, source: String, seenAt: Date, complete: Bool = true
    ) throws -> IngestSummary {
        let summary = try ingest(
            postings, source: source, seenAt: seenAt, complete: complete, db: try services.store.database())
        if summary.changedPostings { services.invalidateRecommendations() }
        return summary
    }

    package func ingest(
        _ postings: some Sequence<NormalisedPosting>, source: String, seenAt: Date, complete: Bool, db: Database
    ) throws -> IngestSummary {
        var run = IngestRun(source: source, seenAt: seenAt)
        run.analysedRows = Self.analysedRows(db)
        // SQLite: let the WAL grow to 64 MiB (16,384 pages) before it is copied
        // back into the database, instead of every 4 MiB: a bulk ingest rewrites
        // the same index and FTS5 pages in batch after batch, and each checkpoint
        // copied them again (about 7% of the upsert's CPU for 50,000 postings).
        // Commits are as durable as before (they are in the WAL either way); the
        // connection's default comes back when the run ends.
        if db.dialect == .sqlite { _ = try db.query("PRAGMA wal_autocheckpoint = 16384") }
        defer { if db.dialect == .sqlite { _ = try? db.query("PRAGMA wal_autocheckpoint = 1000") } }
        if pipelinesWrites, db.dialect == .postgres {
            try writePipelined(postings, run: &run, db: db)
        } else {
            var batch: [NormalisedPosting] = []
            batch.reserveCapacity(batchSize)
            for posting in postings {
                batch.append(posting)
                if batch.count == batchSize {
                    try write(batch, run: &run, db: db)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { try write(batch, run: &run, db: db) }
        }
        try db.writeTransaction { db in
            run.summary.expired += try expireLapsed(run: run, db: db)
            if complete { run.summary.expired += try deactivateVanished(run: run, db: db) }
        }
        PostingVectorFile.refreshQuietly(db)
        return run.summary
    }

    /// One transaction for the batch, written in bulk (the common case, and
    /// the fast one). If it loses a race with another writer storing the same
    /// listings (PostgreSQL: a unique violation on `unique_posting_source`, or
    /// a deadlock), it is written once more: the winner has committed, so the
    /// look-up now sees its rows. If it fails otherwise, it is written again
    /// with one savepoint per posting, so a posting that fails is rolled back
    /// alone and counted, and the others commit.
    func write(_ batch: [NormalisedPosting], run: inout IngestRun, db: Database) throws {
        var written: (summary: IngestSummary, pending: [PendingEmbedding])?
        for _ in 0..<2 {
            do {
                written = try attempt(batch, run: run, isolated: false, db: db)
                break
            } catch {
                run.companies.forget()
                guard Self.lostRace(error, db: db) else { break }
            }
        }
        if written == nil {
            do {
                written = try attempt(batch, run: run, isolated: true, db: db)
            } catch {
                run.companies.forget()
                throw error
            }
        }
        for posting in batch { run.seen.insert(posting.sourceIdentity) }
        run.summary = written?.summary ?? run.summary
        refreshStatisticsIfStale(run: &run, db: db)
        run.summary.embedded += embed(written?.pending ?? [], db: db, summary: &run.summary)
    }

    private func attempt(_ batch: [NormalisedPosting], run: IngestRun, isolated: Bool, db: Database) throws -> (
        summary: IngestSummary, pending: [PendingEmbedding]
    ) {
        var pending: [PendingEmbedding] = []
        var summary = run.summary
        func count(_ posting: NormalisedPosting, _ result: IngestResult, _ embed: UUID?) {
            summary.count(result)
            if let embed { pending.append(PendingEmbedding(id: embed, posting: posting)) }
        }
        try db.writeTransaction { db in
            // PostgreSQL: the batch's commit does not wait for its WAL to reach
            // the disk. A crash can lose the last few hundred milliseconds of
            // committed batches (never half a batch); ingest is idempotent and
            // the source is fetched again next run: the HTTP validators that
            // would skip it are written after ingest with an ordinary commit,
            // whose flush also makes every earlier batch durable.
            if db.dialect == .postgres { try db.execute("SET LOCAL synchronous_commit = off") }
            guard isolated else { return try store(batch, run: run, db: db, outcome: count) }
            for posting in batch {
                // A posting that lost a race is stored once more: the winner's row is visible now.
                for attempt in 0..<2 {
                    var outcome: (IngestResult, UUID?)?
                    do {
                        try db.transaction { db in
                            try store([posting], run: run, db: db) { outcome = ($1, $2) }
                        }
                        if let (result, embed) = outcome { count(posting, result, embed) }
                        break
                    } catch {
                        run.companies.forget()
                        if attempt == 0, Self.lostRace(error, db: db) { continue }
                        summary.failed += 1
                        summary.failures.append(
                            IngestFailure(
                                posting: posting.sourceIdentity.replacingOccurrences(of: "\u{1F}", with: ":"),
                                reason: Self.reason(error)))
                        break
                    }
                }
            }
        }
        return (summary, pending)
    }

    /// Whether `error` means another writer stored the same listing first.
    static func lostRace(_ error: any Error, db: Database) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        if error.code == .uniqueViolation { return error.constraint == "unique_posting_source" }
        return error.code == .busy && db.dialect == .postgres
    }

    package static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.constraint.map { "violates \($0)" } ?? error.message
        }
        return (error as? LocalizedError)?.errorDescription ?? String(describing: error)
    }
}

/// The state of one ingest call: the summary so far, what the source listed, and known companies.
struct IngestRun {
    var summary: IngestSummary
    let seenAt: Date
    let today: CalendarDate
    var seen: Set<String> = []
    let companies: CompanyResolver
    /// PostgreSQL: the postings its statistics counted when last refreshed (`-1`: never),
    /// and this run's additions at that moment (see `refreshStatisticsIfStale`).
    var analysedRows: Double?
    var addedWhenAnalysed = 0

    init(source: String, seenAt: Date) {
        summary = IngestSummary(source: source)
        self.seenAt = seenAt
        today = CalendarDate(utcDayOf: seenAt)
        companies = CompanyResolver(now: seenAt)
    }
}

/// A posting written in this run whose vector is now stale or missing.
struct PendingEmbedding {
    let id: UUID
    let text: String

    init(id: UUID, posting: NormalisedPosting) {
        self.id = id
        text = PendingEmbedding.text(title: posting.title, description: posting.description)
    }

    init(id: UUID, text: String) {
        self.id = id
        self.text = text
    }

    /// What is embedded: the title, a blank line, the description.
    static func text(title: String, description: String) -> String { title + "\n\n" + description }
}

extension IngestSummary {
    mutating func count(_ result: IngestResult) {
        switch result {
        case .new: new += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        case .merged: merged += 1
        case .expired: expired += 1
        }
    }
}
