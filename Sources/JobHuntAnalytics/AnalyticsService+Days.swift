// Reading days back: finished days from the cache or `user_analytics`,
// today computed from the tables every time and never cached.
import Foundation
internal import JobHuntDatabase
internal import JobHuntIO
import JobHuntKernel

extension AnalyticsService {
    /// Every day from `first` through `last` (at most today), oldest first.
    ///
    /// Rolls up missing finished days first; then each finished day comes
    /// from `analytics:daily:{user_id}:{date}` when cached, else from its
    /// row (and is cached). Today is computed live.
    package func days(from first: CalendarDate, through last: CalendarDate, for user: ActingUser) throws
        -> [DailyAnalytics]
    {
        try days(from: first, through: last, for: user, todayCounts: nil)
    }

    /// `todayCounts`: the pipeline counts as of today's end, when the caller has them.
    func days(
        from first: CalendarDate, through last: CalendarDate, for user: ActingUser, todayCounts: PipelineCounts?
    ) throws -> [DailyAnalytics] {
        try ensureRolledUp(for: user)
        let userID = user.user.id
        let today = self.today
        let last = min(last, today)
        guard first <= last else { return [] }
        let db = try services.store.database()
        let cache = try services.cache()
        var found: [CalendarDate: DailyAnalytics] = [:]
        var missing: [CalendarDate] = []
        for day in first.through(min(last, today.adding(days: -1))) {
            if let cached = cache.value(DailyAnalytics.self, for: cacheKey(userID, day)), cached.metricDate == day {
                found[day] = cached
            } else {
                missing.append(day)
            }
        }
        if let from = missing.first, let to = missing.last {
            for row in try db.query(
                """
                SELECT metric_date, applications_submitted, jobs_discovered, resumes_generated,
                    cover_letters_generated, interviews_scheduled, offers_received, response_rate, time_saved_minutes
                FROM user_analytics WHERE user_id = \(userID) AND metric_date >= \(from) AND metric_date <= \(to)
                """)
            {
                let day = try Self.daily(row)
                guard missing.contains(day.metricDate) else { continue }
                found[day.metricDate] = day
                cache.set(day, for: cacheKey(userID, day.metricDate), ttl: Self.dayLifetime)
            }
        }
        if last == today {
            found[today] = try live(today, userID: userID, db: db, counts: todayCounts)
        }
        // A day before the user's first has no row: it counts as zeros.
        return first.through(last).map { found[$0] ?? DailyAnalytics(metricDate: $0) }
    }

    static func daily(_ row: Row) throws -> DailyAnalytics {
        var day = DailyAnalytics(metricDate: try row.get("metric_date"))
        day.applicationsSubmitted = try row.optional("applications_submitted") ?? 0
        day.jobsDiscovered = try row.optional("jobs_discovered") ?? 0
        day.resumesGenerated = try row.optional("resumes_generated") ?? 0
        day.coverLettersGenerated = try row.optional("cover_letters_generated") ?? 0
        day.interviewsScheduled = try row.optional("interviews_scheduled") ?? 0
        day.offersReceived = try row.optional("offers_received") ?? 0
        day.responseRate = try row.optional("response_rate", as: Double.self).map { ($0 * 10_000).rounded() / 10_000 }
        day.timeSavedMinutes = try row.optional("time_saved_minutes") ?? 0
        return day
    }
}
