// The one way the fetching layer waits, injected so tests record waits instead of sleeping through them.
import Foundation
import JobHuntKernel

/// Waits between retries and for the rate limit.
package protocol FetchSleeper: Sendable {
    func sleep(for duration: Duration)
}

/// Really waits, blocking the calling thread (the fetch is blocking anyway).
package struct ThreadSleeper: FetchSleeper {
    package init() {}

    package func sleep(for duration: Duration) {
        let (seconds, attoseconds) = duration.components
        let interval = Double(seconds) + Double(attoseconds) / 1e18
        if interval > 0 { Thread.sleep(forTimeInterval: interval) }
    }
}
