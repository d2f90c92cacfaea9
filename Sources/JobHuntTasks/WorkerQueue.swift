// The queue as a worker sees it: every user's due tasks, claimed one at a time
// under a lease, finished or failed only by the worker that holds the lease.
// Claims are short transactions: PostgreSQL skips rows another worker has
// locked (FOR UPDATE SKIP LOCKED), SQLite takes the write lock first
// (BEGIN IMMEDIATE), so two workers never claim the same task.
import Foundation
package import JobHuntDatabase
import JobHuntKernel

/// Claiming, lease renewal and outcomes, for one worker on one connection.
package struct WorkerQueue {
    let db: Database
    /// host:pid:thread, stored in `worker_id` while the task runs.
    package let workerID: String

    package init(services: Services, workerID: String) throws {
        self.db = try services.store.database()
        self.workerID = workerID
    }

    /// Takes the highest-priority due task of `types` (all when nil), longest
    /// due first, marks it running under a lease until `now + lease` and
    /// returns it; nil when nothing is due.
    package func claim(types: [TaskType]?, now: Date, lease: TimeInterval) throws -> AutomationTask? {
        let stamp = SQL.bindOnce(now)
        let sql: SQL = """
            UPDATE automation_tasks
            SET status = 'running', started_at = \(sql: stamp), lease_until = \(now.addingTimeInterval(lease)),
                worker_id = \(workerID), completed_at = NULL, updated_at = \(sql: stamp)
            WHERE id = (\(sql: Self.nextDue(types: types, now: stamp, dialect: db.dialect)))
            RETURNING \(sql: AutomationTask.selectColumns)
            """
        return try db.writeTransaction { db in try db.queryOne(sql) }.map(AutomationTask.decode)
    }

    /// The id of the task a claim takes: due, of `types`, highest priority
    /// then longest due, locked and skipped by other claims on PostgreSQL.
    /// It reads `idx_tasks_claim` (the tests check the plan).
    package static func nextDue(types: [TaskType]?, now: SQL, dialect: SQLDialect) -> SQL {
        let typeFilter: SQL =
            types.map { SQL.isIn("task_type", $0.map { $0.rawValue as (any DatabaseValueConvertible)? }) } ?? "1 = 1"
        let lock: SQL = dialect == .postgres ? "FOR UPDATE SKIP LOCKED" : ""
        return """
            SELECT id FROM automation_tasks
            WHERE status = 'pending' AND (scheduled_at IS NULL OR scheduled_at <= \(sql: now))
                AND \(sql: typeFilter)
            ORDER BY priority DESC, scheduled_at
            LIMIT 1 \(sql: lock)
            """
    }

    /// Moves the lease of a task this worker holds; false when it no longer
    /// holds it (the lease expired and another worker took the task back).
    package func renew(_ task: AutomationTask, now: Date, lease: TimeInterval) throws -> Bool {
        try db.execute(
            """
            UPDATE automation_tasks SET lease_until = \(now.addingTimeInterval(lease)), updated_at = \(now)
            WHERE id = \(task.id) AND worker_id = \(workerID) AND status = 'running'
            """) == 1
    }

    /// Records success; false when the lease was lost meanwhile (the result is then not recorded).
    package func complete(_ task: AutomationTask, result: String, now: Date) throws -> Bool {
        try db.execute(
            """
            UPDATE automation_tasks
            SET status = 'completed', completed_at = \(now), result_data = \(JSONText(result)),
                error_message = NULL, lease_until = NULL, updated_at = \(now)
            WHERE id = \(task.id) AND worker_id = \(workerID) AND status = 'running'
            """) == 1
    }

    /// What became of a failed attempt.
    package enum FailureOutcome: String, Sendable {
        /// Back in the queue, due after its backoff.
        case retrying
        /// Failed for good: permanent, or out of retries.
        case failed
        /// This worker no longer held the lease; nothing was recorded.
        case leaseLost
    }

    /// Records a failed attempt: pending again at `retryAt` while retries
    /// remain (and `permanent` is false), otherwise failed with `message`.
    package func fail(
        _ task: AutomationTask, message: String, permanent: Bool, retryAt: Date, now: Date
    ) throws -> FailureOutcome {
        let retrying = !permanent && task.retryCount < task.maxRetries
        let changed =
            retrying
            ? try db.execute(
                """
                UPDATE automation_tasks
                SET status = 'pending', retry_count = \(task.retryCount + 1), scheduled_at = \(retryAt),
                    error_message = \(message), lease_until = NULL, worker_id = NULL, updated_at = \(now)
                WHERE id = \(task.id) AND worker_id = \(workerID) AND status = 'running'
                """)
            : try db.execute(
                """
                UPDATE automation_tasks
                SET status = 'failed', completed_at = \(now), error_message = \(message), lease_until = NULL,
                    updated_at = \(now)
                WHERE id = \(task.id) AND worker_id = \(workerID) AND status = 'running'
                """)
        guard changed == 1 else { return .leaseLost }
        return retrying ? .retrying : .failed
    }

    /// Takes back every task whose lease expired (its worker died or hung):
    /// pending again and due now, counting a retry, or failed when it had
    /// none left. Returns how many. Safe to run from many workers at once:
    /// each row is updated by one of them, the others see it no longer running.
    @discardableResult
    package func reclaimExpired(now: Date) throws -> Int {
        let stamp = SQL.bindOnce(now)
        return try db.writeTransaction { db in
            try db.execute(
                """
                UPDATE automation_tasks
                SET status = CASE WHEN COALESCE(retry_count, 0) < COALESCE(max_retries, 3)
                        THEN 'pending' ELSE 'failed' END,
                    retry_count = CASE WHEN COALESCE(retry_count, 0) < COALESCE(max_retries, 3)
                        THEN COALESCE(retry_count, 0) + 1 ELSE retry_count END,
                    completed_at = CASE WHEN COALESCE(retry_count, 0) < COALESCE(max_retries, 3)
                        THEN NULL ELSE \(sql: stamp) END,
                    scheduled_at = \(sql: stamp),
                    error_message = 'the lease of worker ' || COALESCE(worker_id, '?') || ' expired before it finished',
                    lease_until = NULL, worker_id = NULL, updated_at = \(sql: stamp)
                WHERE status = 'running' AND lease_until < \(sql: stamp)
                """)
        }
    }

    /// Listens for added tasks (PostgreSQL); call again after a reconnection.
    package func listen() throws { try db.listen(TaskQueue.channel) }

    /// Waits for an added task or `timeout`, whichever comes first.
    package func wait(timeout: TimeInterval) throws -> Bool { try db.waitForNotification(timeout: timeout) }

    /// Closes this worker's connection.
    package func close() { db.close() }
}
