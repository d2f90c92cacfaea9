// What one `jobhunt worker` run is allowed to do, as the CLI parsed it.
import Foundation

/// The limits and timings of a worker run.
package struct WorkerOptions: Sendable {
    /// Drain what is due, then stop (cron) instead of waiting for more.
    package var once: Bool
    /// Stop after this many tasks (across every thread); nil for no limit.
    package var maxTasks: Int?
    /// Claim no task after this long; the running ones finish.
    package var maxTime: TimeInterval?
    /// Only these types; nil for every registered type.
    package var types: [TaskType]?
    /// How long a claimed task is held before another worker may take it back.
    package var lease: TimeInterval
    /// Waits before retries.
    package var backoff: RetryBackoff
    /// The longest idle wait between looks at the queue; PostgreSQL usually
    /// wakes sooner, on a notification.
    package var pollInterval: TimeInterval

    package init(
        once: Bool = false, maxTasks: Int? = nil, maxTime: TimeInterval? = nil, types: [TaskType]? = nil,
        lease: TimeInterval = 300, backoff: RetryBackoff = RetryBackoff(), pollInterval: TimeInterval = 1
    ) {
        self.once = once
        self.maxTasks = maxTasks
        self.maxTime = maxTime
        self.types = types
        self.lease = lease
        self.backoff = backoff
        self.pollInterval = pollInterval
    }

    /// How often a running task's lease is renewed: a third of it, so two
    /// renewals can fail (a slow database) before it lapses.
    var renewInterval: TimeInterval { max(0.2, lease / 3) }
    /// How often expired leases and due schedules are looked for while busy.
    var maintenanceInterval: TimeInterval { max(1, min(lease / 2, 30)) }
}

/// What a worker tells its caller about each task and each problem; the CLI
/// prints them (one line per task), the core never does.
package enum WorkerEvent: Sendable {
    /// A task ended: completed, retrying, failed, or its lease was lost.
    case finished(TaskLogEntry)
    /// A schedule enqueued a task.
    case scheduled(schedule: String, user: UUID, task: UUID, slot: Date)
    /// Expired leases were taken back.
    case reclaimed(count: Int)
    /// The database was unreachable; the worker waits `retryIn` seconds and tries again.
    case databaseUnavailable(message: String, retryIn: TimeInterval)
}

/// One task's line in the worker's log.
package struct TaskLogEntry: Sendable, Encodable {
    package var task: String
    package var type: String
    package var user: String
    /// completed, retrying, failed or lease_lost.
    package var outcome: String
    package var attempt: Int
    package var seconds: Double
    package var worker: String
    package var error: String?
    package var retryAt: Date?
    /// How long the claim statement took, in milliseconds.
    package var claimMilliseconds: Double

    enum CodingKeys: String, CodingKey {
        case task, type, user, outcome, attempt, seconds, worker, error
        case retryAt = "retry_at"
        case claimMilliseconds = "claim_ms"
    }
}
