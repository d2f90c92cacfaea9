// `jobhunt analytics rollup`: one `user_analytics` row per user and finished
// day, upserted (unique_user_analytics_day), so running it twice changes
// nothing; the cache gets the same values.
import Foundation
internal import JobHuntDatabase
internal import JobHuntIO
import JobHuntKernel

/// What a rollup did.
package struct RollupResult: Sendable, Equatable {
    /// The days written, oldest first.
    package var days: [DailyAnalytics]
    /// The first and last day rolled up; nil when there was nothing to do.
    package var range: ClosedRange<CalendarDate>?
}

extension AnalyticsService {
    /// How long a cached finished day lives: its row does not change unless
    /// `rollup --since` rewrites it, which replaces the cached value too.
    static let dayLifetime: Duration = .seconds(7 * 86_400)

    /// Rolls up (again) every finished day from `since` (default: the user's
    /// first day) through yesterday.
    @discardableResult
    package func rollup(since: CalendarDate? = nil, for user: ActingUser) throws -> RollupResult {
        let db = try services.store.database()
        let userID = user.user.id
        let first = try since ?? firstDay(userID: userID, db: db)
        return try rollup(from: first, userID: userID, db: db)
    }

    /// Rolls up the finished days that have no row yet, from the user's
    /// first day: what every report does first.
    @discardableResult
    package func ensureRolledUp(for user: ActingUser) throws -> RollupResult {
        let db = try services.store.database()
        let userID = user.user.id
        let yesterday = today.adding(days: -1)
        let first = try firstDay(userID: userID, db: db)
        guard first <= yesterday else { return RollupResult(days: [], range: nil) }
        let stored = Set(
            try db.query(
                """
                SELECT metric_date FROM user_analytics
                WHERE user_id = \(userID) AND metric_date >= \(first) AND metric_date <= \(yesterday)
                """
            ).map { try $0.get("metric_date", as: CalendarDate.self) })
        guard let missing = first.through(yesterday).first(where: { !stored.contains($0) }) else {
            return RollupResult(days: [], range: nil)
        }
        // Days after the first missing one that are stored are rewritten with
        // the same values: one pass, and still idempotent.
        return try rollup(from: missing, userID: userID, db: db)
    }

    private func rollup(from first: CalendarDate, userID: UUID, db: Database) throws -> RollupResult {
        let last = today.adding(days: -1)
        guard first <= last else { return RollupResult(days: [], range: nil) }
        let days = try compute(from: first, through: last, userID: userID, db: db)
        try db.writeTransaction { db in
            for day in days { try upsert(day, userID: userID, db: db) }
        }
        let cache = try services.cache()
        for day in days { cache.set(day, for: cacheKey(userID, day.metricDate), ttl: Self.dayLifetime) }
        return RollupResult(days: days, range: first...last)
    }

    private func upsert(_ day: DailyAnalytics, userID: UUID, db: Database) throws {
        let rate = day.responseRate.map { Decimal(string: AnalyticsRate.text($0)) ?? 0 }
        try db.execute(
            """
            INSERT INTO user_analytics (id, user_id, metric_date, applications_submitted, jobs_discovered,
                resumes_generated, cover_letters_generated, interviews_scheduled, offers_received, response_rate,
                time_saved_minutes)
            VALUES (\(UUID()), \(userID), \(day.metricDate), \(day.applicationsSubmitted), \(day.jobsDiscovered),
                \(day.resumesGenerated), \(day.coverLettersGenerated), \(day.interviewsScheduled),
                \(day.offersReceived), \(rate), \(day.timeSavedMinutes))
            ON CONFLICT (user_id, metric_date) DO UPDATE SET
                applications_submitted = excluded.applications_submitted,
                jobs_discovered = excluded.jobs_discovered,
                resumes_generated = excluded.resumes_generated,
                cover_letters_generated = excluded.cover_letters_generated,
                interviews_scheduled = excluded.interviews_scheduled,
                offers_received = excluded.offers_received,
                response_rate = excluded.response_rate,
                time_saved_minutes = excluded.time_saved_minutes
            """)
    }

