// `jobhunt schedule add|list|remove`, and the worker's side: enqueue each
// schedule's due slot exactly once however many workers look at the same time.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// The acting user's schedules, and firing every user's.
package struct ScheduleService {
    let services: Services
    let registry: TaskHandlerRegistry
    /// A worker that was down longer than this fires only slots within it
    /// (one task, for the latest), rather than walking a long gap minute by minute.
    static let catchUpWindow: TimeInterval = 86_400

    package init(services: Services, registry: TaskHandlerRegistry) {
        self.services = services
        self.registry = registry
    }

    /// Stores a schedule after checking the expression and the task as `tasks add` would.
    package func add(name: String, cron: String, task new: NewTask, for actor: ActingUser) throws -> TaskSchedule {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 100 else {
            throw JobHuntError.taskInvalid("name", "a schedule needs a name of 1 to 100 characters")
        }
        let expression = try CronExpression(parsing: cron)
        guard expression.next(after: services.now()) != nil else {
            throw CronExpression.invalid("'\(cron)' never fires")
        }
        try new.checkValues()
        try registry.handler(named: new.type.rawValue).validate(
            TaskRequest(type: new.type, config: new.config, applicationID: new.applicationID, user: actor),
            services: services)
        let db = try services.store.database()
        let now = services.now()
        let id = UUID()
        do {
            _ = try db.writeTransaction { db in
                try db.execute(
                    """
                    INSERT INTO task_schedules (id, user_id, application_id, name, cron_expression, task_type,
                        task_config, priority, max_retries, last_slot, created_at, updated_at)
                    VALUES (\(id), \(actor.user.id), \(new.applicationID), \(trimmed), \(expression.description),
                        \(new.type.rawValue), \(try JSONText(encoding: new.config)), \(new.priority),
                        \(new.maxRetries), \(Self.minute(of: now)), \(now), \(now))
                    """)
            }
        } catch DatabaseError.Code.uniqueViolation {
            // unique_user_schedule_name (SQLite names it after its own index): the id is new.
            throw JobHuntError.scheduleDuplicate(trimmed)
        }
        return try schedule(named: trimmed, userID: actor.user.id, db: db)
    }

    /// The acting user's schedules by name.
    package func list(for actor: ActingUser) throws -> [TaskSchedule] {
        try services.store.database().query(
            """
            SELECT \(sql: TaskSchedule.selectColumns) FROM task_schedules
            WHERE user_id = \(actor.user.id) ORDER BY name
            """
        ).map(TaskSchedule.decode)
    }

    /// Removes a schedule; the tasks it enqueued stay.
    package func remove(_ name: String, for actor: ActingUser) throws -> TaskSchedule {
        let db = try services.store.database()
        let schedule = try schedule(named: name, userID: actor.user.id, db: db)
        try db.execute("DELETE FROM task_schedules WHERE id = \(schedule.id) AND user_id = \(actor.user.id)")
        return schedule
    }

    /// For every user's schedules: when a slot passed since the last one
    /// enqueued, moves `last_slot` to the latest such slot and enqueues one
    /// task, in one transaction. The move is conditional on `last_slot` being
    /// what this worker read, so when several workers try the same slot one
    /// succeeds and the rest change nothing. Returns what was enqueued.
    package func enqueueDue(now: Date) throws -> [(schedule: TaskSchedule, task: UUID, slot: Date)] {
        let db = try services.store.database()
        let schedules = try db.query("SELECT \(sql: TaskSchedule.selectColumns) FROM task_schedules").map(
            TaskSchedule.decode)
        var fired: [(schedule: TaskSchedule, task: UUID, slot: Date)] = []
        for schedule in schedules {
            guard let expression = try? CronExpression(parsing: schedule.cron) else { continue }
            let floor = max(
                (schedule.lastSlot ?? schedule.createdAt ?? now).addingTimeInterval(60),
                now.addingTimeInterval(-Self.catchUpWindow))
            guard let slot = expression.latest(atOrBefore: now, notBefore: floor) else { continue }
            let id = UUID()
            let enqueued = try db.writeTransaction { db -> Bool in
                let previous: SQL =
                    schedule.lastSlot.map { "last_slot = \($0)" } ?? "last_slot IS NULL"
                let moved = try db.execute(
                    """
                    UPDATE task_schedules SET last_slot = \(slot), updated_at = \(now)
                    WHERE id = \(schedule.id) AND \(sql: previous)
                    """)
                guard moved == 1 else { return false }
                let new = NewTask(
                    type: schedule.type, config: schedule.config, applicationID: schedule.applicationID,
                    priority: schedule.priority, scheduledAt: slot, maxRetries: schedule.maxRetries)
                try TaskQueue.insert(new, id: id, userID: schedule.userID, now: now, db: db)
                try db.notify(TaskQueue.channel)
                return true
            }
            if enqueued { fired.append((schedule, id, slot)) }
        }
        return fired
    }

    private func schedule(named name: String, userID: UUID, db: Database) throws -> TaskSchedule {
        guard
            let row = try db.queryOne(
                """
                SELECT \(sql: TaskSchedule.selectColumns) FROM task_schedules
                WHERE user_id = \(userID) AND name = \(name)
                """)
        else { throw JobHuntError.scheduleNotFound(name) }
        return try TaskSchedule.decode(row)
    }

    /// `date` truncated to its minute: the slot a schedule created then is in.
    static func minute(of date: Date) -> Date {
        Date(timeIntervalSinceReferenceDate: (date.timeIntervalSinceReferenceDate / 60).rounded(.down) * 60)
    }
}
