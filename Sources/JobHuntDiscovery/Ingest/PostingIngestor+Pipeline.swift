// PostgreSQL's ingest loop with the writes off the calling thread: while the
// server inserts batch N, the caller's sequence (parsing, normalising) makes
// batch N+1, so the client's CPU and the server's overlap on two cores.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

extension PostingIngestor {
    /// Consumes `postings` a batch at a time and writes each batch on one
    /// background thread, at most one batch in flight.
    ///
    /// The writes stay strictly ordered, exactly as in the sequential loop:
    /// batch N+1 is handed over only after batch N has committed, so its
    /// look-up sees N's rows (a listing in both batches is `unchanged` the
    /// second time, never inserted twice). Only the sequence runs meanwhile on
    /// the calling thread; `run` and `db` are touched by the writer alone until
    /// it is joined. A batch that throws stops the run at the next hand-over,
    /// as the sequential loop stops at once; batches already committed stay.
    func writePipelined(_ postings: some Sequence<NormalisedPosting>, run: inout IngestRun, db: Database) throws {
        let writer = BatchWriter(run: run) { batch, run in try write(batch, run: &run, db: db) }
        defer { run = writer.finish() }
        var batch: [NormalisedPosting] = []
        batch.reserveCapacity(batchSize)
        for posting in postings {
            batch.append(posting)
            if batch.count == batchSize {
                try writer.submit(batch)
                batch = []
                batch.reserveCapacity(batchSize)
            }
        }
        if !batch.isEmpty { try writer.submit(batch) }
        try writer.wait()
    }
}

/// One serial background writer with a hand-over of one batch.
///
/// `@unchecked Sendable`: the state it guards (`run`, and the database the
/// `body` closure writes to) is only touched by the background thread while a
/// batch is in flight and by the caller after `wait()` has joined it; the
/// `DispatchGroup` wait is the happens-before edge between the two.
private final class BatchWriter: @unchecked Sendable {
    private let queue = DispatchQueue(label: "jobhunt.ingest.writer")
    private let group = DispatchGroup()
    private let body: ([NormalisedPosting], inout IngestRun) throws -> Void
    private var run: IngestRun
    private var failure: (any Error)?

    init(run: IngestRun, body: @escaping ([NormalisedPosting], inout IngestRun) throws -> Void) {
        self.run = run
        self.body = body
    }

    /// Waits for the batch in flight, rethrows its error, then starts `batch`.
    func submit(_ batch: [NormalisedPosting]) throws {
        try wait()
        group.enter()
        queue.async { [self] in
            defer { group.leave() }
            do { try body(batch, &run) } catch { failure = error }
        }
    }

    /// Joins the batch in flight; throws what it threw.
    func wait() throws {
        group.wait()
        if let failure {
            self.failure = nil
            throw failure
        }
    }

    /// The run's state once nothing is in flight.
    func finish() -> IngestRun {
        group.wait()
        return run
    }
}
