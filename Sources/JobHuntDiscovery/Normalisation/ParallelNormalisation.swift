// A source's records read and normalised on several threads, a chunk at a
// time, and handed on strictly in input order: parsing and normalising are the
// client's largest costs in an ingest, a record is parsed on its own (see
// `SourceRecords`) and a `PostingNormaliser` is a value with no shared state,
// so the records of one chunk can be shared out between cores.
import Foundation
import JobHuntKernel

/// One raw posting and what normalising it gave: the posting, or why it was rejected.
package struct NormalisationOutcome: Sendable {
    package let raw: RawPosting
    package let result: Result<NormalisedPosting, JobHuntError>
}

/// What one record gave: a normalisation outcome, or the parse problem that skipped it.
package enum RecordOutcome: Sendable {
    case normalised(NormalisationOutcome)
    case problem(SourceRecordProblem)
}

/// The outcomes of reading each of `records` and normalising its posting, in input order.
///
/// Consumed lazily: when the consumer has taken every outcome of one chunk, the
/// next `chunkSize` records are read and normalised on up to `threads` threads
/// (the calling thread among them) before `next()` returns. So at most one chunk
/// of outcomes is held here, beside whatever the consumer keeps (the ingestor's
/// batch, and on PostgreSQL the one batch its writer has in flight); a document
/// split into records is never parsed whole. Each outcome is exactly what reading
/// that record and normalising its posting alone gives, whatever the number of
/// threads: records share nothing.
///
/// ```swift
/// for outcome in ParallelRecordNormalisation(records, normaliser: normaliser, chunkSize: 500) {
///     if case .normalised(let outcome) = outcome, case .success(let posting) = outcome.result { … }
/// }
/// ```
package struct ParallelRecordNormalisation: Sequence, Sendable {
    let records: SourceRecords
    let normaliser: PostingNormaliser
    package let chunkSize: Int
    package let threads: Int

    /// `threads` defaults to the cores this process may use; 1 works on the calling thread alone.
    package init(
        _ records: SourceRecords, normaliser: PostingNormaliser, chunkSize: Int = 500,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.records = records
        self.normaliser = normaliser
        self.chunkSize = Swift.max(1, chunkSize)
        self.threads = Swift.max(1, threads)
    }

    package func makeIterator() -> Iterator { Iterator(source: self) }

    package struct Iterator: IteratorProtocol {
        let source: ParallelRecordNormalisation
        var chunk: [RecordOutcome] = []
        var position = 0
        /// The first record not yet read.
        var unread = 0

        package mutating func next() -> RecordOutcome? {
            if position == chunk.count {
                guard unread < source.records.count else { return nil }
                let end = Swift.min(unread + source.chunkSize, source.records.count)
                chunk = source.outcomes(unread..<end)
                position = 0
                unread = end
            }
            defer { position += 1 }
            return chunk[position]
        }
    }

    /// The outcomes of `range`, computed on up to `threads` threads, in order.
    func outcomes(_ range: Range<Int>) -> [RecordOutcome] {
        let normaliser = normaliser
        let records = records
        @Sendable func outcome(_ index: Int) -> RecordOutcome {
            switch records.read(index) {
            case .problem(let problem): return .problem(problem)
            case .posting(let raw):
                return .normalised(
                    NormalisationOutcome(
                        raw: raw, result: Result { () throws(JobHuntError) in try normaliser.normalise(raw) }))
            }
        }
        let workers = Swift.min(threads, (range.count + Self.claim - 1) / Self.claim)
        guard workers > 1 else { return range.map(outcome) }
        let slots = OutcomeSlots(count: range.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            // Records are claimed a few at a time from a shared counter, so a thread
            // that loses its core to another process simply takes fewer.
            while let claimed = slots.claim(Self.claim) {
                for offset in claimed { slots.store(outcome(range.lowerBound + offset), at: offset) }
            }
        }
        return slots.outcomes()
    }

    /// Records a thread takes from the counter at a time (about a millisecond of work).
    static let claim = 8
}

/// The outcomes of normalising already parsed postings, in input order: a
/// ``ParallelRecordNormalisation`` whose records are the postings themselves.
///
/// ```swift
/// for outcome in ParallelNormalisation(parsed.postings, normaliser: normaliser, chunkSize: 500) {
///     if case .success(let posting) = outcome.result { … }
/// }
/// ```
package struct ParallelNormalisation: Sequence, Sendable {
    let records: ParallelRecordNormalisation
    package var chunkSize: Int { records.chunkSize }
    package var threads: Int { records.threads }

    /// `threads` defaults to the cores this process may use; 1 normalises on the calling thread alone.
    package init(
        _ postings: [RawPosting], normaliser: PostingNormaliser, chunkSize: Int = 500,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        records = ParallelRecordNormalisation(
            SourceRecords(postings: postings), normaliser: normaliser, chunkSize: chunkSize, threads: threads)
    }

    package func makeIterator() -> Iterator { Iterator(base: records.makeIterator()) }

    package struct Iterator: IteratorProtocol {
        var base: ParallelRecordNormalisation.Iterator

        package mutating func next() -> NormalisationOutcome? {
            // Records made from postings are never problems.
            guard case .normalised(let outcome) = base.next() else { return nil }
            return outcome
        }
    }
}

/// The outcomes of one chunk while threads fill it: each slot is written by the one
/// thread that claimed its index, and read only after `concurrentPerform` has joined them.
private final class OutcomeSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var claimed = 0
    private let count: Int
    private let slots: UnsafeMutablePointer<RecordOutcome?>

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// The next `size` unclaimed indices, or nil when every index is taken.
    func claim(_ size: Int) -> Range<Int>? {
        lock.withLock {
            guard claimed < count else { return nil }
            let range = claimed..<min(claimed + size, count)
            claimed = range.upperBound
            return range
        }
    }

    func store(_ outcome: RecordOutcome, at index: Int) { slots[index] = outcome }

    /// Every slot, in order; called once the threads have finished.
    func outcomes() -> [RecordOutcome] { (0..<count).map { slots[$0]! } }
}
