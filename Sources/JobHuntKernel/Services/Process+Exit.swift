// Starting a child process and noticing its exit when it happens, for the
// benchmarks that time cold commands and the tests that spawn hundreds.
import Foundation

extension Process {
    /// Runs the process and returns a wait that returns as soon as it exits.
    ///
    /// Foundation's `waitUntilExit` on Linux polls its run loop every 50 ms,
    /// so a child that exits at once is seen up to 50 ms late: enough to round
    /// a cold `discover match` from 101 ms up to 151 ms. This waits on the exit
    /// itself. It takes over `terminationHandler`.
    package func launchAwaitingExit() throws -> () -> Void {
        let exited = DispatchSemaphore(value: 0)
        terminationHandler = { _ in exited.signal() }
        try launchLock.withLock { try run() }
        return { exited.wait() }
    }
}

/// One launch at a time. Foundation's `Process.run()` on Linux has crashed
/// twice in a CI-style run (a bad pointer in a `memcpy` inside `run()`) while
/// the test runner's threads started many children at once; starting them
/// one after another costs a few milliseconds and the children still run
/// side by side.
private let launchLock = NSLock()
