// `jobhunt profile set`: changes the fields given, clears the fields named by
// --clear, and leaves everything else as it was.
import Foundation
import JobHuntKernel
import JobHuntProfiles

extension ProfileCommands {
    /// Option name → the profile field it sets, which is also what `--clear` takes.
    static let fieldOptions: [(option: String, field: ProfileField)] = [
        ("title", .currentTitle), ("years", .yearsExperience), ("city", .locationCity), ("state", .locationState),
        ("country", .locationCountry), ("salary-min", .targetSalaryMin), ("salary-max", .targetSalaryMax),
        ("salary-currency", .targetSalaryCurrency), ("work-type", .preferredWorkType), ("linkedin", .linkedinURL),
        ("github", .githubURL), ("portfolio", .portfolioURL), ("phone", .phone), ("summary", .summary),
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
        options: [
            .value("title", .string, valueName: "TITLE", help: "Your current job title (at most 200 characters)"),
            .value("years", .integer(0...70), valueName: "N", help: "Years of professional experience, 0 to 70"),
            .value("city", .string, valueName: "CITY", help: "City you live in", category: "Location"),
            .value("state", .string, valueName: "STATE", help: "State or region", category: "Location"),
            .value("country", .string, valueName: "COUNTRY", help: "Country", category: "Location"),
            .negatable("relocate", help: "Whether you would move for a job", category: "Location"),
            .value(
                "salary-min", .integer(0...Int(Int32.max)), valueName: "N",
                help: "Lowest yearly salary you would take (in --salary-currency, else your country's currency)",
                category: "Targets"),
            .value(
                "salary-max", .integer(0...Int(Int32.max)), valueName: "N", help: "Highest yearly salary you aim for",
                category: "Targets"),
            .value(
                "salary-currency", .string, valueName: "CODE",
                help: "ISO 4217 code your salary targets are in (USD, EUR, GBP…), if not your country's",
                category: "Targets"),
            .value(
                "work-type", .choice(WorkType.allCases.map(\.rawValue)), valueName: "TYPE",
                help: "Preferred arrangement", category: "Targets"),
            .value("linkedin", .string, valueName: "URL", help: "Your LinkedIn profile", category: "Contact"),
            .value("github", .string, valueName: "URL", help: "Your GitHub profile", category: "Contact"),
            .value("portfolio", .string, valueName: "URL", help: "Your site or portfolio", category: "Contact"),
            .value("phone", .string, valueName: "PHONE", help: "Phone number (stored encrypted)", category: "Contact"),
            .value("summary", .string, valueName: "TEXT", help: "A short professional summary ('-' reads stdin)"),
            .value(
                "clear", .choice(fieldOptions.map(\.option)), valueName: "FIELD", help: "Remove a field",
                repeatable: true),
        ],
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
            let labels = Dictionary(uniqueKeysWithValues: fieldOptions.map { ($0.field.column, $0.option) })
            let profile = try relabeled(labels) { try service.update(changes, for: acting) }
            if context.globals.json {
                context.output.print(try JSONWriter.encode(profile, pretty: context.output.stdoutIsTerminal))
            } else {
                let names = changes.changedFields.map { field in
                    field == .willingToRelocate
                        ? "relocate" : fieldOptions.first { $0.field == field }?.option ?? field.column
                }
                context.output.note("updated \(names.joined(separator: ", "))")
            }
        })

    static func changes(from context: CommandContext) throws -> ProfileChanges {
        let arguments = context.arguments
        var changes = ProfileChanges()
        changes.currentTitle = arguments.string("title").map(FieldUpdate.set)
        changes.yearsExperience = arguments.integer("years").map(FieldUpdate.set)
        changes.locationCity = arguments.string("city").map(FieldUpdate.set)
        changes.locationState = arguments.string("state").map(FieldUpdate.set)
        changes.locationCountry = arguments.string("country").map(FieldUpdate.set)
        changes.willingToRelocate = arguments.bool("relocate")
        changes.targetSalaryMin = arguments.integer("salary-min").map(FieldUpdate.set)
        changes.targetSalaryMax = arguments.integer("salary-max").map(FieldUpdate.set)
        changes.targetSalaryCurrency = arguments.string("salary-currency").map(FieldUpdate.set)
        changes.preferredWorkType = arguments.string("work-type").map(FieldUpdate.set)
        changes.linkedinURL = arguments.string("linkedin").map(FieldUpdate.set)
        changes.githubURL = arguments.string("github").map(FieldUpdate.set)
        changes.portfolioURL = arguments.string("portfolio").map(FieldUpdate.set)
        changes.phone = arguments.string("phone").map(FieldUpdate.set)
        changes.summary = text(context, "summary").map(FieldUpdate.set)
        for name in arguments.strings("clear") {
            guard let field = fieldOptions.first(where: { $0.option == name })?.field else { continue }
            guard !arguments.isPresent(name) else {
                throw CLIError.usage("--\(name) and --clear \(name) contradict each other", remedy: "give one of them")
            }
            changes.clear(field)
        }
        return changes
    }
}
