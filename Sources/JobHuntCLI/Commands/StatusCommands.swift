// `jobhunt status`: the application tracker. With no subcommand, the pipeline
// at a glance; the subcommands add, list, show and move applications.
import Foundation
import JobHuntApplications
import JobHuntKernel

enum StatusCommands {
    static let spec = CommandSpec(
        name: "status",
        abstract: "Track your applications from first note to offer",
        discussion: """
            Without a subcommand, prints how many applications are in each status, then those \
            that need action: a follow-up date reached (today or overdue) or an interview in the \
            next 7 days, newest application first. Statuses are pending, submitted, reviewing, \
            interviewed, rejected, offered and withdrawn; `status set` moves an application \
            forward (docs/status.md has the allowed transitions) and every change, creation \
            included, is kept in its history. An application is named by its id, the handle \
            `status list` prints (the id's last 8 characters), or any unique start or end of the \
            id (at least 4 characters). Dates and times are UTC unless they carry an offset. \
            With --json the overview is {counts, total, actions}.
            """,
        subcommands: [add, list, show, set, withdraw, note, history, remove, due, export],
        examples: [
            "jobhunt status",
            "jobhunt status add 0193a4f2 --status submitted --follow-up 2026-12-15",
            "jobhunt status set 7c1e9a20 interviewed --interview 2026-12-10T15:00Z",
            "jobhunt status due | mail -E -s 'jobhunt: due today' me@example.com",
        ],
        run: { context in
            let overview = try service(context).overview(for: try context.actingUser())
            if context.globals.json {
                context.output.print(json(overview))
                return
            }
            printOverview(overview, context: context)
        })

    static func service(_ context: CommandContext) throws -> ApplicationService {
        ApplicationService(services: try context.services())
    }

    static func printOverview(_ overview: PipelineOverview, context: CommandContext) {
        guard overview.summary.total > 0 else {
            context.output.note(
                "no applications yet: add one with `jobhunt status add JOB` or `status add --company NAME --title TITLE`"
            )
            return
        }
        var counts = TextTable(columns: [.init("STATUS"), .init("COUNT", alignment: .right)])
        for entry in overview.summary.counts { counts.append([entry.status.rawValue, "\(entry.count)"]) }
        counts.append(["total", "\(overview.summary.total)"])
        context.printTable(counts)
        context.output.print("")
        guard !overview.actions.isEmpty else {
            context.output.print("nothing needs action: no follow-up due, no interview in the next 7 days")
            return
        }
        context.output.print("needs action:")
        printActions(overview.actions, context: context)
    }

    /// One line per thing due, so `status due` reads well in a mail.
    static func printActions(_ actions: [ActionItem], context: CommandContext) {
        var table = TextTable(columns: [.init("ID"), .init("DUE"), .init("WHEN"), .init("APPLICATION")])
        for item in actions {
            let application = item.application
            let what = "\(application.jobTitle) at \(application.companyName) (\(application.status))"
            if let followUp = item.due.followUp {
                table.append([application.handle, "follow up", followUp.description, what])
            }
            for interview in item.due.interviews {
                table.append([application.handle, "interview", ApplicationTime.text(interview), what])
            }
        }
        context.printTable(table)
    }

    /// Option names for the columns a `JobHuntError` names, so errors say `--date`.
    static let labels = [
        "submitted_at": "--date", "date": "--date", "interview_dates": "--interview", "offer_salary": "--offer-salary",
        "offer_details": "--offer", "rejection_reason": "--reason", "notes": "--note", "company_name": "--company",
        "job_title": "--title", "job_url": "--url", "follow_up_date": "--follow-up",
    ]

    /// Runs `body`; a value the command line gave that breaks a rule is a
    /// usage error (exit 2) naming the option, as the parser's own are.
    static func checked<T>(renaming renamed: [String: String] = [:], _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as JobHuntError where error.code == .applicationInvalidValue {
            let names = labels.merging(renamed) { $1 }
            let named = error.field.flatMap { names[$0] }.map { error.naming($0) } ?? error
            throw CLIError.usage(named)
        }
    }

    /// The application as JSON, or its id on stdout and a line for people on stderr.
    static func printChanged(_ details: ApplicationDetails, context: CommandContext, note: String) throws {
        if context.globals.json {
            context.output.print(try JSONWriter.encode(details, pretty: context.output.stdoutIsTerminal))
            return
        }
        let application = details.application
        context.output.print(application.id.uuidString.lowercased())
        context.output.note(
            "\(note) \(application.handle): \(application.jobTitle) at \(application.companyName) (\(application.status))"
        )
    }
}
