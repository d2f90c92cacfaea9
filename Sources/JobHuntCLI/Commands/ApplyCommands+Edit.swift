// `jobhunt apply edit` and `apply approve`: the person has the last word on
// every document, and approving is what submission will ask for.
import Foundation
import JobHuntDocuments
import JobHuntKernel

extension ApplyCommands {
    enum Edit: ArgumentKeys {
        static let options: [any OptionKeyProtocol] = [Which.resume, Which.coverLetter, Which.followUp]
        static let positionals: [any PositionalKeyProtocol] = [One.application]
    }

    static let edit = CommandSpec(
        name: "edit",
        abstract: "Edit one of an application's documents in $VISUAL or $EDITOR",
        discussion: """
            Opens the chosen document's Markdown in $VISUAL (else $EDITOR, else vi). When you \
            save a change, the document is marked edited (user_edited) and no longer approved, \
            and its HTML and PDF are made again from your Markdown. Leaving it unchanged \
            changes nothing. Exactly one of --resume, --cover-letter, --follow-up.
            """,
        keys: Edit.self,
        examples: ["jobhunt apply edit 7c1e9a20 --cover-letter", "EDITOR=nano jobhunt apply edit 7c1e9a20 --resume"],
        run: { context in
            let kinds = Which.kinds(context)
            guard kinds.count == 1, let kind = kinds.first else {
                throw CLIError.usage(
                    "apply edit edits one document", remedy: "give exactly one of --resume, --cover-letter, --follow-up"
                )
            }
            let acting = try context.actingUser()
            let reference = context.arguments[One.application]
            let service = try ApplyCommands.service(context, ranks: false)
            let (application, documents) = try service.documents(reference, for: acting)
            guard let document = documents.first(where: { $0.kind == kind }) else {
                throw CLIError.failure("application \(application.handle) has no \(kind.label)")
            }
            guard let edited = try DocumentEditor.edit(document.contentText, name: kind.fileStem, context: context)
            else {
                context.output.note("no change to the \(kind.label) of \(application.handle); nothing saved")
                return
            }
            let result = try service.edit(reference, kind: kind, text: edited, for: acting)
            if result.pdfSkipped { context.output.warn(pdfHint) }
            if context.globals.json {
                context.output.print(try JSONWriter.encode(result.document, pretty: context.output.stdoutIsTerminal))
                return
            }
            context.output.print(result.document.fileURL ?? "")
            context.output.note(
                "saved your \(kind.label) for \(application.handle); approve it with `jobhunt apply approve \(application.handle)`"
            )
        })

    static let approve = CommandSpec(
        name: "approve",
        abstract: "Approve an application's documents for submission",
        discussion: """
            Marks the résumé, cover letter and follow-up e-mail approved (user_approved). \
            Editing a document afterwards withdraws its approval. --json writes the rows.
            """,
        keys: One.self,
        examples: ["jobhunt apply approve 7c1e9a20"],
        run: { context in
            let service = DocumentService(services: try context.services(), embedder: nil)
            let (application, documents) = try service.approve(
                context.arguments[One.application], for: try context.actingUser())
            if context.globals.json {
                context.output.print(try JSONWriter.encode(documents, pretty: context.output.stdoutIsTerminal))
                return
            }
            context.output.print(application.id.uuidString.lowercased())
            context.output.note(
                "approved \(documents.count) documents of \(application.handle): \(application.jobTitle) at \(application.companyName)"
            )
        })
}
