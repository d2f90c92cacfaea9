// The acting user's applications: add, list, show, change status, note,
// withdraw and remove. Every statement filters by the acting user's id, and
// every change writes its history row in the same transaction.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// Tracks one user's applications through the status pipeline.
///
/// Another user's application is "not found", exactly like an id that does
/// not exist: nothing here reads a row without `user_id = <acting user>`.
/// Each write runs in one write transaction with its
/// `application_status_history` row, then drops the cached pipeline summary
/// (`applications:status:{user_id}`).
///
/// ```swift
/// let service = ApplicationService(services: services)
/// let details = try service.add(NewApplication(source: .posting("0193a4f2"), status: .submitted), for: user)
/// try service.set(details.application.handle, StatusChange(status: .interviewed, interviews: [when]), for: user)
/// ```
package struct ApplicationService {
    let services: Services

    package init(services: Services) { self.services = services }

    /// Starts tracking an application; one per user and posting.
    @discardableResult
    package func add(_ new: NewApplication, for user: ActingUser) throws -> ApplicationDetails {
        let now = services.now()
        try new.check(now: now)
        let db = try services.store.database()
        let added = try db.writeTransaction { db in try insert(new, userID: user.user.id, now: now, db: db) }
        invalidateSummary(userID: user.user.id)
        return try details(added.id, userID: user.user.id)
    }

    /// Moves an application to `change.status` (or records new details under
    /// the same status) if the transition is allowed.
    @discardableResult
    package func set(_ reference: String, _ change: StatusChange, for user: ActingUser) throws -> ApplicationDetails {
        let now = services.now()
        let db = try services.store.database()
        let changed = try db.writeTransaction { db in
            let current = try resolve(reference, userID: user.user.id, db: db)
            try change.check(against: current, now: now)
            let next = change.applied(to: current, now: now)
            try update(next, db: db)
            try record(
                next.status, note: change.historyNote(from: current.status), by: change.changedBy,
                at: next.lastStatusUpdate ?? now, applicationID: next.id, db: db)
            return next
        }
        invalidateSummary(userID: user.user.id)
        return try details(changed.id, userID: user.user.id)
    }

    /// Withdraws an application: `set` to `withdrawn`, allowed from any open status.
    @discardableResult
    package func withdraw(_ reference: String, note: String? = nil, for user: ActingUser) throws -> ApplicationDetails {
        try set(reference, StatusChange(status: .withdrawn, note: note), for: user)
    }

    /// Adds a line to the application's notes and a history row under its current status.
    @discardableResult
    package func note(
        _ reference: String, _ text: String, by changer: StatusChanger = .user, for user: ActingUser
    ) throws -> ApplicationDetails {
        try ApplicationRules.note(text)
        let now = services.now()
        let db = try services.store.database()
        let noted = try db.writeTransaction { db in
            var application = try resolve(reference, userID: user.user.id, db: db)
            let line = text.trimmingCharacters(in: .whitespacesAndNewlines)
            application.notes = [application.notes, line].compactMap { $0 }.joined(separator: "\n")
            application.updatedAt = now
            try update(application, db: db)
            try record(application.status, note: line, by: changer, at: now, applicationID: application.id, db: db)
            return application
        }
        invalidateSummary(userID: user.user.id)
        return try details(noted.id, userID: user.user.id)
    }

    /// Deletes an application; its history goes with it (`ON DELETE CASCADE`).
    @discardableResult
    package func remove(_ reference: String, for user: ActingUser) throws -> Application {
        let db = try services.store.database()
        let removed = try db.writeTransaction { db in
            let application = try resolve(reference, userID: user.user.id, db: db)
            try db.execute(
                "DELETE FROM applications WHERE id = \(application.id) AND user_id = \(application.userID)")
            return application
        }
        invalidateSummary(userID: user.user.id)
        return removed
    }

    /// The application `reference` names (an id, or a unique start or end of one).
    package func application(_ reference: String, for user: ActingUser) throws -> Application {
        try resolve(reference, userID: user.user.id, db: try services.store.database())
    }

    /// The application with its posting, history and what is due.
    package func details(_ reference: String, for user: ActingUser) throws -> ApplicationDetails {
        try details(try application(reference, for: user).id, userID: user.user.id)
    }

    /// Every change to the application, oldest first.
    package func history(_ reference: String, for user: ActingUser) throws -> (Application, [StatusHistoryEntry]) {
        let db = try services.store.database()
        let application = try resolve(reference, userID: user.user.id, db: db)
        return (application, try history(of: application.id, db: db))
    }

    var today: CalendarDate { CalendarDate(utcDayOf: services.now()) }
}
