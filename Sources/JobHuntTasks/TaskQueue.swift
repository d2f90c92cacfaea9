// The queue as a person sees it: add, list, show, cancel and retry their own
// tasks. Every statement filters by the acting user's id; the worker's
// cross-user claiming is in TaskQueue+Claim.swift.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// The acting user's tasks in `automation_tasks`.
package struct TaskQueue {
    let services: Services
    let registry: TaskHandlerRegistry
    /// The PostgreSQL channel an added task wakes idle workers on.
    package static let channel = "jobhunt_tasks"

    package init(services: Services, registry: TaskHandlerRegistry) {
        self.services = services
        self.registry = registry
    }

    /// Checks `new` with its type's handler and stores it pending; idle
    /// workers on PostgreSQL wake when it commits.
    ///
    /// - Throws: `.taskUnknownType`, `.taskInvalidConfig`, `.taskInvalidValue`,
    ///   or whatever the handler's `validate` throws.
    package func add(_ new: NewTask, for actor: ActingUser) throws -> AutomationTask {
        try new.checkValues()
        let handler = try registry.handler(named: new.type.rawValue)
        try handler.validate(
            TaskRequest(type: new.type, config: new.config, applicationID: new.applicationID, user: actor),
            services: services)
        let db = try services.store.database()
        let now = services.now()
        let id = UUID()
        try db.writeTransaction { db in
            try Self.insert(new, id: id, userID: actor.user.id, now: now, db: db)
            try db.notify(Self.channel)
        }
        return try task(id: id, userID: actor.user.id, db: db)
    }

    /// Inserts one pending task; the caller holds the transaction.
    static func insert(_ new: NewTask, id: UUID, userID: UUID, now: Date, db: Database) throws {
        let stamp = SQL.bindOnce(now)
        try db.execute(
            """
            INSERT INTO automation_tasks (id, user_id, application_id, task_type, status, priority, scheduled_at,
                retry_count, max_retries, task_config, created_at, updated_at)
            VALUES (\(id), \(userID), \(new.applicationID), \(new.type.rawValue), 'pending', \(new.priority),
                \(new.scheduledAt ?? now), 0, \(new.maxRetries), \(try JSONText(encoding: new.config)),
                \(sql: stamp), \(sql: stamp))
            """)
    }

    /// The acting user's tasks, newest first, optionally only these statuses and this type.
    package func list(for actor: ActingUser, statuses: [TaskStatus] = [], type: TaskType? = nil, limit: Int = 1000)
        throws -> [AutomationTask]
    {
        var filters: [SQL] = ["user_id = \(actor.user.id)"]
        if !statuses.isEmpty {
            filters.append(SQL.isIn("status", statuses.map { $0.rawValue as (any DatabaseValueConvertible)? }))
        }
        if let type { filters.append("task_type = \(type.rawValue)") }
        return try services.store.database().query(
            """
            SELECT \(sql: AutomationTask.selectColumns) FROM automation_tasks
            WHERE \(sql: filters.joined(separator: " AND "))
            ORDER BY created_at DESC, id DESC LIMIT \(limit)
            """
        ).map(AutomationTask.decode)
    }

    /// One of the acting user's tasks by its id or a unique start of it (at least 4 characters).
    package func show(_ reference: String, for actor: ActingUser) throws -> AutomationTask {
        try resolve(reference, userID: actor.user.id, db: try services.store.database())
    }

    /// Cancels a pending task (or a failed one, so it is not retried by hand by mistake).
    package func cancel(_ reference: String, for actor: ActingUser) throws -> AutomationTask {
        try change(reference, for: actor) { task, db, now in
            guard task.status == .pending || task.status == .failed else {
                let reason =
                    task.status == .running
                    ? "a running task finishes or fails on its own; cancel its retries if it fails"
                    : "only pending and failed tasks can be cancelled"
                throw JobHuntError.taskWrongState(task, reason)
            }
            return try db.execute(
                """
                UPDATE automation_tasks SET status = 'cancelled', completed_at = \(now), updated_at = \(now)
                WHERE id = \(task.id) AND user_id = \(task.userID) AND status = \(task.status.rawValue)
                """)
        }
    }

    /// Puts a failed (or cancelled) task back in the queue, due now, with no retries used.
    package func retry(_ reference: String, for actor: ActingUser) throws -> AutomationTask {
        try change(reference, for: actor) { task, db, now in
            guard task.status == .failed || task.status == .cancelled else {
                throw JobHuntError.taskWrongState(task, "only failed and cancelled tasks can be retried")
            }
            let changed = try db.execute(
                """
                UPDATE automation_tasks SET status = 'pending', retry_count = 0, scheduled_at = \(now),
                    started_at = NULL, completed_at = NULL, lease_until = NULL, worker_id = NULL,
                    updated_at = \(now)
                WHERE id = \(task.id) AND user_id = \(task.userID) AND status = \(task.status.rawValue)
                """)
            try db.notify(Self.channel)
            return changed
        }
    }

    /// Applies `body` to the task in a write transaction; a task that changed
    /// state meanwhile (a worker claimed it) is reported as it now is.
    private func change(
        _ reference: String, for actor: ActingUser, _ body: (AutomationTask, Database, Date) throws -> Int
    ) throws -> AutomationTask {
        let db = try services.store.database()
        let now = services.now()
        let id = try db.writeTransaction { db in
            let task = try resolve(reference, userID: actor.user.id, db: db)
            guard try body(task, db, now) == 1 else {
                let current = try self.task(id: task.id, userID: actor.user.id, db: db)
                throw JobHuntError.taskWrongState(current, "it changed while this command ran; look again")
            }
            return task.id
        }
        return try task(id: id, userID: actor.user.id, db: db)
    }

    func task(id: UUID, userID: UUID, db: Database) throws -> AutomationTask {
        guard
            let row = try db.queryOne(
                """
                SELECT \(sql: AutomationTask.selectColumns) FROM automation_tasks
                WHERE id = \(id) AND user_id = \(userID)
                """)
        else { throw JobHuntError.taskNotFound(id.uuidString.lowercased()) }
        return try AutomationTask.decode(row)
    }

    private func resolve(_ reference: String, userID: UUID, db: Database) throws -> AutomationTask {
        let text = reference.trimmingCharacters(in: .whitespaces).lowercased()
        if let id = UUID(uuidString: text) { return try task(id: id, userID: userID, db: db) }
        guard text.count >= 4, text.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw JobHuntError.taskNotFound(reference)
        }
        let rows = try db.query(
            """
            SELECT \(sql: AutomationTask.selectColumns) FROM automation_tasks
            WHERE user_id = \(userID) AND CAST(id AS TEXT) LIKE \(text + "%") LIMIT 2
            """)
        switch rows.count {
        case 0: throw JobHuntError.taskNotFound(reference)
        case 1: return try AutomationTask.decode(rows[0])
        default:
            let count =
                try db.scalar(
                    """
                    SELECT COUNT(*) FROM automation_tasks
                    WHERE user_id = \(userID) AND CAST(id AS TEXT) LIKE \(text + "%")
                    """, as: Int.self) ?? rows.count
            throw JobHuntError.taskAmbiguous(reference, count: count)
        }
    }
}
