// The daily rollup on both engines: every figure computed by hand from the
// seeded job search (AnalyticsSeed), one row per user and day, and running
// it again changes nothing.
import Foundation
import JobHuntAnalytics
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Analytics: daily rollups")
struct AnalyticsRollupTests {
    /// 11-25 (Ada's first application) through 12-05 (yesterday), by hand from the seed:
    /// day, submitted, discovered, résumés, letters, interviews, offers, response rate, minutes saved.
    /// Response rate as of the day's end: A1 answered 11-27 (reviewing), A2 11-30 (rejected),
    /// A3 12-03 (interviewed), A4 never. Minutes (2 per posting, 20 per document, 10 per automated
    /// submission): 11-25 two documents + A1 automated = 50; 12-01 posting P3 = 2; 12-02 two
    /// documents + A3 automated = 50.
    static let expected: [[String]] = [
        ["2026-11-25", "1", "0", "1", "1", "0", "0", "0.0000", "50"],
        ["2026-11-26", "1", "0", "0", "0", "0", "0", "0.0000", "0"],
        ["2026-11-27", "0", "0", "0", "0", "0", "0", "0.5000", "0"],
        ["2026-11-28", "0", "0", "0", "0", "0", "0", "0.5000", "0"],
        ["2026-11-29", "0", "0", "0", "0", "0", "0", "0.5000", "0"],
        ["2026-11-30", "0", "0", "0", "0", "0", "0", "1.0000", "0"],
        ["2026-12-01", "0", "1", "0", "0", "1", "0", "1.0000", "2"],
        ["2026-12-02", "1", "0", "1", "1", "0", "0", "0.6667", "50"],
        ["2026-12-03", "0", "0", "0", "0", "1", "0", "1.0000", "0"],
        ["2026-12-04", "1", "0", "0", "0", "0", "0", "0.7500", "0"],
        ["2026-12-05", "0", "0", "0", "0", "0", "1", "0.7500", "0"],
    ]

    @Test("rollup writes one row per finished day with the figures computed by hand", arguments: TestEngine.allCases)
    func figures(engine: TestEngine) throws {
        let fixture = try AnalyticsFixture(engine)
        let result = try fixture.analytics().rollup(for: fixture.me)
        #expect(result.range == CalendarDate.day("2026-11-25")...CalendarDate.day("2026-12-05"))
        #expect(result.days.map(\.cells) == Self.expected)
        #expect(try fixture.storedRows(fixture.me) == Self.expected, "the table holds what was computed")
        #expect(try fixture.storedRows(fixture.other).isEmpty, "nobody else was rolled up")
    }

    @Test("running the rollup twice changes nothing", arguments: TestEngine.allCases)
    func idempotent(engine: TestEngine) throws {
        let fixture = try AnalyticsFixture(engine)
        let analytics = fixture.analytics()
        try analytics.rollup(for: fixture.me)
        let ids = try Self.ids(fixture)
        let again = try analytics.rollup(for: fixture.me)
        #expect(again.days.map(\.cells) == Self.expected)
        let since = try analytics.rollup(since: .day("2026-12-01"), for: fixture.me)
        #expect(since.days.count == 5)
        #expect(try fixture.storedRows(fixture.me) == Self.expected)
        #expect(try Self.ids(fixture) == ids, "rows are updated in place, never duplicated")
        #expect(try analytics.ensureRolledUp(for: fixture.me).range == nil, "nothing is missing")
    }

    @Test("every report first rolls up only the missing days; today is never stored", arguments: TestEngine.allCases)
    func missingDays(engine: TestEngine) throws {
        let fixture = try AnalyticsFixture(engine)
        let analytics = fixture.analytics()
        try analytics.rollup(for: fixture.me)
        let db = try fixture.rawDatabase()
        defer { db.close() }
        try db.execute(
            "DELETE FROM user_analytics WHERE user_id = \(fixture.me.user.id) AND metric_date = \(CalendarDate.day("2026-12-03"))"
        )
        let filled = try analytics.ensureRolledUp(for: fixture.me)
        #expect(filled.range == CalendarDate.day("2026-12-03")...CalendarDate.day("2026-12-05"))
        #expect(try fixture.storedRows(fixture.me) == Self.expected)
        _ = try analytics.overview(weeks: 2, for: fixture.me)
        #expect(try fixture.storedRows(fixture.me).last?.first == "2026-12-05", "today (12-06) has no row")

        // A day later, yesterday (12-06) is finished and rolled up by the next report.
        fixture.clock.set(AnalyticsSeed.time("2026-12-07T08:00:00Z"))
        _ = try analytics.overview(weeks: 2, for: fixture.me)
        // 12-06: posting P4 discovered (2 minutes), nothing sent; rate still 3 of 4.
        #expect(try fixture.storedRows(fixture.me).last == ["2026-12-06", "0", "1", "0", "0", "0", "0", "0.7500", "2"])
    }

    @Test("today, counted live from aggregates, follows the rollup's rules", arguments: TestEngine.allCases)
    func live(engine: TestEngine) throws {
        let fixture = try AnalyticsFixture(engine)
        for row in Self.expected {
            let day = CalendarDate.day(row[0])
            // The last second of the day: today, with everything of the day in it.
            fixture.clock.set(day.endOfDayUTC.addingTimeInterval(-1))
            let today = try fixture.analytics().days(from: day, through: day, for: fixture.me)
            #expect(today.map(\.cells) == [row], "\(day) counted live")
        }
    }

    @Test("the minutes per step are the configured ones", arguments: TestEngine.allCases)
    func estimates(engine: TestEngine) throws {
        let fixture = try AnalyticsFixture(engine)
        let estimates = TimeSavedEstimates(minutesPerPosting: 1, minutesPerDocument: 30, minutesPerSubmission: 5)
        let days = try fixture.analytics(estimates).rollup(for: fixture.me).days
        // 11-25: 2 documents × 30 + 1 automated × 5; 12-01: 1 posting × 1; 12-02: 2 × 30 + 5.
        #expect(days.map(\.timeSavedMinutes) == [65, 0, 0, 0, 0, 0, 1, 65, 0, 0, 0])
    }

    @Test("a user with nothing yet has no days to roll up", arguments: TestEngine.allCases)
    func empty(engine: TestEngine) throws {
        let fixture = try AnalyticsFixture(engine, seed: false)
        let result = try fixture.analytics().rollup(for: fixture.me)
        #expect(result.range == nil)
        #expect(result.days.isEmpty)
        let overview = try fixture.analytics().overview(weeks: 4, for: fixture.me)
        #expect(overview.applicationsSubmitted == 0)
        #expect(overview.responseRate == nil)
        #expect(overview.funnel.map(\.count) == [0, 0, 0, 0, 0])
        #expect(overview.weeks.map(\.applicationsCount) == [0, 0, 0, 0])
    }

    static func ids(_ fixture: AnalyticsFixture) throws -> [String] {
        let db = try fixture.rawDatabase()
        defer { db.close() }
        return try db.query("SELECT id FROM user_analytics ORDER BY metric_date").map { try $0.get("id") }
    }
}
