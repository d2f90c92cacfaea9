// The seed's "user analytics dashboard" query: applications per week and how
// many of them got a positive response, newest week first. An application
// counts in the week it was submitted, or added when it never was.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// One row of the weekly query, keyed by the seed's column names.
package struct WeeklyActivity: Sendable, Equatable, Codable {
    /// The Monday that starts the week (UTC), as DATE_TRUNC('week', …) gives it.
    package var week: CalendarDate
    package var applicationsCount: Int
    /// Applications now `interviewed` or `offered` (the seed's definition).
    package var positiveResponses: Int

    package init(week: CalendarDate, applicationsCount: Int, positiveResponses: Int) {
        self.week = week
        self.applicationsCount = applicationsCount
        self.positiveResponses = positiveResponses
    }

    enum CodingKeys: String, CodingKey {
        case week
        case applicationsCount = "applications_count"
        case positiveResponses = "positive_responses"
    }

    package static let columns = ["week", "applications_count", "positive_responses"]

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        week =
            CalendarDate(try c.decode(String.self, forKey: .week))
            ?? CalendarDate(utcDayOf: Date(timeIntervalSince1970: 0))
        applicationsCount = try c.decode(Int.self, forKey: .applicationsCount)
        positiveResponses = try c.decode(Int.self, forKey: .positiveResponses)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(week.description, forKey: .week)
        try c.encode(applicationsCount, forKey: .applicationsCount)
        try c.encode(positiveResponses, forKey: .positiveResponses)
    }

    package var cells: [String] { [week.description, "\(applicationsCount)", "\(positiveResponses)"] }
}

extension AnalyticsService {
    /// The last `weeks` weeks (this one included), newest first; weeks with
    /// no application are included as zeros so charts keep their spacing.
    package func weekly(weeks: Int, for user: ActingUser) throws -> [WeeklyActivity] {
        let db = try services.store.database()
        let thisWeek = today.weekStart
        let firstWeek = thisWeek.adding(days: -7 * (weeks - 1))
        var found: [CalendarDate: WeeklyActivity] = [:]
        for row in try db.query(Self.weeklyQuery(userID: user.user.id, since: firstWeek, dialect: db.dialect)) {
            guard let week = CalendarDate(try row.get("week", as: String.self)) else { continue }
            found[week] = WeeklyActivity(
                week: week, applicationsCount: try row.get("applications_count"),
                positiveResponses: try row.get("positive_responses"))
        }
        return (0..<weeks).map { offset in
            let week = thisWeek.adding(days: -7 * offset)
            return found[week] ?? WeeklyActivity(week: week, applicationsCount: 0, positiveResponses: 0)
        }
    }

    /// The weekly query for one engine (the bench times and explains this very statement).
    ///
    /// `COALESCE(submitted_at, created_at)` is written exactly as
    /// `idx_applications_user_activity` indexes it, so the range reads the index.
    package static func weeklyQuery(userID: UUID, since: CalendarDate, dialect: SQLDialect) -> SQL {
        let week: SQL =
            switch dialect {
            case .postgres:
                "to_char(DATE_TRUNC('week', COALESCE(submitted_at, created_at) AT TIME ZONE 'UTC'), 'YYYY-MM-DD')"
            case .sqlite:
                "date(substr(COALESCE(submitted_at, created_at), 1, 10), '-6 days', 'weekday 1')"
            }
        return """
            SELECT \(sql: week) AS week, COUNT(*) AS applications_count,
                SUM(CASE WHEN status IN ('interviewed', 'offered') THEN 1 ELSE 0 END) AS positive_responses
            FROM applications
            WHERE user_id = \(userID) AND COALESCE(submitted_at, created_at) >= \(since.startOfDayUTC)
            GROUP BY 1
            ORDER BY 1 DESC
            """
    }
}
