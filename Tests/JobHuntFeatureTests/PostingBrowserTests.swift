// `PostingBrowser` on both engines, on rows written with SQL (the ingest is
// built elsewhere): list order and filters, JSON keys against the seed's
// job_postings columns, and the stats per platform and day.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Stored postings and platform metrics")
struct PostingBrowserTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18T…Z
    static var today: CalendarDate { CalendarDate(utcDayOf: now) }

    /// Three postings (one inactive, one without a company or date) and metrics over ten days.
    static func seed(_ db: Database) throws {
        let acme = UUID()
        try db.execute("INSERT INTO companies (id, name) VALUES (\(acme), 'Acme')")
        let rows: [(String, UUID?, String, Bool, String?, String)] = [
            ("Old Swift Engineer", acme, "greenhouse", true, "2026-11-01", "https://example.com/1"),
            ("New Swift Engineer", acme, "greenhouse", true, "2026-11-17", "https://example.com/2"),
            ("Closed role", nil, "lever", false, "2026-11-18", "https://example.com/3"),
            ("Undated role", nil, "lever", true, nil, "https://example.com/4"),
        ]
        for (title, company, platform, active, posted, url) in rows {
            try db.execute(
                """
                INSERT INTO job_postings (title, description, company_id, source_platform, source_url, is_active,
                    posted_date, salary_min, salary_max, work_arrangement, location_city, required_skills)
                VALUES (\(title), 'Build things.', \(company), \(platform), \(url), \(active), \(posted.flatMap(CalendarDate.init)), 120000, 150000, 'remote', 'Berlin', \(["Swift"]))
                """)
        }
        for (platform, daysAgo, scraped) in [
            ("greenhouse", 0, 40), ("greenhouse", 1, 30), ("lever", 3, 7), ("lever", 9, 99),
        ] {
            try db.execute(
                """
                INSERT INTO platform_metrics (platform_name, metric_date, total_jobs_scraped, successful_scrapes,
                    failed_scrapes, rate_limit_hits, average_response_time_ms)
                VALUES (\(platform), \(CalendarDate(utcDayOf: now.addingTimeInterval(-Double(daysAgo) * 86_400))), \(scraped), 5, 1, 2, 250)
                """)
        }
    }

    @Test("active postings newest first, --all adds inactive ones, limit cuts", arguments: TestEngine.allCases)
    func list(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: Self.now)
        try Self.seed(try fixture.services.store.database())
        let browser = PostingBrowser(services: fixture.services)
        #expect(try browser.list().map(\.title) == ["New Swift Engineer", "Old Swift Engineer", "Undated role"])
        #expect(
            try browser.list(includeInactive: true).map(\.title)
                == ["Closed role", "New Swift Engineer", "Old Swift Engineer", "Undated role"])
        #expect(try browser.list(limit: 1).map(\.title) == ["New Swift Engineer"])
        let first = try #require(try browser.list().first)
        #expect(first.companyName == "Acme")
        #expect(first.postedDate == CalendarDate("2026-11-17"))
        #expect(first.requiredSkills == ["Swift"])
        #expect(first.isActive)
    }

    @Test("JSON keys are the seed's job_postings columns without embedding, plus company_name")
    func jsonKeys() throws {
        let fixture = try ProfileFixture(.sqlite, now: Self.now)
        try Self.seed(try fixture.services.store.database())
        let posting = try #require(try PostingBrowser(services: fixture.services).list().first)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let object = try #require(
            try JSONSerialization.jsonObject(with: try encoder.encode(posting)) as? [String: Any])
        let seed = try SeedColumns.columns(of: "job_postings")
        #expect(seed.contains("embedding"))
        #expect(Set(object.keys) == Set(seed).subtracting(["embedding"]).union(["company_name"]))
        #expect(object["id"] as? String == posting.id.uuidString.lowercased())
        #expect(object["posted_date"] as? String == "2026-11-17")
    }

    @Test("stats: metrics of the last N days newest first, and counts per platform", arguments: TestEngine.allCases)
    func stats(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: Self.now)
        try Self.seed(try fixture.services.store.database())
        let browser = PostingBrowser(services: fixture.services)
        let week = try browser.stats(days: 7)
        #expect(week.since == CalendarDate(utcDayOf: Self.now.addingTimeInterval(-6 * 86_400)))
        #expect(week.metrics.map(\.platformName) == ["greenhouse", "greenhouse", "lever"])
        #expect(week.metrics.map(\.totalJobsScraped) == [40, 30, 7])
        let first = try #require(week.metrics.first)
        #expect(first.metricDate == Self.today)
        #expect((first.successfulScrapes, first.failedScrapes, first.rateLimitHits) == (5, 1, 2))
        #expect(first.averageResponseTimeMS == 250)
        #expect(
            week.postings == [
                PlatformPostingCount(sourcePlatform: "greenhouse", active: 2, inactive: 0),
                PlatformPostingCount(sourcePlatform: "lever", active: 1, inactive: 1),
            ])
        #expect(try browser.stats(days: 1).metrics.map(\.totalJobsScraped) == [40])
        #expect(try browser.stats(days: 10).metrics.count == 4)
    }
}