    func cacheKey(_ userID: UUID, _ day: CalendarDate) -> CacheKey {
        .dailyAnalytics(userID, on: day.startOfDayUTC)
    }

    /// The figures of every day from `first` through `last`, computed from
    /// the tables (not from `user_analytics`).
    func compute(
        from first: CalendarDate, through last: CalendarDate, userID: UUID, db: Database
    ) throws -> [DailyAnalytics] {
        let days = first.through(last)
        guard !days.isEmpty else { return [] }
        let start = first.startOfDayUTC
        let end = last.endOfDayUTC
        var rows = Dictionary(uniqueKeysWithValues: days.map { ($0, DailyAnalytics(metricDate: $0)) })
        var automated: [CalendarDate: Int] = [:]

        let facts = try self.facts(userID: userID, db: db)
        func day(_ date: Date?) -> CalendarDate? {
            guard let date, date >= start, date < end else { return nil }
            return CalendarDate(utcDayOf: date)
        }
        for application in facts {
            if let sent = day(application.submittedAt) {
                rows[sent]?.applicationsSubmitted += 1
                if application.automated { automated[sent, default: 0] += 1 }
            }
            if let interview = day(application.firstInterview) { rows[interview]?.interviewsScheduled += 1 }
            if let offer = day(application.firstOffer) { rows[offer]?.offersReceived += 1 }
        }
        // Response rate as of each day's end: sent by then, and answered by then.
        let sent = facts.compactMap(\.submittedAt).sorted()
        let answered = facts.filter(\.submitted).compactMap { facts in
            facts.firstResponse.map { max($0, facts.submittedAt ?? $0) }
        }.sorted()
        var sentIndex = 0
        var answeredIndex = 0
        for date in days {
            let dayEnd = date.endOfDayUTC
            while sentIndex < sent.count, sent[sentIndex] < dayEnd { sentIndex += 1 }
            while answeredIndex < answered.count, answered[answeredIndex] < dayEnd { answeredIndex += 1 }
            rows[date]?.responseRate = AnalyticsRate.of(answeredIndex, sentIndex)
        }

        let dayOf = Self.day(of:dialect:)
        for row in try db.query(
            """
            SELECT \(sql: dayOf("created_at", db.dialect)) AS day, COUNT(*) AS n FROM job_postings
            WHERE created_at >= \(start) AND created_at < \(end) GROUP BY 1
            """)
        {
            if let date = CalendarDate(try row.get("day", as: String.self)) {
                rows[date]?.jobsDiscovered = try row.get("n")
            }
        }
        for row in try db.query(
            """
            SELECT \(sql: dayOf("g.created_at", db.dialect)) AS day, g.content_type, COUNT(*) AS n
            FROM generated_content g JOIN applications a ON a.id = g.application_id
            WHERE a.user_id = \(userID) AND g.created_at >= \(start) AND g.created_at < \(end)
                AND g.content_type IN ('resume', 'cover_letter')
            GROUP BY 1, g.content_type
            """)
        {
            guard let date = CalendarDate(try row.get("day", as: String.self)) else { continue }
            let count: Int = try row.get("n")
            if try row.get("content_type", as: String.self) == "resume" {
                rows[date]?.resumesGenerated = count
            } else {
                rows[date]?.coverLettersGenerated = count
            }
        }
        return days.compactMap { date in
            guard var row = rows[date] else { return nil }
            row.timeSavedMinutes = estimates.minutes(
                postings: row.jobsDiscovered, documents: row.documentsGenerated,
                automatedSubmissions: automated[date] ?? 0)
            return row
        }
    }

    /// The UTC day of a timestamp column as `YYYY-MM-DD` text, on either engine.
    static func day(of column: String, dialect: SQLDialect) -> SQL {
        switch dialect {
        case .postgres: .trusted("to_char(\(column) AT TIME ZONE 'UTC', 'YYYY-MM-DD')")
        case .sqlite: .trusted("substr(\(column), 1, 10)")
        }
    }
}
