// `jobhunt status note` and `status remove`: keep notes on an application,
// and forget one entirely.
import Foundation
import JobHuntApplications
import JobHuntKernel

extension StatusCommands {
    /// The positionals of `status note`.
    enum Note: ArgumentKeys {
        static let text: PositionalKey<String> = .required("TEXT", help: "The note")
        static let positionals: [any PositionalKeyProtocol] = [One.application, text]
    }

    /// The options of `status remove`.
    enum Remove: ArgumentKeys {
        static let yes: OptionKey<Bool> = .flag("yes", short: "y", help: "Remove without asking")
        static let options: [any OptionKeyProtocol] = [yes]
        static let positionals: [any PositionalKeyProtocol] = [One.application]
    }

    static let note = CommandSpec(
        name: "note",
        abstract: "Add a note to an application",
        discussion: """
            Appends TEXT to the application's notes and records it in the history under the \
            current status. Prints the application's id (--json: the application).
            """,
        keys: Note.self,
        examples: ["jobhunt status note 7c1e9a20 'recruiter: Dana, dana@acme.example'"],
        run: { context in
            let acting = try context.actingUser()
            let details = try checked(renaming: ["notes": "TEXT"]) {
                try service(context).note(
                    context.arguments[One.application], context.arguments[Note.text], for: acting)
            }
            try printChanged(details, context: context, note: "noted")
        })

    static let remove = CommandSpec(
        name: "remove",
        aliases: ["rm"],
        abstract: "Delete an application and its history",
        discussion: """
            Deletes the application and, with it, its history (the seed's ON DELETE CASCADE). \
            Needs --yes: there is no undo. To stop tracking an application but keep its record, \
            use `status withdraw`.
            """,
        keys: Remove.self,
        examples: ["jobhunt status remove 7c1e9a20 --yes"],
        run: { context in
            let reference = context.arguments[One.application]
            guard context.arguments[Remove.yes] else {
                throw CLIError.usage(
                    "status remove deletes '\(reference)' and its history for good",
                    remedy: "add --yes to confirm, or use `jobhunt status withdraw` to keep the record")
            }
            let removed = try service(context).remove(reference, for: try context.actingUser())
            if context.globals.json {
                context.output.print(try JSONWriter.encode(removed, pretty: context.output.stdoutIsTerminal))
                return
            }
            context.output.note("removed \(removed.handle): \(removed.jobTitle) at \(removed.companyName)")
        })
}
