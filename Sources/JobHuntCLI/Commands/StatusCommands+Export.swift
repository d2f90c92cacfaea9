// `jobhunt status export --ics`: interviews and follow-ups as an iCalendar
// file that a calendar imports, and imports again without duplicates.
import Foundation
import JobHuntApplications
import JobHuntKernel

extension StatusCommands {
    /// The options and positional of `status export`.
    enum Export: ArgumentKeys {
        static let ics: OptionKey<Bool> = .flag("ics", help: "Write an iCalendar (RFC 5545) file")
        static let file: PositionalKey<String?> = .optional(
            "FILE", .path, help: "Where to write it (created 0600); stdout when left out")
        static let options: [any OptionKeyProtocol] = [ics]
        static let positionals: [any PositionalKeyProtocol] = [file]
    }

    static let export = CommandSpec(
        name: "export",
        abstract: "Export interviews and follow-ups as a calendar",
        discussion: """
            With --ics (the one format so far), writes an RFC 5545 iCalendar: each interview a \
            one-hour event starting at its time in UTC, titled 'Interview: TITLE at COMPANY'; \
            each follow-up date an all-day event. UIDs are stable (the application's id and the \
            interview's time), so importing the file again updates events instead of adding \
            copies; events of rejected and withdrawn applications are marked cancelled. FILE is \
            replaced atomically and readable by you alone.
            """,
        keys: Export.self,
        examples: [
            "jobhunt status export --ics ~/jobhunt.ics",
            "jobhunt status export --ics > applications.ics",
        ],
        run: { context in
            guard context.arguments[Export.ics] else {
                throw CLIError.usage("status export needs a format", remedy: "add --ics")
            }
            let calendar = try service(context).calendar(for: try context.actingUser())
            guard let path = context.arguments[Export.file] else {
                // Lines end in CRLF (RFC 5545 §3.1); `print` adds the last LF itself.
                // ("\r\n" is one Character in Swift, so dropLast removes both.)
                context.output.print(String(calendar.text.dropLast()) + "\r")
                return
            }
            let file = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
            try PrivateFileWriter.save(calendar.text, to: file)
            let events = calendar.applications.reduce(0) {
                $0 + $1.interviewDates.count + ($1.followUpDate == nil ? 0 : 1)
            }
            context.output.note("wrote \(events) event(s) to \(file.path)")
        })
}
