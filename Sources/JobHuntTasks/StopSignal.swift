// A flag the CLI's SIGTERM/SIGINT handler raises and every worker thread
// reads between tasks: the current task finishes, no new one is claimed.
import Foundation

/// Set once, read often, from any thread.
package final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    package init() {}

    package func raise() { lock.withLock { raised = true } }
    package var isRaised: Bool { lock.withLock { raised } }

    /// Sleeps up to `seconds`, waking early when raised.
    func sleep(_ seconds: TimeInterval) {
        let end = Date().addingTimeInterval(seconds)
        while !isRaised, Date() < end { Thread.sleep(forTimeInterval: min(0.1, end.timeIntervalSinceNow)) }
    }
}
