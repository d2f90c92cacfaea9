// `jobhunt status show` and `status history`: one application in full, and
// every change made to it.
import Foundation
import JobHuntApplications
import JobHuntKernel

extension StatusCommands {
    /// The positional every single-application command takes.
    enum One: ArgumentKeys {
        static let application: PositionalKey<String> = .required(
            "APP", help: "The application: its handle from `status list`, its id, or a unique start or end of it")
        static let positionals: [any PositionalKeyProtocol] = [application]
    }

    static let show = CommandSpec(
        name: "show",
        abstract: "Show one application, its posting, its history and what is due",
        discussion: """
            --json writes the application's columns plus `posting` (the stored posting, or null), \
            `history` (oldest first), `due_follow_up` and `due_interviews`: the same object \
            `status add` and `status set` print.
            """,
        keys: One.self,
        examples: ["jobhunt status show 7c1e9a20", "jobhunt status show 7c1e9a20 --json"],
        run: { context in
            let details = try service(context).details(
                context.arguments[One.application], for: try context.actingUser())
            if context.globals.json {
                context.output.print(try JSONWriter.encode(details, pretty: context.output.stdoutIsTerminal))
                return
            }
            printDetails(details, context: context)
        })

    static let history = CommandSpec(
        name: "history",
        abstract: "Show every change to an application, oldest first",
        discussion: """
            One row per change, creation included: when, the status it left the application \
            in, who made it (user, system or automatic) and its note. --json writes the \
            `application_status_history` rows.
            """,
        keys: One.self,
        examples: ["jobhunt status history 7c1e9a20"],
        run: { context in
            let (_, entries) = try service(context).history(
                context.arguments[One.application], for: try context.actingUser())
            if context.globals.json {
                context.output.print(try JSONWriter.encode(entries, pretty: context.output.stdoutIsTerminal))
                return
            }
            printHistory(entries, context: context)
        })

    static func printHistory(_ entries: [StatusHistoryEntry], context: CommandContext) {
        var table = TextTable(columns: [.init("WHEN"), .init("STATUS"), .init("BY"), .init("NOTE")])
        for entry in entries {
            table.append([
                ApplicationTime.text(entry.createdAt), entry.status.rawValue, entry.changedBy?.rawValue ?? "",
                entry.notes ?? "",
            ])
        }
        context.printTable(table)
    }

    static func printDetails(_ details: ApplicationDetails, context: CommandContext) {
        let a = details.application
        var lines: [(String, String)] = [
            ("id", a.id.uuidString.lowercased()), ("title", a.jobTitle), ("company", a.companyName),
            ("status", a.status.rawValue), ("method", a.applicationMethod?.rawValue ?? ""),
            ("url", a.jobURL ?? ""), ("submitted", a.submittedAt.map(ApplicationTime.text) ?? ""),
            ("last change", a.lastStatusUpdate.map(ApplicationTime.text) ?? ""),
            ("follow up", a.followUpDate?.description ?? ""),
            ("interviews", a.interviewDates.map(ApplicationTime.text).joined(separator: ", ")),
            ("offer", offerText(a)), ("rejection", a.rejectionReason ?? ""),
        ]
        if let posting = details.posting {
            lines.append(("posting", "\(posting.title) (\(posting.isActive ? "active" : "inactive"))"))
        }
        var due: [String] = []
        if let followUp = details.due.followUp { due.append("follow up (since \(followUp))") }
        due += details.due.interviews.map { "interview \(ApplicationTime.text($0))" }
        lines.append(("due", due.joined(separator: "; ")))
        let width = lines.map(\.0.count).max() ?? 0
        for (label, value) in lines where !value.isEmpty {
            context.output.print(label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value)
        }
        if let notes = a.notes, !notes.isEmpty {
            context.output.print("")
            context.output.print(notes)
        }
        context.output.print("")
        printHistory(details.history, context: context)
    }

    /// `95000; equity=0.1%, start=2027-01-10`.
    static func offerText(_ application: Application) -> String {
        var parts: [String] = []
        if let salary = application.offerSalary { parts.append("\(salary)") }
        if let details = application.offerDetails, !details.isEmpty {
            parts.append(details.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }
}
