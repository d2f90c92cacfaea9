// `jobhunt apply`: prepare an application for one posting — the application
// (pending) and a tailored résumé, cover letter and follow-up e-mail — then
// read, edit, approve and remake them. The group is its own file so later
// subcommands (`apply submit`) are one more entry in `subcommands`.
import Foundation
import JobHuntDocuments
import JobHuntKernel

enum ApplyCommands {
    /// The options of `apply JOB`.
    enum Prepare: ArgumentKeys {
        static let job: PositionalKey<String> = .required(
            "JOB", help: "The posting: what `discover show` accepts (id, handle, PLATFORM:EXTERNAL_ID or URL)")
        static let format: OptionKey<[String]> = .repeatable(
            "format", .choice(DocumentFormat.allCases.map(\.rawValue)), valueName: "FORMAT",
            help: "Keep md, html or pdf (repeat for several; default all three)")
        static let dryRun: OptionKey<Bool> = .flag(
            "dry-run", help: "Print what would be generated and write nothing")
        static let generator: OptionKey<String?> = .value(
            "generator", .choice(GeneratorKind.allCases.map(\.rawValue)), valueName: "KIND",
            help: "Which generator writes the documents (default: the generator.kind setting, builtin)")
        static let keepExisting: OptionKey<Bool> = .flag(
            "keep-existing", help: "If the posting's application has documents, show them instead of refusing")
        static let options: [any OptionKeyProtocol] = [format, dryRun, generator, keepExisting]
        static let positionals: [any PositionalKeyProtocol] = [job]
    }

    static let spec = CommandSpec(
        name: "apply",
        abstract: "Prepare a tailored résumé, cover letter and follow-up e-mail for a posting",
        discussion: """
            Creates the application for JOB (status pending, as `status add` would; one already \
            tracked without documents is reused) and writes three documents for it: a résumé \
            with your most relevant jobs and achievements for this posting, a cover letter and a \
            follow-up e-mail for a week later. The built-in generator is offline and \
            deterministic and states nothing your profile does not: it orders your achievements \
            by similarity to the posting's requirements (the embedding model, else skills and \
            shared words), keeps what fits one page, and lists the posting's required skills you \
            have first. It prints the coverage an ATS would see: required and preferred skills \
            covered and missing, and the posting's keywords that appear nowhere in your profile \
            (never added). Files go to the object store (the data directory, or S3 when \
            configured) as Markdown, HTML and PDF (PDF needs chromium and chromium-driver; \
            scripts/setup installs them). Templates in $XDG_CONFIG_HOME/jobhunt/templates/ \
            replace the built-in ones (docs/apply.md lists their variables). Running apply \
            again for the same posting is refused (use `apply regenerate`), unless \
            --keep-existing asks to report the documents already there. --json writes \
            {application, documents, coverage, kept, generation, reused, existing, pdf_skipped, dry_run}.
            """,
        keys: Prepare.self,
        subcommands: [show, list, edit, approve, regenerate, diff, ApplySubmitCommand.spec],
        examples: [
            "jobhunt apply 0193a4f2",
            "jobhunt apply 0193a4f2 --format md --format html --dry-run",
            "jobhunt apply show 7c1e9a20 --cover-letter",
        ],
        run: { context in
            let request = ApplyRequest(
                job: context.arguments[Prepare.job], formats: formats(context.arguments[Prepare.format]),
                dryRun: context.arguments[Prepare.dryRun], keepExisting: context.arguments[Prepare.keepExisting])
            let outcome = try service(context, generator: context.arguments[Prepare.generator])
                .prepare(request, for: try context.actingUser())
            try printOutcome(outcome, context: context)
        })

    /// The formats asked for; all three when none was.
    static func formats(_ names: [String]) -> Set<DocumentFormat> {
        let chosen = Set(names.compactMap(DocumentFormat.init(rawValue:)))
        return chosen.isEmpty ? Set(DocumentFormat.allCases) : chosen
    }

    /// The service with the installed model, the chosen generator, the
    /// person's templates and a PDF printer when one is installed.
    /// `ranks` is false for commands that only render what is stored (edit,
    /// diff): they need no model, and say nothing about a missing one.
    static func service(_ context: CommandContext, generator: String? = nil, ranks: Bool = true) throws
        -> DocumentService
    {
        let embedder =
            ranks
            ? try context.installedEmbedder(
                otherwise: "ordering by skills and shared words only (run `jobhunt model install --from-pypi`)")
            : nil
        let templates = try TemplateSet(directory: templatesDirectory(context))
        for name in templates.overridden { context.output.note("using your template \(name)") }
        return DocumentService(
            services: try context.services(), embedder: embedder, generator: try documentGenerator(generator, context),
            templates: templates, printer: try pdfPrinter(context))
    }

    /// `$XDG_CONFIG_HOME/jobhunt/templates/`.
    static func templatesDirectory(_ context: CommandContext) -> URL {
        context.configurationResolver.paths.configDirectory.appendingPathComponent("templates", isDirectory: true)
    }
}
