// Where a discover run is, reported to an observer the CLI draws as a
// progress line; the core itself never prints.
import Foundation
import JobHuntKernel

/// One source's progress through fetch, parse and store.
///
/// ``DiscoveryService/run(_:companyName:progress:)`` hands a value to its
/// observer whenever the stage changes and as postings are stored, so a
/// terminal can show `[2/3] greenhouse:acme  storing  120/300`.
package struct DiscoveryProgress: Sendable, Equatable {
    package enum Stage: String, Sendable {
        /// Asking the server (or reading the file); nothing is counted yet.
        case fetching
        /// The documents are in (`documents`); their postings are being read.
        case parsing
        /// `stored` of `parsed` postings have gone to normalisation and the database.
        case storing
    }

    /// The source as given: `greenhouse:acme`.
    package var source: String
    /// 1-based position of the source in the run, and how many sources there are.
    package var position: Int
    package var sourceCount: Int
    package var stage: Stage
    /// Documents fetched (one, or one per Lever page).
    package var documents = 0
    /// Postings to normalise and store (records, for a document read record by record inside
    /// ingest: a record that turns out a problem is never stored): the total that `stored` counts up to.
    package var parsed = 0
    /// Postings handed to the store so far.
    package var stored = 0
    /// The whole run: sources whose fetch has ended (they are fetched several at a time,
    /// ahead of the one being stored), postings stored from every source so far, and the
    /// time since the run started; a terminal shows them as boards done, postings and a rate.
    package var fetched = 0
    package var postings = 0
    package var elapsed: Duration = .zero

    package init(source: String, position: Int, sourceCount: Int, stage: Stage) {
        self.source = source
        self.position = position
        self.sourceCount = sourceCount
        self.stage = stage
    }
}

/// Called on the thread that called `run`, never on a fetch thread, with each new state; must return quickly.
package typealias DiscoveryProgressObserver = (DiscoveryProgress) -> Void

/// Counts postings as the ingestor pulls them and tells the observer, every
/// `step` postings and at the last, without holding them all in memory.
struct ProgressCountingSequence<Base: Sequence>: Sequence {
    let base: Base
    let step: Int
    let onCount: (Int) -> Void

    func makeIterator() -> Iterator { Iterator(base: base.makeIterator(), step: Swift.max(step, 1), onCount: onCount) }

    struct Iterator: IteratorProtocol {
        var base: Base.Iterator
        let step: Int
        let onCount: (Int) -> Void
        var count = 0

        mutating func next() -> Base.Element? {
            guard let element = base.next() else {
                if count % step != 0 { onCount(count) }
                return nil
            }
            count += 1
            if count % step == 0 { onCount(count) }
            return element
        }
    }
}
