// Fetches a run's sources on a small pool of threads and hands them back in the
// order given, so storing (one database connection) stays on the caller's thread.
import Foundation
import JobHuntKernel

/// Runs `fetch` for every source on up to `workers` threads.
///
/// A run of 200 boards is bound by its slowest host, not by the sum of them: while
/// one host is slow the other threads fetch other hosts' boards. A thread picks the
/// first source whose host (as its first URL names it) has fewer than `perHost`
/// sources being fetched, so a pile of boards on one API host cannot take every
/// thread while boards elsewhere wait; `HostConcurrencyGate` bounds the requests.
/// Fetching is blocking libcurl, so these are threads, not tasks: blocking Swift's
/// cooperative pool (one thread per core) would serialise the run on a small machine.
///
/// Results are handed over in order, so while the caller stores a slow early source
/// the later ones wait in memory. At most `ahead` sources are fetching or waiting
/// (each may hold up to the 20 MiB body cap): past that a thread starts only the source
/// the caller needs next, so a run of hundreds of boards stays bounded and can never
/// stall on its cap.
final class FetchPool: @unchecked Sendable {
    private let specs: [SourceSpec]
    private let hosts: [String]
    private let perHost: Int
    private let fetch: @Sendable (SourceSpec) -> SourceFetch
    private let condition = NSCondition()
    private let ahead: Int
    private var pending: [Int]
    private var running: [String: Int] = [:]
    private var results: [SourceFetch?]
    /// Sources started and not yet handed to the caller: fetching, or fetched and waiting.
    private var outstanding = 0
    /// The next index the caller will ask for: it takes them in order.
    private var wanted = 0
    /// Sources whose fetch has ended (documents, unchanged or failed).
    private var fetched = 0

    /// - Parameters:
    ///   - host: the host a source's first request goes to ("" when it reads a file).
    ///   - ahead: how many sources may be fetching or waiting for the caller; twice the threads by default.
    init(
        specs: [SourceSpec], workers: Int, perHost: Int, ahead: Int? = nil, host: (SourceSpec) -> String,
        fetch: @escaping @Sendable (SourceSpec) -> SourceFetch
    ) {
        self.specs = specs
        self.hosts = specs.map(host)
        self.perHost = max(perHost, 1)
        self.ahead = max(ahead ?? 2 * max(workers, 1), 1)
        self.fetch = fetch
        pending = Array(specs.indices)
        results = Array(repeating: nil, count: specs.count)
        for _ in 0..<min(max(workers, 1), max(specs.count, 1)) {
            let thread = Thread { [self] in work() }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    /// Waits for source `index`'s fetch; `waiting` hears the number of fetches ended so far
    /// each time it differs from `known` (then from the last one told) while waiting, on the
    /// caller's thread, never under the lock.
    func result(at index: Int, known: Int, waiting: (Int) -> Void) -> SourceFetch {
        var told = known
        condition.lock()
        while true {
            if let result = results[index] {
                results[index] = nil  // the caller owns it now; the pool keeps no documents
                outstanding -= 1
                wanted = index + 1
                condition.broadcast()  // a thread held back by the cap may start another
                condition.unlock()
                return result
            }
            let count = fetched
            if count != told {
                told = count
                condition.unlock()
                waiting(count)
                condition.lock()
                continue
            }
            condition.wait()
        }
    }

    /// Fetches ended so far.
    var fetchedCount: Int { condition.withLock { fetched } }

    private func work() {
        while let index = next() {
            let outcome = fetch(specs[index])
            condition.lock()
            results[index] = outcome
            fetched += 1
            let host = hosts[index]
            running[host, default: 1] -= 1
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The first pending source whose host has room, waiting while none has; nil when all are taken.
    /// With `ahead` sources outstanding, only the source the caller wants next may start.
    private func next() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !pending.isEmpty {
            if let position = pending.firstIndex(where: {
                (outstanding < ahead || $0 == wanted) && (hosts[$0].isEmpty || running[hosts[$0], default: 0] < perHost)
            }) {
                let index = pending.remove(at: position)
                running[hosts[index], default: 0] += 1
                outstanding += 1
                return index
            }
            condition.wait()
        }
        return nil
    }
}
