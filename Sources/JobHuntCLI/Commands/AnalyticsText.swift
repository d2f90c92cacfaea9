// How the analytics reports read in a terminal: tables with bars, sparklines,
// this week against last, the funnel. Bars and sparklines use Unicode blocks
// on a UTF-8 terminal and ASCII otherwise; colour follows the output's policy.
import Foundation
import JobHuntAnalytics
import JobHuntKernel

enum AnalyticsText {
    static func overview(_ overview: AnalyticsOverview, context: CommandContext) {
        let glyphs = context.chartGlyphs
        let style = context.output.style
        let out = context.output
        out.print(style.bold("Applications per week") + " (by submitted_at, or created_at when never submitted)")
        let peak = overview.weeks.map(\.applicationsCount).max() ?? 0
        var table = TextTable(columns: [
            .init("WEEK"), .init("APPLICATIONS", alignment: .right), .init("POSITIVE", alignment: .right), .init(""),
        ])
        for week in overview.weeks {
            table.append([
                week.week.description, "\(week.applicationsCount)", "\(week.positiveResponses)",
                glyphs.bar(week.applicationsCount, of: peak, width: 30),
            ])
        }
        printTable(context, table)

        out.print("")
        let first = overview.days.first?.metricDate.description ?? ""
        let last = overview.days.last?.metricDate.description ?? ""
        out.print(style.bold("Day by day") + " (\(first) to \(last), today so far)")
        let lines: [(String, [Int])] = [
            ("submitted", overview.days.map(\.applicationsSubmitted)),
            ("discovered", overview.days.map(\.jobsDiscovered)),
            ("documents", overview.days.map(\.documentsGenerated)),
            ("interviews", overview.days.map(\.interviewsScheduled)),
        ]
        for (name, values) in lines {
            let name = name.padding(toLength: 11, withPad: " ", startingAt: 0)
            out.print("  \(name) \(glyphs.sparkline(values))  total \(values.reduce(0, +)), peak \(values.max() ?? 0)")
        }

        out.print("")
        out.print(style.bold("This week against last"))
        var weeks = TextTable(columns: [
            .init(""), .init("THIS WEEK", alignment: .right), .init("LAST WEEK", alignment: .right),
            .init("CHANGE", alignment: .right),
        ])
        let pairs: [(String, KeyPath<AnalyticsTotals, Int>)] = [
            ("applications submitted", \.applicationsSubmitted), ("jobs discovered", \.jobsDiscovered),
            ("résumés generated", \.resumesGenerated), ("cover letters generated", \.coverLettersGenerated),
            ("interviews scheduled", \.interviewsScheduled), ("offers received", \.offersReceived),
            ("time saved (minutes)", \.timeSavedMinutes),
        ]
        for (name, path) in pairs {
            let now = overview.thisWeek[keyPath: path]
            let before = overview.lastWeek[keyPath: path]
            let change = now - before
            weeks.append([name, "\(now)", "\(before)", change > 0 ? "+\(change)" : "\(change)"])
        }
        printTable(context, weeks)

        out.print("")
        out.print(
            style.bold("Response rate") + "  \(AnalyticsRate.percent(overview.responseRate)) "
                + "(\(overview.responses) of \(overview.applicationsSubmitted) sent applications got an answer)")
        out.print(
            style.bold("Time saved") + "     \(hours(overview.timeSavedMinutes)) "
                + "(estimate: analytics.minutes_per_* settings)")

        out.print("")
        out.print(style.bold("Funnel") + " (applications that reached each stage or a later one)")
        let top = overview.funnel.first?.count ?? 0
        var funnel = TextTable(columns: [
            .init("STAGE"), .init("COUNT", alignment: .right), .init("CONVERSION", alignment: .right), .init(""),
        ])
        for step in overview.funnel {
            funnel.append([
                step.status, "\(step.count)", step.conversion.map(AnalyticsRate.percent) ?? glyphs.dash,
                glyphs.bar(step.count, of: top, width: 30),
            ])
        }
        printTable(context, funnel)
    }

