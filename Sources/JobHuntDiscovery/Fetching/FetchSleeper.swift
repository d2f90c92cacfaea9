// The one way the fetching layer waits, injected so tests record waits instead of sleeping through them.
import Foundation

/// Waits between retries and for the rate limit.
public protocol FetchSleeper: Sendable {
    func sleep(for duration: Duration)
}

/// Really waits, blocking the calling thread (the fetch is blocking anyway).
public struct ThreadSleeper: FetchSleeper {
    public init() {}

    public func sleep(for duration: Duration) {
        let (seconds, attoseconds) = duration.components
        let interval = Double(seconds) + Double(attoseconds) / 1e18
        if interval > 0 { Thread.sleep(forTimeInterval: interval) }
    }
}
