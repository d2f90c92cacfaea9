// `jobhunt discover search edit`, and how one saved search is printed.
import Foundation
import JobHuntDiscovery
import JobHuntKernel

extension SearchCommands {
    /// The options and positional of `edit`: the criteria, a new name and the fields to clear.
    enum Edit: ArgumentKeys {
        static let newName: OptionKey<String?> = .value("name", .string, valueName: "NEW", help: "Rename the search")
        static let clear: OptionKey<[String]> = .repeatable(
            "clear", .choice(SavedSearchField.allCases.map(\.rawValue)), valueName: "FIELD",
            help: "Empty a field first (a criteria option's name, e.g. title)")

        static let options: [any OptionKeyProtocol] = Criteria.options + [newName, clear]
        static let positionals: [any PositionalKeyProtocol] = [Named.name]
    }

    static let edit = CommandSpec(
        name: "edit",
        abstract: "Change a saved search: add values, clear fields, rename",
        discussion: """
            List options add their values to what is stored (a value already there is kept once). \
            `--clear FIELD` (repeatable) empties a field before anything is added, so \
            `--clear source --source lever:acme` replaces the sources. --salary-min and \
            --salary-max replace the stored amount; `--clear salary-min` removes it.
            """,
        keys: Edit.self,
        examples: [
            "jobhunt discover search edit 'remote swift' --title 'Staff iOS Engineer' --level senior",
            "jobhunt discover search edit 'remote swift' --clear source --source lever:acme --name 'swift at acme'",
        ],
        run: { context in
            var changes = try changes(context)
            changes.name = context.arguments[Edit.newName]
            changes.clear = Set(context.arguments[Edit.clear].compactMap(SavedSearchField.init(rawValue:)))
            let search = try relabeled {
                try SavedSearchService(services: try context.services()).edit(
                    context.arguments[Named.name], changes, for: try context.actingUser())
            }
            try printSearch(search, context: context, note: "updated saved search '\(search.searchName)'")
        })

    /// `min–max`, `min+`, `up to max` or empty.
    static func salary(_ min: Int?, _ max: Int?) -> String {
        switch (min, max) {
        case (let min?, let max?): "\(min)–\(max)"
        case (let min?, nil): "\(min)+"
        case (nil, let max?): "up to \(max)"
        case (nil, nil): ""
        }
    }

    /// JSON for scripts; for people a note, then (unless `brief`) the fields, one per line.
    static func printSearch(_ search: SavedSearch, context: CommandContext, note: String?, brief: Bool = false) throws {
        if context.globals.json {
            context.output.print(try JSONWriter.encode(search, pretty: context.output.stdoutIsTerminal))
            return
        }
        if let note { context.output.note(note) }
        if brief { return }
        var lines: [(String, String)] = [("name", search.searchName), ("active", search.isActive ? "yes" : "no")]
        for field in SavedSearchField.allCases {
            switch field {
            case .salaryMin: lines.append(("salary", salary(search.minSalary, search.maxSalary)))
            case .salaryMax: continue
            default: lines.append((field.rawValue, search[list: field].joined(separator: "; ")))
            }
        }
        let width = lines.map(\.0.count).max() ?? 0
        for (label, value) in lines where !value.isEmpty {
            context.output.print(label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value)
        }
    }
}
