// `jobhunt analytics`: the weekly funnel, response rate and time saved; the
// subcommands roll up days, break results down by source, show source health
// and write the HTML report. Every report has --json and --csv.
import Foundation
import JobHuntAnalytics
import JobHuntKernel

enum AnalyticsCommands {
    /// The options of `analytics` itself.
    enum Overview: ArgumentKeys {
        static let weeks: OptionKey<Int?> = .value(
            "weeks", .integer(1...104), valueName: "N", help: "Show the last N weeks, this one included",
            defaultValue: "8")
        static let options: [any OptionKeyProtocol] = [weeks, csv]
    }

    static let csv: OptionKey<Bool> = .flag("csv", help: "Write comma-separated values with a header row")

    static let spec = CommandSpec(
        name: "analytics",
        abstract: "See where your job search leaks: the weekly funnel, response rate, time saved",
        discussion: """
            Applications per week (by submitted_at, or created_at when never submitted) with the \
            positive responses among them (now interviewed or offered), as a table with bars; \
            sparklines of the last weeks day by day; this week against last; the response rate \
            (sent applications that got an employer's answer: reviewing, interviewed, offered or \
            rejected); the funnel pending → submitted → reviewing → interviewed → offered with \
            the conversion at each step; and the time automation saved (an estimate: \
            analytics.minutes_per_* settings). Every analytics command first rolls up the \
            finished days that have none yet into user_analytics; today is always computed \
            afresh. --json writes {weeks, days, this_week, last_week, applications_submitted, \
            responses, response_rate, time_saved_minutes, funnel}; --csv the weekly rows \
            (week, applications_count, positive_responses). docs/analytics.md defines every figure.
            """,
        keys: Overview.self,
        subcommands: [rollup, sources, platforms, report],
        examples: [
            "jobhunt analytics", "jobhunt analytics --weeks 12", "jobhunt analytics --csv > weeks.csv",
            "jobhunt analytics report --html ~/jobhunt-report.html",
        ],
        run: { context in
            let format = try OutputFormat(context)
            let weeks = context.arguments[Overview.weeks] ?? 8
            let overview = try service(context).overview(weeks: weeks, for: try context.actingUser())
            switch format {
            case .json: context.output.print(try JSONWriter.encode(overview, pretty: context.output.stdoutIsTerminal))
            case .csv:
                context.output.print(CSVText.render(header: WeeklyActivity.columns, rows: overview.weeks.map(\.cells)))
            case .text: AnalyticsText.overview(overview, context: context)
            }
        })

    /// The service, with the time-saved estimates from settings.
    static func service(_ context: CommandContext) throws -> AnalyticsService {
        AnalyticsService(services: try context.services(), estimates: try estimates(context))
    }

    /// `analytics.minutes_per_*`: whole minutes, not negative.
    static func estimates(_ context: CommandContext) throws -> TimeSavedEstimates {
        let settings = try context.configuredSettings()
        func minutes(_ key: String, _ fallback: Int) throws -> Int {
            guard let text = settings.value(key) else { return fallback }
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)), value >= 0, value <= 10_000 else {
                throw CLIError.usage(
                    "invalid value for \(key): '\(text)' is not a whole number of minutes from 0 to 10000",
                    remedy: "set it with `jobhunt config set \(key) \(fallback)`")
            }
            return value
        }
        return TimeSavedEstimates(
            minutesPerPosting: try minutes(
                "analytics.minutes_per_posting", TimeSavedEstimates.defaultMinutesPerPosting),
            minutesPerDocument: try minutes(
                "analytics.minutes_per_document", TimeSavedEstimates.defaultMinutesPerDocument),
            minutesPerSubmission: try minutes(
                "analytics.minutes_per_submission", TimeSavedEstimates.defaultMinutesPerSubmission))
    }

    /// Text for people, JSON (the global --json) or CSV (--csv); not both.
    enum OutputFormat {
        case text, json, csv

        init(_ context: CommandContext) throws {
            let csv = context.arguments[AnalyticsCommands.csv]
            switch (context.globals.json, csv) {
            case (true, true): throw CLIError.usage("--json and --csv cannot be used together", remedy: "choose one")
            case (true, false): self = .json
            case (false, true): self = .csv
            case (false, false): self = .text
            }
        }
    }
}
