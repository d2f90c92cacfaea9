// The reports on both engines, each figure computed by hand from the seed
// (AnalyticsSeed; today is Sunday 2026-12-06, this week starts 11-30).
import Foundation
import JobHuntAnalytics
import JobHuntDatabase
import JobHuntDiscovery
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Analytics: reports")
struct AnalyticsReportTests {
    @Test("the weekly query, this week against last, response rate, time saved", arguments: TestEngine.allCases)
    func overview(engine: TestEngine) throws {
        let fixture = try AnalyticsFixture(engine)
        let overview = try fixture.analytics().overview(weeks: 3, for: fixture.me)
        // Week of 11-30: A3 (sent 12-02), A4 (12-04), A5 (never sent, added 12-06); A3 is offered.
        // Week of 11-23: A1 (11-25, interviewed), A2 (11-26, rejected). Bob's offer is not Ada's.
        #expect(
            overview.weeks.map(\.cells) == [
                ["2026-11-30", "3", "1"], ["2026-11-23", "2", "1"], ["2026-11-16", "0", "0"],
            ])
        #expect(overview.days.first?.metricDate == .day("2026-11-16"))
        #expect(overview.days.last?.metricDate == .day("2026-12-06"))
        // This week: sent A3, A4; postings P3 (12-01) and P4 (today); A3's two documents; A1 and A3
        // interviewed (12-01, 12-03); A3's offer; minutes 2 + 50 + 2.
        let thisWeek = overview.thisWeek
        #expect(thisWeek.applicationsSubmitted == 2)
        #expect(thisWeek.jobsDiscovered == 2)
        #expect(thisWeek.resumesGenerated == 1)
        #expect(thisWeek.coverLettersGenerated == 1)
        #expect(thisWeek.interviewsScheduled == 2)
        #expect(thisWeek.offersReceived == 1)
        #expect(thisWeek.timeSavedMinutes == 54)
        // Last week: A1, A2 sent; A1's documents; P1 and P2 (11-24) came before Ada's first day.
        let lastWeek = overview.lastWeek
        #expect(lastWeek.applicationsSubmitted == 2)
        #expect(lastWeek.jobsDiscovered == 0)
        #expect(lastWeek.resumesGenerated == 1)
        #expect(lastWeek.interviewsScheduled == 0)
        #expect(lastWeek.timeSavedMinutes == 50)
        // Four sent, three answered (A1 reviewing, A2 rejected, A3 interviewed).
        #expect(overview.applicationsSubmitted == 4)
        #expect(overview.responses == 3)
        #expect(overview.responseRate == 0.75)
        #expect(overview.timeSavedMinutes == 104, "102 rolled up + 2 today")
    }

    @Test(
        "the funnel counts each stage reached, with the conversion from the one before", arguments: TestEngine.allCases)
    func funnel(engine: TestEngine) throws {
        let fixture = try AnalyticsFixture(engine)
        let funnel = try fixture.analytics().overview(weeks: 1, for: fixture.me).funnel
        // pending: all 5; submitted: A1–A4; reviewing: A1, A3 (A2 was rejected straight from
        // submitted); interviewed: A1, A3; offered: A3.
        #expect(funnel.map(\.status) == ["pending", "submitted", "reviewing", "interviewed", "offered"])
        #expect(funnel.map(\.count) == [5, 4, 2, 2, 1])
        #expect(funnel.map(\.conversion) == [nil, 0.8, 0.5, 1.0, 0.5])
    }

    @Test("sources per platform and discovery source", arguments: TestEngine.allCases)
    func sources(engine: TestEngine) throws {
        let fixture = try AnalyticsFixture(engine)
        let analytics = fixture.analytics()
        // greenhouse: P1, P2; A1 (interviewed) and A2 (rejected) both answered.
        // lever: P3; A3 offered. (none): A4, made elsewhere, unanswered. remoteok: P4; A5 never sent.
        #expect(
            try analytics.sources(by: .platform, for: fixture.me).map(\.cells) == [
                ["source_platform", "greenhouse", "2", "2", "1", "0", "1.0000"],
                ["source_platform", "lever", "1", "1", "1", "1", "1.0000"],
                ["source_platform", "(none)", "0", "1", "0", "0", "0.0000"],
                ["source_platform", "remoteok", "1", "0", "0", "0", ""],
            ])
        #expect(
            try analytics.sources(by: .source, for: fixture.me).map(\.cells) == [
                ["source_key", "greenhouse:acme", "2", "2", "1", "0", "1.0000"],
                ["source_key", "lever:initech", "1", "1", "1", "1", "1.0000"],
                ["source_key", "(none)", "0", "1", "0", "0", "0.0000"],
                ["source_key", "remoteok", "1", "0", "0", "0", ""],
            ])
    }

    @Test("sources per title, level, work type and résumé generator", arguments: TestEngine.allCases)
    func dimensions(engine: TestEngine) throws {
        let fixture = try AnalyticsFixture(engine)
        let analytics = fixture.analytics()
        #expect(
            try analytics.sources(by: .title, for: fixture.me).map(\.cells) == [
                ["job_title", "Backend Engineer", "2", "2", "2", "1", "1.0000"],
                ["job_title", "Data Engineer", "1", "1", "0", "0", "1.0000"],
                ["job_title", "Staff Engineer", "0", "1", "0", "0", "0.0000"],
                ["job_title", "SRE", "1", "0", "0", "0", ""],
            ])
        #expect(
            try analytics.sources(by: .level, for: fixture.me).map(\.cells) == [
                ["experience_level", "senior", "2", "2", "2", "1", "1.0000"],
                ["experience_level", "(none)", "1", "1", "0", "0", "0.0000"],
                ["experience_level", "mid", "1", "1", "0", "0", "1.0000"],
            ])
        #expect(
            try analytics.sources(by: .workType, for: fixture.me).map(\.cells) == [
                ["work_arrangement", "remote", "3", "2", "2", "1", "1.0000"],
                ["work_arrangement", "hybrid", "1", "1", "0", "0", "1.0000"],
                ["work_arrangement", "(none)", "0", "1", "0", "0", "0.0000"],
            ])
        // A1's résumé: builtin, classic; A3's: gpt-4o-mini, modern; A2, A4, A5 none (Bob's is not Ada's).
        #expect(
            try analytics.sources(by: .generator, for: fixture.me).map(\.cells) == [
                ["model_used", "none (own résumé)", "", "2", "0", "0", "0.5000"],
                ["model_used", "builtin / classic", "", "1", "1", "0", "1.0000"],
                ["model_used", "llm:gpt-4o-mini / modern", "", "1", "1", "1", "1.0000"],
            ])
    }

    @Test("what the generator grouping reads from model_used and generation_metadata")
    func generatorNames() {
        #expect(AnalyticsService.generatorName(modelUsed: nil, metadata: nil) == "builtin")
        #expect(AnalyticsService.generatorName(modelUsed: "builtin-v1", metadata: "{}") == "builtin")
        #expect(
            AnalyticsService.generatorName(modelUsed: "llama3", metadata: #"{"template_name": "ats"}"#)
                == "llm:llama3 / ats")
        #expect(AnalyticsService.generatorName(modelUsed: "", metadata: "not json") == "builtin")
    }

    @Test("source health sums platform_metrics, and detection events are recorded", arguments: TestEngine.allCases)
    func platforms(engine: TestEngine) throws {
        let fixture = try AnalyticsFixture(engine)
        let recorder = PlatformMetricsRecorder(services: fixture.services)
        try recorder.recordDetectionEvent(platform: "linkedin", at: AnalyticsSeed.now)
        try recorder.recordDetectionEvent(platform: "linkedin", at: AnalyticsSeed.now.addingTimeInterval(60))
        try recorder.recordDetectionEvent(platform: "greenhouse", count: 3, at: AnalyticsSeed.now)
        // greenhouse: 12-05 (10 scraped, 2 ok, 1 rate limit, 100 ms) and 12-06 (5, 1 ok, 1 failed, 400 ms):
        // average (100 × 2 + 400 × 2) / 4 = 250 ms, success 3 of 4. lever's day is two months old.
        #expect(
            try fixture.analytics().platforms(days: 30).map(\.cells) == [
                ["greenhouse", "2", "15", "3", "1", "1", "3", "250", "0.7500"],
                ["linkedin", "1", "0", "0", "0", "0", "2", "", ""],
            ])
        #expect(try fixture.analytics().platforms(days: 1).map(\.platformName) == ["greenhouse", "linkedin"])
        #expect(try fixture.analytics().platforms(days: 90).map(\.platformName) == ["greenhouse", "lever", "linkedin"])
    }

    @Test("weeks start on Monday, UTC")
    func weeks() {
        #expect(CalendarDate.day("2026-12-06").weekStart == .day("2026-11-30"))
        #expect(CalendarDate.day("2026-11-30").weekStart == .day("2026-11-30"))
        #expect(CalendarDate.day("2026-12-01").weekStart == .day("2026-11-30"))
        #expect(CalendarDate.day("2027-01-03").weekStart == .day("2026-12-28"))
    }
}
