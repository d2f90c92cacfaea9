// `jobhunt analytics report --html FILE`: everything in one value, then one
// self-contained HTML page (inline CSS and SVG, no scripts, nothing fetched)
// that reads the same on screen and on paper.
import Foundation
import JobHuntKernel

/// What the HTML report shows.
package struct AnalyticsReport: Sendable {
    package var generatedAt: Date
    package var overview: AnalyticsOverview
    package var platforms: [SourceRow]
    package var sources: [SourceRow]
    package var generators: [SourceRow]
    package var health: [PlatformHealth]
    package var healthDays: Int
}

extension AnalyticsService {
    /// Gathers the report: `weeks` weeks of activity, sources, and `days` days of source health.
    package func report(weeks: Int, days: Int, for user: ActingUser) throws -> AnalyticsReport {
        AnalyticsReport(
            generatedAt: services.now(), overview: try overview(weeks: weeks, for: user),
            platforms: try sources(by: .platform, for: user), sources: try sources(by: .source, for: user),
            generators: try sources(by: .generator, for: user), health: try platforms(days: days), healthDays: days)
    }
}

extension AnalyticsReport {
    /// The page as text.
    package var html: String {
        var page = HTMLPage()
        page.title = "jobhunt analytics"
        let overview = self.overview
        page.raw("<h1>Job search analytics</h1>")
        page.raw(
            "<p class=\"meta\">Generated \(HTMLText.escape(Self.timestamp(generatedAt))) · last \(overview.weeks.count) weeks · figures defined in docs/analytics.md</p>"
        )
        page.raw("<section class=\"cards\">")
        card(&page, "Applications sent", "\(overview.applicationsSubmitted)")
        card(&page, "Response rate", AnalyticsRate.percent(overview.responseRate), "\(overview.responses) responses")
        card(
            &page, "This week", "\(overview.thisWeek.applicationsSubmitted)",
            "last week \(overview.lastWeek.applicationsSubmitted)")
        card(&page, "Interviews", "\(overview.funnel.first { $0.status == "interviewed" }?.count ?? 0)")
        card(&page, "Time saved", Self.hours(overview.timeSavedMinutes))
        page.raw("</section>")

        page.raw("<section><h2>Applications per week</h2>")
        page.raw(SVGCharts.weeklyBars(overview.weeks.reversed()))
        page.raw(
            "<p class=\"legend\"><span class=\"key a\"></span> applications <span class=\"key p\"></span> positive responses (now interviewed or offered)</p>"
        )
        page.table(
            ["week", "applications", "positive responses"],
            overview.weeks.map { [$0.week.description, "\($0.applicationsCount)", "\($0.positiveResponses)"] },
            numeric: [1, 2])
        page.raw("</section>")

        page.raw("<section><h2>Funnel</h2>")
        page.raw(SVGCharts.funnel(overview.funnel))
        page.raw("</section>")

        page.raw("<section><h2>This week against last</h2>")
        let pairs: [(String, KeyPath<AnalyticsTotals, Int>)] = [
            ("applications submitted", \.applicationsSubmitted), ("jobs discovered", \.jobsDiscovered),
            ("résumés generated", \.resumesGenerated), ("cover letters generated", \.coverLettersGenerated),
            ("interviews scheduled", \.interviewsScheduled), ("offers received", \.offersReceived),
            ("time saved (minutes)", \.timeSavedMinutes),
        ]
        page.table(
            ["", "this week", "last week"],
            pairs.map { [$0.0, "\(overview.thisWeek[keyPath: $0.1])", "\(overview.lastWeek[keyPath: $0.1])"] },
            numeric: [1, 2])
        page.raw("</section>")

        for (title, rows) in [
            ("By source platform", platforms), ("By discovery source", sources), ("By résumé generator", generators),
        ] {
            page.raw("<section><h2>\(HTMLText.escape(title))</h2>")
            page.table(
                ["", "postings", "applied", "interviews", "offers", "response rate"],
                rows.map {
                    [
                        $0.value, $0.jobsDiscovered.map(String.init) ?? "–", "\($0.applicationsSubmitted)",
                        "\($0.interviewsScheduled)", "\($0.offersReceived)", AnalyticsRate.percent($0.responseRate),
                    ]
                }, numeric: [1, 2, 3, 4, 5], empty: "nothing yet")
            page.raw("</section>")
        }

        page.raw("<section><h2>Source health, last \(healthDays) days</h2>")
        page.table(
            ["platform", "scraped", "success rate", "failed", "rate-limit hits", "detection events", "avg response"],
            health.map {
                [
                    $0.platformName, "\($0.totalJobsScraped)", AnalyticsRate.percent($0.successRate),
                    "\($0.failedScrapes)",
                    "\($0.rateLimitHits)", "\($0.detectionEvents)", $0.averageResponseTimeMs.map { "\($0) ms" } ?? "–",
                ]
            }, numeric: [1, 2, 3, 4, 5, 6], empty: "no discovery runs in these days")
        page.raw("</section>")
        return page.rendered
    }

    private func card(_ page: inout HTMLPage, _ label: String, _ value: String, _ note: String? = nil) {
        page.raw(
            "<div class=\"card\"><div class=\"label\">\(HTMLText.escape(label))</div><div class=\"value\">\(HTMLText.escape(value))</div>"
                + (note.map { "<div class=\"note\">\(HTMLText.escape($0))</div>" } ?? "") + "</div>")
    }

    static func hours(_ minutes: Int) -> String {
        minutes < 60 ? "\(minutes) min" : String(format: "%.1f h", Double(minutes) / 60)
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
