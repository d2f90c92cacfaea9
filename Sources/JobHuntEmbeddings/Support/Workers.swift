// Runs a number of work items on at most a given number of threads, handing
// items out one at a time so a thread slowed by another process on its core
// simply takes fewer.
import Foundation

/// Bounded parallel loops.
///
/// `DispatchQueue.concurrentPerform` alone would use every core; here it
/// starts `threads` loops that pull item numbers from a shared counter, so
/// `SentenceEmbedder(threads:)` is a real limit.
enum Workers {
    static func run(threads: Int, items: Int, _ body: @Sendable (Int) -> Void) {
        if threads <= 1 || items <= 1 {
            for item in 0..<items { body(item) }
            return
        }
        let counter = Counter()
        DispatchQueue.concurrentPerform(iterations: min(threads, items)) { _ in
            while let item = counter.next(below: items) { body(item) }
        }
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func next(below limit: Int) -> Int? {
            lock.withLock {
                guard value < limit else { return nil }
                defer { value += 1 }
                return value
            }
        }
    }
}
