// `jobhunt analytics platforms`: source health from platform_metrics.
import Foundation
import JobHuntAnalytics
import JobHuntKernel

extension AnalyticsCommands {
    enum Platforms: ArgumentKeys {
        static let days: OptionKey<Int?> = .value(
            "days", .integer(1...366), valueName: "N", help: "Sum the last N days, today included", defaultValue: "30")
        static let options: [any OptionKeyProtocol] = [days, csv]
    }

    static let platforms = CommandSpec(
        name: "platforms",
        abstract: "Source health: success rate, rate-limit hits, detection events, latency",
        discussion: """
            platform_metrics summed per platform over the last N days: postings scraped, \
            successful and failed fetches, the success rate (successful / (successful + \
            failed)), rate-limit hits (HTTP 429), detection events (a CAPTCHA or block met while \
            submitting) and the average response time, each day's average weighted by its \
            fetches. Every discover run adds to its platform's row of the day. The table names \
            no one: every user of a shared database sees the same figures. --json and --csv use \
            the platform_metrics column names, plus days and success_rate.
            """,
        keys: Platforms.self,
        examples: ["jobhunt analytics platforms", "jobhunt analytics platforms --days 7 --json"],
        run: { context in
            let format = try OutputFormat(context)
            let service = try service(context)
            try service.ensureRolledUp(for: try context.actingUser())
            let health = try service.platforms(days: context.arguments[Platforms.days] ?? 30)
            switch format {
            case .json: context.output.print(try JSONWriter.encode(health, pretty: context.output.stdoutIsTerminal))
            case .csv: context.output.print(CSVText.render(header: PlatformHealth.columns, rows: health.map(\.cells)))
            case .text: AnalyticsText.platforms(health, days: context.arguments[Platforms.days] ?? 30, context: context)
            }
        })
}