    static func days(_ days: [DailyAnalytics], context: CommandContext) {
        var table = TextTable(columns: [
            .init("DAY"), .init("SUBMITTED", alignment: .right), .init("DISCOVERED", alignment: .right),
            .init("RÉSUMÉS", alignment: .right), .init("LETTERS", alignment: .right),
            .init("INTERVIEWS", alignment: .right), .init("OFFERS", alignment: .right),
            .init("RESPONSE", alignment: .right), .init("SAVED MIN", alignment: .right),
        ])
        for day in days {
            table.append([
                day.metricDate.description, "\(day.applicationsSubmitted)", "\(day.jobsDiscovered)",
                "\(day.resumesGenerated)", "\(day.coverLettersGenerated)", "\(day.interviewsScheduled)",
                "\(day.offersReceived)", AnalyticsRate.percent(day.responseRate), "\(day.timeSavedMinutes)",
            ])
        }
        printTable(context, table)
    }

    static func sources(_ rows: [SourceRow], dimension: SourceDimension, context: CommandContext) {
        let glyphs = context.chartGlyphs
        let titles: [SourceDimension: String] = [
            .platform: "PLATFORM", .source: "SOURCE", .title: "TITLE", .level: "LEVEL", .workType: "WORK TYPE",
            .generator: "GENERATOR",
        ]
        guard !rows.isEmpty else {
            context.output.print("\(titles[dimension] ?? dimension.rawValue): nothing yet")
            return
        }
        let peak = rows.map(\.applicationsSubmitted).max() ?? 0
        var table = TextTable(columns: [
            .init(titles[dimension] ?? dimension.rawValue), .init("POSTINGS", alignment: .right),
            .init("APPLIED", alignment: .right), .init("INTERVIEWS", alignment: .right),
            .init("OFFERS", alignment: .right), .init("RESPONSE", alignment: .right), .init(""),
        ])
        for row in rows {
            table.append([
                row.value, row.jobsDiscovered.map(String.init) ?? glyphs.dash, "\(row.applicationsSubmitted)",
                "\(row.interviewsScheduled)", "\(row.offersReceived)", AnalyticsRate.percent(row.responseRate),
                glyphs.bar(row.applicationsSubmitted, of: peak, width: 20),
            ])
        }
        printTable(context, table)
    }

    static func platforms(_ health: [PlatformHealth], days: Int, context: CommandContext) {
        guard !health.isEmpty else {
            context.output.note("no discovery runs in the last \(days) day(s): run `jobhunt discover` first")
            return
        }
        let glyphs = context.chartGlyphs
        var table = TextTable(columns: [
            .init("PLATFORM"), .init("DAYS", alignment: .right), .init("SCRAPED", alignment: .right),
            .init("OK", alignment: .right), .init("FAILED", alignment: .right), .init("SUCCESS", alignment: .right),
            .init("429S", alignment: .right), .init("DETECTED", alignment: .right), .init("AVG MS", alignment: .right),
            .init(""),
        ])
        for platform in health {
            let fetches = platform.successfulScrapes + platform.failedScrapes
            table.append([
                platform.platformName, "\(platform.days)", "\(platform.totalJobsScraped)",
                "\(platform.successfulScrapes)",
                "\(platform.failedScrapes)", AnalyticsRate.percent(platform.successRate), "\(platform.rateLimitHits)",
                "\(platform.detectionEvents)", platform.averageResponseTimeMs.map(String.init) ?? glyphs.dash,
                glyphs.bar(platform.successfulScrapes, of: max(fetches, 1), width: 10),
            ])
        }
        printTable(context, table)
    }

    /// `CommandContext.printTable` without the spaces an empty last cell (a bar of zero) leaves.
    static func printTable(_ context: CommandContext, _ table: TextTable) {
        let width = context.output.stdoutIsTerminal ? context.terminalWidth : nil
        for line in table.render(width: width, style: context.output.style) {
            var line = line
            while line.last == " " { line.removeLast() }
            context.output.print(line)
        }
    }

    static func hours(_ minutes: Int) -> String {
        minutes < 60 ? "\(minutes) min" : String(format: "%.1f h (%d min)", Double(minutes) / 60, minutes)
    }
}
