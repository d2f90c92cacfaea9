// A source's raw postings normalised on several threads, a chunk at a time,
// and handed on strictly in input order: normalising is the client's largest
// cost in an ingest, and a `PostingNormaliser` is a value with no shared
// state, so the postings of one chunk can be shared out between cores.
import Foundation
import JobHuntKernel

/// One raw posting and what normalising it gave: the posting, or why it was rejected.
package struct NormalisationOutcome: Sendable {
    package let raw: RawPosting
    package let result: Result<NormalisedPosting, JobHuntError>
}

/// The outcomes of `normaliser.normalise` over `postings`, in input order.
///
/// Consumed lazily: when the consumer has taken every outcome of one chunk,
/// the next `chunkSize` postings are normalised on up to `threads` threads
/// (the calling thread among them) before `next()` returns. So at most one
/// chunk of outcomes is held here, beside whatever the consumer keeps (the
/// ingestor's batch, and on PostgreSQL the one batch its writer has in
/// flight). Each outcome is exactly what `normalise` gives for that posting
/// alone, whatever the number of threads: the postings share nothing.
///
/// ```swift
/// for outcome in ParallelNormalisation(parsed.postings, normaliser: normaliser, chunkSize: 500) {
///     if case .success(let posting) = outcome.result { … }
/// }
/// ```
package struct ParallelNormalisation: Sequence, Sendable {
    let postings: [RawPosting]
    let normaliser: PostingNormaliser
    package let chunkSize: Int
    package let threads: Int

    /// `threads` defaults to the cores this process may use; 1 normalises on the calling thread alone.
    package init(
        _ postings: [RawPosting], normaliser: PostingNormaliser, chunkSize: Int = 500,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.postings = postings
        self.normaliser = normaliser
        self.chunkSize = Swift.max(1, chunkSize)
        self.threads = Swift.max(1, threads)
    }

    package func makeIterator() -> Iterator { Iterator(source: self) }

    package struct Iterator: IteratorProtocol {
        let source: ParallelNormalisation
        var chunk: [NormalisationOutcome] = []
        var position = 0
        /// The first posting not yet normalised.
        var unread = 0

        package mutating func next() -> NormalisationOutcome? {
            if position == chunk.count {
                guard unread < source.postings.count else { return nil }
                let end = Swift.min(unread + source.chunkSize, source.postings.count)
                chunk = source.normalise(unread..<end)
                position = 0
                unread = end
            }
            defer { position += 1 }
            return chunk[position]
        }
    }

    /// The outcomes of `range`, computed on up to `threads` threads, in order.
    func normalise(_ range: Range<Int>) -> [NormalisationOutcome] {
        let normaliser = normaliser
        let postings = postings
        @Sendable func outcome(_ index: Int) -> NormalisationOutcome {
            let raw = postings[index]
            return NormalisationOutcome(
                raw: raw, result: Result { () throws(JobHuntError) in try normaliser.normalise(raw) })
        }
        let workers = Swift.min(threads, (range.count + Self.claim - 1) / Self.claim)
        guard workers > 1 else { return range.map(outcome) }
        let slots = OutcomeSlots(count: range.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            // Postings are claimed a few at a time from a shared counter, so a thread
            // that loses its core to another process simply takes fewer.
            while let claimed = slots.claim(Self.claim) {
                for offset in claimed { slots.store(outcome(range.lowerBound + offset), at: offset) }
            }
        }
        return slots.outcomes()
    }

    /// Postings a thread takes from the counter at a time (about a millisecond of work).
    static let claim = 8
}

/// The outcomes of one chunk while threads fill it: each slot is written by the one
/// thread that claimed its index, and read only after `concurrentPerform` has joined them.
private final class OutcomeSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var claimed = 0
    private let count: Int
    private let slots: UnsafeMutablePointer<NormalisationOutcome?>

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

    func store(_ outcome: NormalisationOutcome, at index: Int) { slots[index] = outcome }

    /// Every slot, in order; called once the threads have finished.
    func outcomes() -> [NormalisationOutcome] { (0..<count).map { slots[$0]! } }
}
