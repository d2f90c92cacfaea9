// `jobhunt discover find TEXT…`: stored postings by the words of TEXT and by
// what it means, fused by rank, with where each result came from.
import Foundation
import JobHuntDiscovery
import JobHuntKernel
import JobHuntMatching

extension DiscoverCommands {
    /// The options and positional of `discover find`.
    enum Find: ArgumentKeys {
        static let limit: OptionKey<Int?> = .value(
            "limit", .integer(1...1000), valueName: "N", help: "Show at most N postings", defaultValue: "20")
        static let all: OptionKey<Bool> = .flag("all", help: "Include inactive (expired or withdrawn) postings")
        static let company: OptionKey<String?> = .value(
            "company", .string, valueName: "NAME", help: "Only postings of companies whose name contains NAME")
        static let location: OptionKey<String?> = .value(
            "location", .string, valueName: "TEXT",
            help:
                "Only postings whose city, state or country contains TEXT, or remote work open to a region "
                + "('Remote (US)', 'anywhere in Europe')")
        static let workType: OptionKey<String?> = .value(
            "work-type", .choice(WorkArrangement.allCases.map(\.rawValue)), valueName: "TYPE",
            help: "Only remote, hybrid or onsite postings")
        static let text: PositionalKey<[String]> = .variadic(
            "TEXT", help: "What to look for (words, \"phrases\", -exclusions)")

        static let options: [any OptionKeyProtocol] = [limit, all, company, location, workType]
        static let positionals: [any PositionalKeyProtocol] = [text]
    }

    static let find = CommandSpec(
        name: "find",
        abstract: "Search stored postings by words and by meaning, best first",
        discussion: """
            Ranks postings twice and fuses the two lists by reciprocal rank (k = 60): by the words \
            of TEXT in titles and descriptions (bm25 on SQLite, ts_rank_cd on PostgreSQL), and by \
            meaning (the embedding of TEXT against each posting's). Words are alternatives ranked \
            by how well a posting matches them; "quoted words" form a phrase; -word or -"a phrase" \
            leaves out postings that contain it (quote the whole TEXT, or put -- before it, so \
            -word is not read as an option); other characters are searched for, never \
            interpreted. Results found by meaning alone need a similarity of at least 0.15. \
            Without an embedding model only the words count (one warning). Each \
            result says where it came from (text and semantic rank, similarity) and shows a \
            passage with the matched terms in [brackets]. See docs/search.md.
            """,
        keys: Find.self,
        examples: [
            "jobhunt discover find 'swift ios engineer'",
            #"jobhunt discover find '"machine learning" python -intern' --limit 10"#,
            "jobhunt discover find 'data platform' --work-type remote --json",
        ],
        run: { try runFind($0) })

    static func runFind(_ context: CommandContext) throws {
        let arguments = context.arguments
        let text = arguments[Find.text].joined(separator: " ")
        guard !FullTextQuery(parsing: text).isEmpty else {
            throw CLIError.usage(JobHuntError.findNoSearchTerms)
        }
        let services = try context.services()
        _ = try context.actingUser()
        let options = FindOptions(
            limit: arguments[Find.limit] ?? 20, includeInactive: arguments[Find.all],
            company: arguments[Find.company], location: arguments[Find.location],
            workArrangement: arguments[Find.workType].flatMap(WorkArrangement.init(rawValue:)))
        let found = try PostingFinder(
            services: services, embedder: try context.installedEmbedder(otherwise: Self.wordsOnly)
        ).find(
            text, options: options)
        if context.globals.json {
            context.output.print(try JSONWriter.encode(found, pretty: context.output.stdoutIsTerminal))
            return
        }
        guard !found.isEmpty else {
            context.output.note("no postings match '\(text)'")
            return
        }
        var table = TextTable(columns: [
            .init("#", alignment: .right), .init("ID"), .init("TITLE"), .init("COMPANY"), .init("LOCATION"),
            .init("FROM"), .init("SNIPPET"),
        ])
        for posting in found {
            table.append([
                "\(posting.rank)", PostingHandle.short(posting.id), posting.title,
                posting.companyName ?? "", posting.location ?? "", provenance(posting), posting.snippet,
            ])
        }
        context.printTable(table)
    }

    static let wordsOnly =
        "searching by words only (run `jobhunt model install --from-pypi` to search by meaning too)"

    /// `text 1 + meaning 3 (0.71)`: which lists ranked the posting, and where.
    static func provenance(_ posting: FoundPosting) -> String {
        var parts: [String] = []
        if let rank = posting.textRank { parts.append("text \(rank)") }
        if let rank = posting.semanticRank {
            parts.append("meaning \(rank)" + (posting.similarity.map { String(format: " (%.2f)", $0) } ?? ""))
        }
        return parts.joined(separator: " + ")
    }

}
