// Stores normalised postings: new ones inserted, known ones updated in place
// or left alone, cross-source duplicates merged, vanished and expired ones
// made inactive — batched in transactions, one savepoint per posting.
import Foundation
internal import JobHuntDatabase

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
public struct PostingIngestor {
    /// Computes one vector per text (384 floats each), in the order given.
    /// An injected computation, so ingest works with or without a model.
    public typealias Embedder = ([String]) throws -> [[Float]]

    let services: Services
    let embedder: Embedder?
    /// Postings written per transaction: large enough to amortise the commit,
    /// small enough that a reader is never locked out for long.
    public var batchSize: Int
    /// Texts handed to the embedder per call.
    public var embeddingBatchSize: Int

    public init(services: Services, embedder: Embedder? = nil, batchSize: Int = 500, embeddingBatchSize: Int = 32) {
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
    public func ingest(
        _ postings: some Sequence<NormalisedPosting>, source: String, seenAt: Date, complete: Bool = true
    ) throws -> IngestSummary {
        let summary = try ingest(
            postings, source: source, seenAt: seenAt, complete: complete, db: try services.store.database())
        if summary.changedPostings { services.invalidateRecommendations() }
        return summary
    }

    func ingest(
        _ postings: some Sequence<NormalisedPosting>, source: String, seenAt: Date, complete: Bool, db: Database
    ) throws -> IngestSummary {
        var run = IngestRun(source: source, seenAt: seenAt)
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
        try db.writeTransaction { db in
            run.summary.expired += try expireLapsed(run: run, db: db)
            if complete { run.summary.expired += try deactivateVanished(run: run, db: db) }
        }
        return run.summary
    }

    /// One transaction for the batch. The batch is first written without
    /// savepoints (the common case, and the fast one); if anything in it fails,
    /// that transaction is rolled back and the batch is written again with one
    /// savepoint per posting, so a posting that fails is rolled back alone and
    /// counted, and the others commit.
    private func write(_ batch: [NormalisedPosting], run: inout IngestRun, db: Database) throws {
        var written: (summary: IngestSummary, pending: [PendingEmbedding])
        do {
            written = try attempt(batch, run: run, isolated: false, db: db)
        } catch {
            run.companies.forget()
            do {
                written = try attempt(batch, run: run, isolated: true, db: db)
            } catch {
                run.companies.forget()
                throw error
            }
        }
        for posting in batch { run.seen.insert(posting.sourceIdentity) }
        run.summary = written.summary
        run.summary.embedded += embed(written.pending, db: db, summary: &run.summary)
    }

    private func attempt(_ batch: [NormalisedPosting], run: IngestRun, isolated: Bool, db: Database) throws -> (
        summary: IngestSummary, pending: [PendingEmbedding]
    ) {
        var pending: [PendingEmbedding] = []
        var summary = run.summary
        try db.writeTransaction { db in
            for posting in batch {
                do {
                    let outcome =
                        isolated
                        ? try db.transaction { db in try store(posting, run: run, db: db) }
                        : try store(posting, run: run, db: db)
                    summary.count(outcome.result)
                    if let id = outcome.embed { pending.append(PendingEmbedding(id: id, posting: posting)) }
                } catch  where isolated {
                    run.companies.forget()
                    summary.failed += 1
                    summary.failures.append(
                        IngestFailure(
                            posting: posting.sourceIdentity.replacingOccurrences(of: "\u{1F}", with: ":"),
                            reason: Self.reason(error)))
                }
            }
        }
        return (summary, pending)
    }

    static func reason(_ error: any Error) -> String {
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
