// `jobhunt analytics rollup`: fills user_analytics for each finished day;
// running it twice changes nothing. The worker's nightly schedule calls it.
import Foundation
import JobHuntAnalytics
import JobHuntKernel

extension AnalyticsCommands {
    enum Rollup: ArgumentKeys {
        static let since: OptionKey<CalendarDate?> = .value(
            "since", .date, valueName: "DATE",
            help: "Roll up (again) every day from DATE (YYYY-MM-DD); default: the days not rolled up yet")
        static let options: [any OptionKeyProtocol] = [since, csv]
    }

    static let rollup = CommandSpec(
        name: "rollup",
        abstract: "Fill user_analytics for each finished day",
        discussion: """
            One user_analytics row per day from your first day (or --since) through yesterday, \
            UTC; today is never stored, because it is not over. Without --since only the days \
            with no row yet are rolled up (what every analytics command does first); with \
            --since every day from DATE is computed again from the tables and replaces its row \
            and its cached copy (analytics:daily:{user_id}:{date}): use it after correcting \
            old applications. Running it twice changes nothing. Prints the rows written; --json \
            and --csv use the user_analytics column names.
            """,
        keys: Rollup.self,
        examples: ["jobhunt analytics rollup", "jobhunt analytics rollup --since 2026-11-01 --csv"],
        run: { context in
            let format = try OutputFormat(context)
            let service = try service(context)
            if let since = context.arguments[Rollup.since] {
                guard since < service.today else {
                    throw CLIError.usage(
                        "--since \(since) is not before today (\(service.today)): only finished days are rolled up",
                        remedy: "give an earlier date")
                }
                guard since.days(to: service.today) <= 3660 else {
                    throw CLIError.usage(
                        "--since \(since) is more than ten years ago", remedy: "give a date in the last ten years")
                }
            }
            let user = try context.actingUser()
            let result =
                try context.arguments[Rollup.since].map { try service.rollup(since: $0, for: user) }
                ?? service.ensureRolledUp(for: user)
            switch format {
            case .json:
                context.output.print(try JSONWriter.encode(result.days, pretty: context.output.stdoutIsTerminal))
            case .csv:
                context.output.print(CSVText.render(header: DailyAnalytics.columns, rows: result.days.map(\.cells)))
            case .text:
                guard let range = result.range else {
                    context.output.note("nothing to roll up: every finished day has its row (today is never stored)")
                    return
                }
                AnalyticsText.days(result.days, context: context)
                context.output.note(
                    "rolled up \(result.days.count) day(s), \(range.lowerBound) to \(range.upperBound), into user_analytics"
                )
            }
        })
}
