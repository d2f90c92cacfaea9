// How long a failed task waits before its next attempt: exponential in the
// attempt, capped, with jitter so tasks that failed together (an outage) do
// not all come back in the same second.
import Foundation

/// `base × 2^(retry-1)`, at most `cap`, then a uniformly random point in its upper half.
package struct RetryBackoff: Sendable, Equatable {
    /// The wait before the first retry, before jitter.
    package var base: TimeInterval
    package var cap: TimeInterval

    package init(base: TimeInterval = 30, cap: TimeInterval = 3600) {
        self.base = base
        self.cap = cap
    }

    /// The wait before retry number `retry` (1 for the first), with `unit` in
    /// 0..<1 choosing the jitter (random by default; fixed in tests).
    package func delay(retry: Int, unit: Double = Double.random(in: 0..<1)) -> TimeInterval {
        let exponent = Double(max(0, min(retry - 1, 30)))
        let full = min(cap, base * pow(2, exponent))
        return full / 2 + full / 2 * unit
    }
}
