// `analytics:daily:{user_id}:{date}` on the real test Redis: finished days
// are cached with their row's values, served from the cache after that,
// replaced by `rollup --since`, and today is never cached.
import Foundation
import JobHuntAnalytics
import JobHuntDatabase
import JobHuntIO
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Analytics: the daily cache")
struct AnalyticsCacheTests {
    static func redis() throws -> RedisCache {
        let cache = try RedisCache(url: TestServices.redisURL) { _ in }
        try cache.checkConnection()
        return cache
    }

    @Test("finished days are cached under the seed's key; today never is", arguments: TestEngine.allCases)
    func cached(engine: TestEngine) throws {
        let redis = try Self.redis()
        let fixture = try AnalyticsFixture(engine, redis: TestServices.redisURL)
        let me = fixture.me.user.id
        defer { redis.delete(matching: .dailyAnalytics(me)) }
        let analytics = fixture.analytics()
        let key = CacheKey.dailyAnalytics(me, on: CalendarDate.day("2026-12-02").startOfDayUTC)
        #expect(key.rawValue == "analytics:daily:\(me.uuidString.lowercased()):2026-12-02")

        let days = try analytics.days(from: .day("2026-11-30"), through: .day("2026-12-06"), for: fixture.me)
        #expect(days.count == 7)
        let cached = try #require(redis.value(DailyAnalytics.self, for: key))
        #expect(cached.cells == ["2026-12-02", "1", "0", "1", "1", "0", "0", "0.6667", "50"])
        let today = CacheKey.dailyAnalytics(me, on: CalendarDate.day("2026-12-06").startOfDayUTC)
        #expect(redis.data(for: today) == nil, "today is never cached")
        #expect(days.last?.jobsDiscovered == 1, "today is computed live: P4")

        // Behind the service's back: the cached day is what the reports read.
        let db = try fixture.rawDatabase()
        defer { db.close() }
        try db.execute(
            "UPDATE user_analytics SET applications_submitted = 9 WHERE user_id = \(me) AND metric_date = \(CalendarDate.day("2026-12-02"))"
        )
        let again = try analytics.days(from: .day("2026-12-02"), through: .day("2026-12-02"), for: fixture.me)
        #expect(again.first?.applicationsSubmitted == 1, "served from \(key)")

        // Today changes as it happens: a new posting shows at once.
        try db.execute(
            """
            INSERT INTO job_postings (id, title, description, source_platform, source_url, created_at, updated_at)
            VALUES (\(UUID()), 'Later', 'x', 'lever', 'https://jobs.example/later', \(AnalyticsSeed.time("2026-12-06T11:00:00Z")), \(AnalyticsSeed.time("2026-12-06T11:00:00Z")))
            """)
        let live = try analytics.days(from: .day("2026-12-06"), through: .day("2026-12-06"), for: fixture.me)
        #expect(live.first?.jobsDiscovered == 2)
        #expect(redis.data(for: today) == nil)

        // rollup --since recomputes from the tables and replaces row and cache.
        try analytics.rollup(since: .day("2026-12-02"), for: fixture.me)
        #expect(redis.value(DailyAnalytics.self, for: key)?.applicationsSubmitted == 1)
        #expect(try fixture.storedRows(fixture.me).first { $0.first == "2026-12-02" }?[1] == "1")
        // A lost cache falls back to the table and fills the key again.
        redis.delete(key)
        let reread = try analytics.days(from: .day("2026-12-02"), through: .day("2026-12-02"), for: fixture.me)
        #expect(reread.first?.cells == cached.cells)
        #expect(redis.data(for: key) != nil)
    }

    @Test("a dead Redis costs one warning and the figures stay right", arguments: TestEngine.allCases)
    func deadRedis(engine: TestEngine) throws {
        let fixture = try AnalyticsFixture(engine, redis: "redis://127.0.0.1:1/0")
        let overview = try fixture.analytics().overview(weeks: 3, for: fixture.me)
        #expect(overview.weeks.map(\.applicationsCount) == [3, 2, 0])
        #expect(overview.responseRate == 0.75)
        #expect(try fixture.storedRows(fixture.me).count == 11, "rolled up into the table all the same")
        #expect(fixture.warnings.all.count == 1, "\(fixture.warnings.all)")
        #expect(fixture.warnings.all.first?.contains("Redis") == true)
    }
}
