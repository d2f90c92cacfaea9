// Spaces requests to one host through the Cache seam's counters, so every process sharing Redis shares the pace.
import Foundation
internal import JobHuntIO
import JobHuntKernel

/// A fixed-window limit per host: at most `requests` per `window`. With Redis the
/// counter is shared by every jobhunt process; with `NoCache` it holds per process
/// (the counter's scope says which).
final class HostRateLimiter: Sendable {
    private let cache: any Cache
    private let requests: Int
    private let window: Duration
    private let sleeper: any FetchSleeper

    init(cache: any Cache, requests: Int, window: Duration, sleeper: any FetchSleeper) {
        self.cache = cache
        self.requests = max(requests, 1)
        self.window = window
        self.sleeper = sleeper
    }

    /// The counter name: one per scheme-less host and port, the same in every process.
    static func key(for host: String) -> CacheKey { CacheKey("jobhunt:fetch:rate:\(host.lowercased())") }

    /// Waits until `host` may be asked again and takes the slot.
    /// - Returns: how long it waited (zero when a slot was free), for the caller's records.
    @discardableResult
    func acquire(host: String) -> Duration {
        var waited = Duration.zero
        while true {
            let counter = cache.increment(Self.key(for: host), by: 1, window: window)
            if counter.count <= requests { return waited }
            let pause = max(counter.resetsIn, .milliseconds(1))
            sleeper.sleep(for: pause)
            waited += pause
        }
    }
}
