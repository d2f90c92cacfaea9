// `jobhunt status list`: the acting user's applications, newest first,
// narrowed by status, date and company.
import Foundation
import JobHuntApplications
import JobHuntKernel

extension StatusCommands {
    /// The options of `status list`.
    enum List: ArgumentKeys {
        static let status: OptionKey<[String]> = .repeatable(
            "status", .choice(ApplicationStatus.names), valueName: "STATUS",
            help: "Only applications in this status (repeatable)")
        static let since: OptionKey<CalendarDate?> = .value(
            "since", .date, valueName: "DATE", help: "Only applications added on or after DATE (YYYY-MM-DD)")
        static let company: OptionKey<String?> = .value(
            "company", .string, valueName: "TEXT", help: "Only companies whose name contains TEXT (any case)")
        static let options: [any OptionKeyProtocol] = [status, since, company]
    }

    static let list = CommandSpec(
        name: "list",
        aliases: ["ls"],
        abstract: "List your applications, newest first",
        discussion: """
            Newest first by when the application was added. --json writes an array of objects \
            keyed by the `applications` columns (id, status, company_name, job_title, job_url, \
            submitted_at, follow_up_date, interview_dates, offer_details, …); the table shows \
            each id's handle, which every `status` command accepts.
            """,
        keys: List.self,
        examples: [
            "jobhunt status list", "jobhunt status list --status interviewed --status offered",
            "jobhunt status list --since 2026-11-01 --company acme --json",
        ],
        run: { context in
            let filter = ApplicationFilter(
                statuses: context.arguments[List.status].compactMap(ApplicationStatus.init),
                since: context.arguments[List.since], company: context.arguments[List.company])
            let applications = try service(context).list(filter, for: try context.actingUser())
            if context.globals.json {
                // Compact even on a terminal: 10,000 rows are for a pipe or a pager.
                context.output.print(json(applications))
                return
            }
            guard !applications.isEmpty else {
                context.output.note(
                    filter == ApplicationFilter()
                        ? "no applications yet: add one with `jobhunt status add JOB`"
                        : "no application matches these filters")
                return
            }
            var table = TextTable(columns: [
                .init("ID"), .init("STATUS"), .init("COMPANY"), .init("TITLE"), .init("SUBMITTED"),
                .init("FOLLOW-UP"), .init("UPDATED"),
            ])
            for application in applications {
                table.append([
                    application.handle, application.status.rawValue, application.companyName, application.jobTitle,
                    application.submittedAt.map { CalendarDate(utcDayOf: $0).description } ?? "",
                    application.followUpDate?.description ?? "",
                    application.lastStatusUpdate.map { CalendarDate(utcDayOf: $0).description } ?? "",
                ])
            }
            context.printTable(table)
        })
}
