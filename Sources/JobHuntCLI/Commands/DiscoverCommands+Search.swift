// `jobhunt discover search add | list | show | edit | remove | enable | disable`:
// the acting user's saved searches.
import Foundation
import JobHuntDiscovery
import JobHuntKernel

enum SearchCommands {
    static let spec = CommandSpec(
        name: "search",
        abstract: "Add, list, show, edit and remove your saved searches",
        discussion: """
            Names are unique per person, ignoring case. Options that hold a list (--title, \
            --company, --level, --source …) may be repeated. On `edit` their values are added to \
            the stored ones; `--clear FIELD` empties a field first, so `--clear title --title X` \
            replaces the titles with X. A disabled search is kept but skipped by `discover --all`.
            """,
        subcommands: [add, list, show, edit, remove, enable, disable])

    /// The positional of `show`, `remove`, `enable` and `disable`.
    enum Named: ArgumentKeys {
        static let name: PositionalKey<String> = .required("NAME", help: "The saved search's name (any case)")
        static let positionals: [any PositionalKeyProtocol] = [name]
    }

    /// The criteria options `add`, `edit` and `discover match` share, one per ``SavedSearchField``.
    enum Criteria {
        static let salaryMin = salary(.salaryMin, help: "Lowest acceptable yearly salary")
        static let salaryMax = salary(.salaryMax, help: "Highest yearly salary of interest")

        /// The repeatable option of a list field (every field but the salaries).
        static func list(_ field: SavedSearchField) -> OptionKey<[String]> {
            // Levels are words people use ("staff", "junior"), read by `changes(_:)`, not a fixed choice.
            .repeatable(
                field.rawValue, field == .level ? .string : field.allowedValues.map { .choice($0) } ?? .string,
                valueName: SearchCommands.valueName(field),
                help: SearchCommands.help(field), category: "Criteria")
        }

        /// Every criteria option, in ``SavedSearchField`` order.
        static let options: [any OptionKeyProtocol] = SavedSearchField.allCases.map { field in
            switch field {
            case .salaryMin: salaryMin
            case .salaryMax: salaryMax
            default: list(field)
            }
        }

        private static func salary(_ field: SavedSearchField, help: String) -> OptionKey<Int?> {
            .value(
                field.rawValue, .integer(0...SavedSearchRules.maximumSalary), valueName: "AMOUNT", help: help,
                category: "Criteria")
        }
    }

    /// The options and positional of `add`.
    enum Add: ArgumentKeys {
        static let options: [any OptionKeyProtocol] = Criteria.options
        static let positionals: [any PositionalKeyProtocol] = [Named.name]
    }

    static func valueName(_ field: SavedSearchField) -> String {
        switch field {
        case .title, .excludeTitle: "TITLE"
        case .company, .excludeCompany: "COMPANY"
        case .level: "LEVEL"
        case .workType: "TYPE"
        case .employmentType: "TYPE"
        case .location: "PLACE"
        case .keyword, .excludeKeyword: "WORD"
        case .source: "KIND:ARG"
        case .salaryMin, .salaryMax: "AMOUNT"
        }
    }

    static func help(_ field: SavedSearchField) -> String {
        switch field {
        case .title: "A job title to look for"
        case .excludeTitle: "Leave out titles containing this"
        case .company: "A company to prefer"
        case .excludeCompany: "A company to leave out"
        case .level:
            "entry, mid, senior, lead or executive (staff and principal read as lead, junior as entry; "
                + "public-service grades such as APS 6, HEO or GS-12 as their band)"
        case .workType: "remote, hybrid or onsite"
        case .employmentType: "full-time, part-time, contract or internship"
        case .location: "A city, region or country"
        case .keyword: "A must-have word"
        case .excludeKeyword: "A word that rules a posting out"
        case .source:
            "Where to look: KIND:ARG, KIND one of \(SourceKind.allCases.map(\.rawValue).joined(separator: ", "))"
        case .salaryMin, .salaryMax: ""
        }
    }

