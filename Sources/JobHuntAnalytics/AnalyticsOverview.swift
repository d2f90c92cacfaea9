// `jobhunt analytics`: the weekly query, the days behind the sparklines, this
// week against last, the response rate and the funnel, in one value the CLI
// renders as text, JSON or CSV and the HTML report draws.
import Foundation
import JobHuntKernel

/// Everything the main report shows.
package struct AnalyticsOverview: Sendable, Equatable, Encodable {
    /// Newest week first.
    package var weeks: [WeeklyActivity]
    /// One row per day over the same weeks, oldest first (today live).
    package var days: [DailyAnalytics]
    /// Monday of this week through today.
    package var thisWeek: AnalyticsTotals
    /// The whole of last week, Monday to Sunday.
    package var lastWeek: AnalyticsTotals
    /// Applications ever submitted (`submitted_at` set).
    package var applicationsSubmitted: Int
    /// Of those, how many got an employer's response.
    package var responses: Int
    /// `responses / applicationsSubmitted`, four decimals; nil when nothing was submitted.
    package var responseRate: Double?
    /// Minutes saved over all rolled-up days and today.
    package var timeSavedMinutes: Int
    package var funnel: [FunnelStep]

    enum CodingKeys: String, CodingKey {
        case weeks, days, funnel
        case thisWeek = "this_week"
        case lastWeek = "last_week"
        case applicationsSubmitted = "applications_submitted"
        case responses
        case responseRate = "response_rate"
        case timeSavedMinutes = "time_saved_minutes"
    }

    /// `response_rate` is written as null when nothing was sent, never left out.
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(weeks, forKey: .weeks)
        try c.encode(days, forKey: .days)
        try c.encode(thisWeek, forKey: .thisWeek)
        try c.encode(lastWeek, forKey: .lastWeek)
        try c.encode(applicationsSubmitted, forKey: .applicationsSubmitted)
        try c.encode(responses, forKey: .responses)
        try c.encode(responseRate, forKey: .responseRate)
        try c.encode(timeSavedMinutes, forKey: .timeSavedMinutes)
        try c.encode(funnel, forKey: .funnel)
    }
}

extension AnalyticsService {
    /// The main report over the last `weeks` weeks (this one included).
    package func overview(weeks: Int, for user: ActingUser) throws -> AnalyticsOverview {
        let weekly = try self.weekly(weeks: weeks, for: user)
        let today = self.today
        let thisWeek = today.weekStart
        let lastWeek = thisWeek.adding(days: -7)
        let first = min(weekly.last?.week ?? thisWeek, lastWeek)
        let db = try services.store.database()
        let counts = try pipelineCounts(userID: user.user.id, before: today.endOfDayUTC, db: db)
        let days = try self.days(from: first, through: today, for: user, todayCounts: counts)
        let submitted = counts.sent
        let responses = counts.responded
        let saved =
            try db.scalar(
                "SELECT SUM(time_saved_minutes) FROM user_analytics WHERE user_id = \(user.user.id) AND metric_date < \(today)",
                as: Int.self) ?? 0
        let shown = days.filter { $0.metricDate >= (weekly.last?.week ?? thisWeek) }
        return AnalyticsOverview(
            weeks: weekly, days: shown,
            thisWeek: AnalyticsTotals(days.filter { $0.metricDate >= thisWeek }),
            lastWeek: AnalyticsTotals(days.filter { $0.metricDate >= lastWeek && $0.metricDate < thisWeek }),
            applicationsSubmitted: submitted, responses: responses,
            responseRate: AnalyticsRate.of(responses, submitted),
            timeSavedMinutes: saved + (days.last { $0.metricDate == today }?.timeSavedMinutes ?? 0),
            funnel: Self.funnel(counts))
    }
}
