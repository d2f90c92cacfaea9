// `jobhunt discover company NAME|DOMAIN|CAREERS-URL [--add SEARCH]`: which job boards a
// company publishes, as `KIND:ARG` sources with their posting counts, optionally added
// to a saved search.
import Foundation
import JobHuntDiscovery
import JobHuntKernel

extension DiscoverCommands {
    /// The positional and option of `discover company`.
    enum Company: ArgumentKeys {
        static let query: PositionalKey<String> = .required(
            "COMPANY", help: "The company's name, its web domain, or its careers page URL")
        static let add: OptionKey<String?> = .value(
            "add", .string, valueName: "SEARCH", help: "Add the boards found to this saved search")
        static let positionals: [any PositionalKeyProtocol] = [query]
        static let options: [any OptionKeyProtocol] = [add]
    }

    static let company = CommandSpec(
        name: "company",
        abstract: "Find the job boards a company publishes",
        discussion: """
            Reads a careers page (a URL argument) for links to hosted boards (Greenhouse, Lever, \
            Ashby, Workday, Workable, SmartRecruiters, Recruitee, Personio, Teamtailor, Breezy) \
            and for schema.org JobPostings, then asks each board API for the names the company \
            probably uses there (from its name or domain: `Acme Robotics GmbH` tries \
            acmerobotics and acme-robotics). Prints each board found as a KIND:ARG source with \
            its posting count and how it was found (api, link, jsonld); --add SEARCH adds them \
            to that saved search. Polite: robots.txt for the careers page, jobhunt's \
            User-Agent, per-host pacing, at most two requests per board API and five linked \
            boards per company, and the answer cached for a day (with Redis). Exit status 1 when \
            nothing is found. The API hosts are the sources.*_url settings.
            """,
        keys: Company.self,
        examples: [
            "jobhunt discover company 'Acme Robotics'",
            "jobhunt discover company https://acme.example/careers --add 'remote swift'",
            "jobhunt discover company acme.example --json",
        ],
        run: { try findCompany($0) })

    static func findCompany(_ context: CommandContext) throws {
        let text = context.arguments[Company.query]
        guard let query = CompanyQuery(text) else {
            throw CLIError.usage(
                "'\(text)' names no company", remedy: "give a company name, a web domain or a careers page URL")
        }
        let services = try context.services()
        if let name = context.arguments[Company.add] {
            // The saved search is the acting user's or nothing: checked before
            // any request, so a missing (or someone else's) name fails at once.
            _ = try SearchCommands.relabeled {
                try SavedSearchService(services: services).show(name, for: try context.actingUser())
            }
        }
        let result = try BoardFinder(services: services, version: Entry.version).find(query)
        if let name = context.arguments[Company.add], !result.boards.isEmpty {
            let changes = SavedSearchChanges(lists: [.source: result.boards.map(\.source)])
            let search = try SearchCommands.relabeled {
                try SavedSearchService(services: services).edit(name, changes, for: try context.actingUser())
            }
            context.output.note("added \(result.boards.count) source(s) to saved search '\(search.searchName)'")
        }
        if context.globals.json {
            context.output.print(try JSONWriter.encode(result, pretty: context.output.stdoutIsTerminal))
        } else if !result.boards.isEmpty {
            var table = TextTable(columns: [.init("SOURCE"), .init("POSTINGS", alignment: .right), .init("FOUND BY")])
            for board in result.boards { table.append([board.source, "\(board.postings)", board.evidence.rawValue]) }
            context.printTable(table)
        }
        guard !result.boards.isEmpty else {
            throw CLIError.failure(
                "no job board found for '\(query.text)' (tried \(query.slugs.joined(separator: ", ")))",
                remedy: "give the company's careers page URL, or the name it uses on its job board")
        }
    }
}
