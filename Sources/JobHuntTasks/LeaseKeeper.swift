// Keeps a running task's lease alive from a thread of its own, on a
// connection of its own (a Database is used by one thread at a time), so a
// long task is never taken back while its worker is alive, and a worker that
// dies (kill -9) stops renewing and loses it.
import Foundation

/// Renews one task's lease every `interval` until stopped.
final class LeaseKeeper: @unchecked Sendable {
    private let queue: WorkerQueue
    private let task: AutomationTask
    private let lease: TimeInterval
    private let interval: TimeInterval
    private let now: @Sendable () -> Date
    private let condition = NSCondition()
    private var stopped = false
    private var finished = false
    /// Set when a renewal found the task no longer held by this worker.
    private(set) var lost = false

    init(
        queue: WorkerQueue, task: AutomationTask, lease: TimeInterval, interval: TimeInterval,
        now: @escaping @Sendable () -> Date
    ) {
        self.queue = queue
        self.task = task
        self.lease = lease
        self.interval = interval
        self.now = now
    }

    func start() {
        let thread = Thread { [self] in loop() }
        thread.name = "jobhunt-lease"
        thread.start()
    }

    /// Stops renewing and waits for the renewal thread to finish its statement.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }

    private func loop() {
        condition.lock()
        while !stopped {
            _ = condition.wait(until: Date().addingTimeInterval(interval))
            if stopped { break }
            condition.unlock()
            // A failed renewal (the database restarting) is tried again next
            // interval; the lease outlasts two of them.
            let held = (try? queue.renew(task, now: now(), lease: lease)) ?? true
            condition.lock()
            if !held {
                lost = true
                break
            }
        }
        finished = true
        condition.broadcast()
        condition.unlock()
    }
}