    /// Errors name the option a person typed (`--salary-min`); the name stays `name`.
    static func relabeled<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as JobHuntError {
            guard let field = error.field, SavedSearchField(rawValue: field) != nil else { throw error }
            throw error.naming("--\(field)")
        }
    }

    /// The criteria given on the command line.
    ///
    /// A level word that is not a level's own name ("staff", "junior") is read as the
    /// level people mean, with a one-line note saying so; an unknown one is a usage error.
    static func changes(_ context: CommandContext) throws -> SavedSearchChanges {
        var changes = SavedSearchChanges(
            minSalary: context.arguments[Criteria.salaryMin], maxSalary: context.arguments[Criteria.salaryMax])
        for field in SavedSearchField.lists {
            var values = context.arguments[Criteria.list(field)]
            if field == .level { values = try levels(values, context: context) }
            if !values.isEmpty { changes.lists[field] = values }
        }
        return changes
    }

    /// `--level` values as stored levels; synonyms noted on stderr.
    static func levels(_ values: [String], context: CommandContext) throws -> [String] {
        let names = ExperienceLevel.allCases.map(\.rawValue).joined(separator: ", ")
        return try values.map { value in
            guard let level = LevelWords.level(for: value) else {
                throw CLIError.usage(
                    "--level: '\(value)' is not a level",
                    remedy: "use one of \(names), or a word such as staff, principal or junior")
            }
            if level.rawValue != value.trimmingCharacters(in: .whitespaces) {
                context.output.note("jobhunt: note: --level \(value) read as \(level.rawValue)")
            }
            return level.rawValue
        }
    }

    static let add = CommandSpec(
        name: "add",
        abstract: "Save a new search",
        keys: Add.self,
        examples: [
            "jobhunt discover search add 'remote swift' --title 'iOS Engineer' --title 'Swift Developer' --work-type remote --salary-min 150000 --source greenhouse:stripe",
            "jobhunt discover search add data --keyword SQL --exclude-company Initech --source rss:https://example.com/jobs.rss",
        ],
        run: { context in
            let search = try relabeled {
                try SavedSearchService(services: try context.services()).add(
                    context.arguments[Named.name], try changes(context), for: try context.actingUser())
            }
            try printSearch(search, context: context, note: "saved search '\(search.searchName)'")
        })

    static let list = CommandSpec(
        name: "list",
        aliases: ["ls"],
        abstract: "List your saved searches",
        examples: ["jobhunt discover search list", "jobhunt discover search list --json"],
        run: { context in
            let searches = try SavedSearchService(services: try context.services()).list(for: try context.actingUser())
            if context.globals.json {
                context.output.print(try JSONWriter.encode(searches, pretty: context.output.stdoutIsTerminal))
                return
            }
            var table = TextTable(columns: [
                .init("NAME"), .init("ACTIVE"), .init("TITLES"), .init("SOURCES"), .init("SALARY"),
            ])
            for search in searches {
                table.append([
                    search.searchName, search.isActive ? "yes" : "no", search.targetTitles.joined(separator: ", "),
                    search.sources.joined(separator: " "), salary(search.minSalary, search.maxSalary),
                ])
            }
            context.printTable(table)
        })

    static let show = CommandSpec(
        name: "show",
        abstract: "Show one saved search in full",
        keys: Named.self,
        examples: ["jobhunt discover search show 'remote swift'"],
        run: { context in
            let search = try SavedSearchService(services: try context.services()).show(
                context.arguments[Named.name], for: try context.actingUser())
            try printSearch(search, context: context, note: nil)
        })

    static let remove = CommandSpec(
        name: "remove",
        aliases: ["rm"],
        abstract: "Delete a saved search",
        keys: Named.self,
        examples: ["jobhunt discover search remove 'remote swift'"],
        run: { context in
            let search = try SavedSearchService(services: try context.services()).remove(
                context.arguments[Named.name], for: try context.actingUser())
            context.output.note("removed saved search '\(search.searchName)'")
        })

    static let enable = toggle(true)
    static let disable = toggle(false)

    static func toggle(_ active: Bool) -> CommandSpec {
        CommandSpec(
            name: active ? "enable" : "disable",
            abstract: active
                ? "Include a saved search in `discover --all`" : "Keep a saved search but skip it in `discover --all`",
            keys: Named.self,
            examples: ["jobhunt discover search \(active ? "enable" : "disable") 'remote swift'"],
            run: { context in
                let search = try SavedSearchService(services: try context.services()).setActive(
                    context.arguments[Named.name], active, for: try context.actingUser())
                try printSearch(
                    search, context: context,
                    note: "\(active ? "enabled" : "disabled") saved search '\(search.searchName)'", brief: true)
            })
    }
}
