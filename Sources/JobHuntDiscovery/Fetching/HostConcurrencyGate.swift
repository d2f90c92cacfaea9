// At most a few requests in flight per host, however many fetch threads a run has.
import Foundation

/// Counts requests in flight per host key (`host[:port]`) and makes a thread wait
/// while its host already has `limit` of them.
///
/// The rate limiter spaces *starts*; this bounds *overlap*, which matters when a
/// host is slow: at one request a second and ten-second answers, the pacer alone
/// would let ten requests pile up on it.
final class HostConcurrencyGate: @unchecked Sendable {
    private let limit: Int
    private let condition = NSCondition()
    private var inFlight: [String: Int] = [:]

    init(limit: Int) { self.limit = max(limit, 1) }

    /// Waits for a free slot on `host` and takes it; pair with ``leave(_:)``.
    func enter(_ host: String) {
        condition.lock()
        defer { condition.unlock() }
        while inFlight[host, default: 0] >= limit { condition.wait() }
        inFlight[host, default: 0] += 1
    }

    /// Gives the slot back and wakes the threads waiting for one.
    func leave(_ host: String) {
        condition.lock()
        defer { condition.unlock() }
        let count = inFlight[host, default: 1] - 1
        inFlight[host] = count > 0 ? count : nil
        condition.broadcast()
    }
}
