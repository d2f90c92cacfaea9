// What sending an application (JobHuntSubmission) needs of the tracker, on the
// caller's transaction: find the application, move it to submitted with the
// same rules and history as `status set`, and note a failed attempt.
import Foundation
package import JobHuntDatabase
import JobHuntKernel

extension ApplicationService {
    /// The acting user's application `reference` names, read on `db`.
    package func application(_ reference: String, userID: UUID, on db: Database) throws -> Application {
        try resolve(reference, userID: userID, db: db)
    }

    /// Moves `application` to submitted after it was sent: the transition
    /// `status set APP submitted` makes (refused unless it is pending), with
    /// `application_method`, `submitted_at` and a history row by `changer`.
    package func markSubmitted(
        _ application: Application, method: ApplicationMethod, note: String?, by changer: StatusChanger,
        at now: Date, on db: Database
    ) throws -> Application {
        let change = StatusChange(status: .submitted, note: note, changedBy: changer)
        try change.check(against: application, now: now)
        var next = change.applied(to: application, now: now)
        next.applicationMethod = method
        try update(next, db: db)
        try record(
            next.status, note: change.historyNote(from: application.status), by: changer, at: now,
            applicationID: next.id, db: db)
        return next
    }

    /// A history row under the application's current status (a failed send),
    /// leaving the application itself as it is.
    package func recordHistory(
        _ application: Application, note: String, by changer: StatusChanger, at now: Date, on db: Database
    ) throws {
        try record(application.status, note: note, by: changer, at: now, applicationID: application.id, db: db)
    }

    /// Drops the cached pipeline counts after a write made on the caller's transaction.
    package func invalidatePipelineSummary(userID: UUID) { invalidateSummary(userID: userID) }
}
