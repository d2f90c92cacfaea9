// The acting user's analytics: daily rollups into `user_analytics`, the
// cached finished days, and the reports built on them. Every statement that
// reads a person's data filters by the acting user's id.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// Rolls up and reports one user's job search.
///
/// A finished day (before today, UTC) is rolled up once into
/// `user_analytics` and cached under `analytics:daily:{user_id}:{date}`;
/// today is computed afresh on every read and never stored or cached, since
/// it is still changing. Every report first rolls up the finished days that
/// have no row yet (`ensureRolledUp`).
///
/// ```swift
/// let analytics = AnalyticsService(services: services, estimates: TimeSavedEstimates())
/// let overview = try analytics.overview(weeks: 8, for: user)
/// ```
package struct AnalyticsService {
    let services: Services
    let estimates: TimeSavedEstimates

    package init(services: Services, estimates: TimeSavedEstimates = TimeSavedEstimates()) {
        self.services = services
        self.estimates = estimates
    }

    /// Today, UTC.
    package var today: CalendarDate { CalendarDate(utcDayOf: services.now()) }

    /// The first day the user has anything to count: the account's creation
    /// or the earliest application (`--date` may put one before the account).
    func firstDay(userID: UUID, db: Database) throws -> CalendarDate {
        let row = try db.queryOne(
            """
            SELECT (SELECT created_at FROM users WHERE id = \(userID)) AS joined,
                (SELECT MIN(created_at) FROM applications WHERE user_id = \(userID)) AS first_added,
                (SELECT MIN(submitted_at) FROM applications WHERE user_id = \(userID)) AS first_sent
            """)
        let dates = try ["joined", "first_added", "first_sent"].compactMap { try row?.optional($0, as: Date.self) }
        return CalendarDate(utcDayOf: dates.min() ?? services.now())
    }
}
