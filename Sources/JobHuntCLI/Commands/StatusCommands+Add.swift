// `jobhunt status add`: start tracking an application, from a stored posting
// or from scratch for one made elsewhere.
import Foundation
import JobHuntApplications
import JobHuntKernel

extension StatusCommands {
    /// The options and positional of `status add`.
    enum Add: ArgumentKeys {
        static let job: PositionalKey<String?> = .optional(
            "JOB", help: "A stored posting: its handle, id, PLATFORM:EXTERNAL_ID or URL (as `discover list` prints)")
        static let company: OptionKey<String?> = .value(
            "company", .string, valueName: "NAME", help: "The employer, for an application made elsewhere")
        static let title: OptionKey<String?> = .value(
            "title", .string, valueName: "TITLE", help: "The job title, for an application made elsewhere")
        static let url: OptionKey<URL?> = .value("url", .url, valueName: "URL", help: "The posting's address")
        static let status: OptionKey<String?> = .value(
            "status", .choice(ApplicationStatus.names), valueName: "STATUS", help: "Where it stands",
            defaultValue: "pending")
        static let method: OptionKey<String?> = .value(
            "method", .choice(ApplicationMethod.names), valueName: "METHOD", help: "How you applied")
        static let date: OptionKey<String?> = .value(
            "date", .string, valueName: "WHEN",
            help: "When it was submitted (default now unless pending): 2026-12-01 or 2026-12-01T09:30Z")
        static let note: OptionKey<String?> = .value("note", .string, valueName: "TEXT", help: "A note to keep")
        static let followUp: OptionKey<CalendarDate?> = .value(
            "follow-up", .date, valueName: "DATE", help: "When to follow up (YYYY-MM-DD)")

        static let options: [any OptionKeyProtocol] = [company, title, url, status, method, date, note, followUp]
        static let positionals: [any PositionalKeyProtocol] = [job]
    }

    static let add = CommandSpec(
        name: "add",
        abstract: "Start tracking an application",
        discussion: """
            From a stored posting (JOB, as `discover list`, `match` or `find` print it), whose \
            company, title and URL are copied into the application; or from scratch with \
            --company and --title for one made elsewhere. One application per posting: adding \
            the same posting twice fails. The status defaults to pending; any other status means \
            it was submitted, at --date or now. Prints the new application's id (--json: the \
            application as `status show --json` prints it).
            """,
        keys: Add.self,
        examples: [
            "jobhunt status add 0193a4f2",
            "jobhunt status add greenhouse:4012345 --status submitted --method referral --follow-up 2026-12-15",
            "jobhunt status add --company Acme --title 'Staff Engineer' --url https://acme.example/jobs/1 --status submitted --date 2026-11-28",
        ],
        run: { context in
            let arguments = context.arguments
            let source: NewApplication.Source
            switch (arguments[Add.job], arguments[Add.company], arguments[Add.title]) {
            case (let job?, nil, nil):
                guard arguments[Add.url] == nil else {
                    throw CLIError.usage("--url is for an application made elsewhere", remedy: "JOB's URL is used")
                }
                source = .posting(job)
            case (nil, let company?, let title?):
                source = .scratch(company: company, title: title, url: arguments[Add.url]?.absoluteString)
            case (_?, _, _):
                throw CLIError.usage(
                    "give JOB or --company and --title, not both",
                    remedy: "JOB fills company and title from the posting")
            default:
                throw CLIError.usage(
                    "status add needs JOB or --company and --title",
                    remedy: "e.g. `jobhunt status add 0193a4f2` or `jobhunt status add --company Acme --title Engineer`"
                )
            }
            let acting = try context.actingUser()
            let details = try checked {
                let new = NewApplication(
                    source: source, status: ApplicationStatus(rawValue: arguments[Add.status] ?? "") ?? .pending,
                    method: arguments[Add.method].flatMap(ApplicationMethod.init),
                    submittedAt: try arguments[Add.date].map { try ApplicationTime.parse($0, field: "submitted_at") },
                    note: arguments[Add.note], followUp: arguments[Add.followUp])
                return try service(context).add(new, for: acting)
            }
            try printChanged(details, context: context, note: "added")
        })
}
