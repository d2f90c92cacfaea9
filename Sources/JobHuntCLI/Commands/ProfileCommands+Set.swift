// `jobhunt profile set`: changes the fields given, clears the fields named by
// --clear, and leaves everything else as it was.
import Foundation
import JobHuntKernel
import JobHuntProfiles

extension ProfileCommands {
    /// The options of `profile set`: one per profile field, `--relocate` and `--clear`.
    enum Fields: ArgumentKeys {
        static let title: OptionKey<String?> = .value(
            "title", .string, valueName: "TITLE", help: "Your current job title (at most 200 characters)")
        static let years: OptionKey<Int?> = .value(
            "years", .integer(0...70), valueName: "N", help: "Years of professional experience, 0 to 70")
        static let city: OptionKey<String?> = .value(
            "city", .string, valueName: "CITY", help: "City you live in", category: "Location")
        static let state: OptionKey<String?> = .value(
            "state", .string, valueName: "STATE", help: "State or region", category: "Location")
        static let country: OptionKey<String?> = .value(
            "country", .string, valueName: "COUNTRY", help: "Country", category: "Location")
        static let relocate: OptionKey<Bool?> = .negatable(
            "relocate", help: "Whether you would move for a job", category: "Location")
        static let salaryMin: OptionKey<Int?> = .value(
            "salary-min", .integer(0...Int(Int32.max)), valueName: "N",
            help: "Lowest yearly salary you would take (in --salary-currency, else your country's currency)",
            category: "Targets")
        static let salaryMax: OptionKey<Int?> = .value(
            "salary-max", .integer(0...Int(Int32.max)), valueName: "N", help: "Highest yearly salary you aim for",
            category: "Targets")
        static let salaryCurrency: OptionKey<String?> = .value(
            "salary-currency", .string, valueName: "CODE",
            help: "ISO 4217 code your salary targets are in (USD, EUR, GBP…), if not your country's",
            category: "Targets")
        static let workType: OptionKey<String?> = .value(
            "work-type", .choice(WorkType.allCases.map(\.rawValue)), valueName: "TYPE",
            help: "Preferred arrangement", category: "Targets")
        static let linkedin: OptionKey<String?> = .value(
            "linkedin", .string, valueName: "URL", help: "Your LinkedIn profile", category: "Contact")
        static let github: OptionKey<String?> = .value(
            "github", .string, valueName: "URL", help: "Your GitHub profile", category: "Contact")
        static let portfolio: OptionKey<String?> = .value(
            "portfolio", .string, valueName: "URL", help: "Your site or portfolio", category: "Contact")
        static let phone: OptionKey<String?> = .value(
            "phone", .string, valueName: "PHONE", help: "Phone number (stored encrypted)", category: "Contact")
        static let summary: OptionKey<String?> = .value(
            "summary", .string, valueName: "TEXT", help: "A short professional summary ('-' reads stdin)")
        static let clear: OptionKey<[String]> = .repeatable(
            "clear", .choice(fieldOptions.map(\.key.spec.long)), valueName: "FIELD", help: "Remove a field")

        static let options: [any OptionKeyProtocol] = [
            title, years, city, state, country, relocate, salaryMin, salaryMax, salaryCurrency, workType, linkedin,
            github, portfolio, phone, summary, clear,
        ]
    }

    /// Each field's option and the profile field it sets; the option's name is also what `--clear` takes.
    static let fieldOptions: [(key: any OptionKeyProtocol, field: ProfileField)] = [
        (Fields.title, .currentTitle), (Fields.years, .yearsExperience), (Fields.city, .locationCity),
        (Fields.state, .locationState), (Fields.country, .locationCountry), (Fields.salaryMin, .targetSalaryMin),
        (Fields.salaryMax, .targetSalaryMax), (Fields.salaryCurrency, .targetSalaryCurrency),
        (Fields.workType, .preferredWorkType), (Fields.linkedin, .linkedinURL), (Fields.github, .githubURL),
        (Fields.portfolio, .portfolioURL), (Fields.phone, .phone), (Fields.summary, .summary),
    ]

    static let set = CommandSpec(
        name: "set",
        abstract: "Change fields of your profile",
        discussion: """
            Only the fields given change. Links without a scheme get https:// (github.com/ada); \
            --linkedin must be on linkedin.com and --github on github.com, other sites go in \
            --portfolio. The phone may be written with spaces, dashes, dots or parentheses and is \
            stored encrypted as 7 to 15 digits with an optional leading +. --clear FIELD removes a \
            field (repeatable). --summary - reads the summary from stdin.
            """,
        keys: Fields.self,
        examples: [
            "jobhunt profile set --title 'Staff Engineer' --years 12 --city London --country 'United Kingdom'",
            "jobhunt profile set --salary-min 90000 --salary-max 120000 --work-type hybrid --relocate",
            "jobhunt profile set --github github.com/ada --phone '+44 20 7946 0000'",
            "jobhunt profile set --clear phone --clear portfolio",
        ],
        run: { context in
            let changes = try changes(from: context)
            guard !changes.isEmpty else {
                throw CLIError.usage("nothing to change", remedy: "give at least one field, e.g. --title TITLE")
            }
            let acting = try context.actingUser()
            let service = ProfileService(services: try context.services())
            let labels = Dictionary(uniqueKeysWithValues: fieldOptions.map { ($0.field.column, $0.key.spec.long) })
            let profile = try relabeled(labels) { try service.update(changes, for: acting) }
            if context.globals.json {
                context.output.print(try JSONWriter.encode(profile, pretty: context.output.stdoutIsTerminal))
            } else {
                let names = changes.changedFields.map { field in
                    field == .willingToRelocate
                        ? Fields.relocate.long : fieldOptions.first { $0.field == field }?.key.spec.long ?? field.column
                }
                context.output.note("updated \(names.joined(separator: ", "))")
            }
        })

    static func changes(from context: CommandContext) throws -> ProfileChanges {
        let arguments = context.arguments
        var changes = ProfileChanges()
        changes.currentTitle = arguments[Fields.title].map(FieldUpdate.set)
        changes.yearsExperience = arguments[Fields.years].map(FieldUpdate.set)
        changes.locationCity = arguments[Fields.city].map(FieldUpdate.set)
        changes.locationState = arguments[Fields.state].map(FieldUpdate.set)
        changes.locationCountry = arguments[Fields.country].map(FieldUpdate.set)
        changes.willingToRelocate = arguments[Fields.relocate]
        changes.targetSalaryMin = arguments[Fields.salaryMin].map(FieldUpdate.set)
        changes.targetSalaryMax = arguments[Fields.salaryMax].map(FieldUpdate.set)
        changes.targetSalaryCurrency = arguments[Fields.salaryCurrency].map(FieldUpdate.set)
        changes.preferredWorkType = arguments[Fields.workType].map(FieldUpdate.set)
        changes.linkedinURL = arguments[Fields.linkedin].map(FieldUpdate.set)
        changes.githubURL = arguments[Fields.github].map(FieldUpdate.set)
        changes.portfolioURL = arguments[Fields.portfolio].map(FieldUpdate.set)
        changes.phone = arguments[Fields.phone].map(FieldUpdate.set)
        changes.summary = try text(context, Fields.summary).map(FieldUpdate.set)
        for name in arguments[Fields.clear] {
            guard let option = fieldOptions.first(where: { $0.key.spec.long == name }) else { continue }
            guard !arguments.isPresent(option.key) else {
                throw CLIError.usage("--\(name) and --clear \(name) contradict each other", remedy: "give one of them")
            }
            changes.clear(option.field)
        }
        return changes
    }
}
