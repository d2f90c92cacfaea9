// `jobhunt apply show` and `apply list`: read an application's documents,
// and see which applications have them.
import Foundation
import JobHuntApplications
import JobHuntDocuments
import JobHuntKernel

extension ApplyCommands {
    /// The positional every single-application subcommand takes.
    enum One: ArgumentKeys {
        static let application: PositionalKey<String> = .required(
            "APP", help: "The application: what `status show` accepts (its handle, id, or a unique part of the id)")
        static let positionals: [any PositionalKeyProtocol] = [application]
    }

    /// Which document: the three flags `show` and `edit` share.
    enum Which {
        static let resume: OptionKey<Bool> = .flag("resume", help: "The résumé")
        static let coverLetter: OptionKey<Bool> = .flag("cover-letter", help: "The cover letter")
        static let followUp: OptionKey<Bool> = .flag("follow-up", help: "The follow-up e-mail")

        static func kinds(_ context: CommandContext) -> [DocumentKind] {
            [(resume, DocumentKind.resume), (coverLetter, .coverLetter), (followUp, .followUp)]
                .filter { context.arguments[$0.0] }.map(\.1)
        }
    }

    enum Show: ArgumentKeys {
        static let open: OptionKey<Bool> = .flag("open", help: "Open the document's fullest file (PDF, else HTML)")
        static let options: [any OptionKeyProtocol] = [Which.resume, Which.coverLetter, Which.followUp, open]
        static let positionals: [any PositionalKeyProtocol] = [One.application]
    }

    static let show = CommandSpec(
        name: "show",
        abstract: "Print an application's documents as Markdown",
        discussion: """
            Prints the résumé, cover letter and follow-up e-mail (or the ones chosen) as \
            Markdown, edits included. --open opens the first chosen document's PDF (else HTML) \
            with xdg-open. --json writes the generated_content rows.
            """,
        keys: Show.self,
        examples: ["jobhunt apply show 7c1e9a20 --cover-letter", "jobhunt apply show 7c1e9a20 --resume --open"],
        run: { context in
            let service = DocumentService(services: try context.services(), embedder: nil)
            let (_, documents) = try service.documents(
                context.arguments[One.application], for: try context.actingUser())
            let kinds = Which.kinds(context)
            let chosen = documents.filter { kinds.isEmpty || kinds.contains($0.kind) }
            if context.globals.json {
                context.output.print(try JSONWriter.encode(chosen, pretty: context.output.stdoutIsTerminal))
            } else {
                for (index, document) in chosen.enumerated() {
                    if chosen.count > 1 { context.output.print((index > 0 ? "\n" : "") + "==> \(document.kind.label)") }
                    context.output.print(
                        String(document.contentText.dropLast(document.contentText.hasSuffix("\n") ? 1 : 0)))
                }
            }
            if context.arguments[Show.open], let first = chosen.first {
                try DocumentOpener.open(first, context: context)
            }
        })

    static let list = CommandSpec(
        name: "list",
        aliases: ["ls"],
        abstract: "List the applications that have generated documents",
        discussion: """
            One row per application, newest first: its handle, the posting, status, which \
            generator wrote the documents, and whether they are edited and approved. --json \
            writes [{application, documents}].
            """,
        examples: ["jobhunt apply list", "jobhunt apply list --json"],
        run: { context in
            let service = DocumentService(services: try context.services(), embedder: nil)
            let entries = try service.list(for: try context.actingUser())
            if context.globals.json {
                let rows = entries.map { ApplicationDocuments(application: $0.0, documents: $0.1) }
                context.output.print(try JSONWriter.encode(rows, pretty: context.output.stdoutIsTerminal))
                return
            }
            guard !entries.isEmpty else {
                context.output.note("no prepared applications yet: prepare one with `jobhunt apply JOB`")
                return
            }
            var table = TextTable(columns: [
                .init("ID"), .init("STATUS"), .init("GENERATOR"), .init("EDITED"), .init("APPROVED"),
                .init("APPLICATION"),
            ])
            for (application, documents) in entries {
                let edited = documents.filter(\.userEdited).map(\.kind.fileStem)
                let approved = documents.allSatisfy(\.userApproved) ? "yes" : "no"
                table.append([
                    application.handle, application.status.rawValue, documents.first?.modelUsed ?? "",
                    edited.isEmpty ? "-" : edited.joined(separator: ","), approved,
                    "\(application.jobTitle) at \(application.companyName)",
                ])
            }
            context.printTable(table)
        })
}

/// One entry of `apply list --json`.
struct ApplicationDocuments: Encodable {
    var application: Application
    var documents: [GeneratedDocument]
}
