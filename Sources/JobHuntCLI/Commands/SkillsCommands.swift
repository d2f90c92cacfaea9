// `jobhunt skills add | list | remove | suggest`: the skills on your profile,
// canonicalised through the skills taxonomy.
import Foundation
import JobHuntKernel
import JobHuntProfiles
import JobHuntSkills

enum SkillsCommands {
    static let spec = CommandSpec(
        name: "skills",
        abstract: "Keep the skills on your profile",
        discussion: """
            Skill names go through jobhunt's skills taxonomy, so k8s, K8S and Kubernetes are one \
            skill, stored as Kubernetes; a name the taxonomy does not know is kept as you typed it. \
            Each skill appears once on a profile. `skills suggest` finds skills in your resume and \
            work history that the profile does not list yet.
            """,
        subcommands: [add, list, remove, suggest])

    static let categories = SkillCategory.allCases.map(\.rawValue)

    /// The options and positional of `skills add`.
    enum Add: ArgumentKeys {
        static let category: OptionKey<String?> = .value(
            "category", .choice(categories), valueName: "CATEGORY", help: "technical, soft, language or certification")
        static let level: OptionKey<String?> = .value(
            "level", .choice(ProficiencyLevel.allCases.map(\.rawValue)), valueName: "LEVEL",
            help: "beginner, intermediate, advanced or expert")
        static let years: OptionKey<Decimal?> = .value(
            "years", .decimal(0...70), valueName: "YEARS", help: "Years of experience, e.g. 4.5 (one decimal)")
        static let primary: OptionKey<Bool?> = .negatable(
            "primary", help: "Mark as one of your primary skills (--no-primary to unmark)")
        static let name: PositionalKey<String> = .required(
            "NAME", help: "The skill, in any spelling (k8s, Postgres, golang)")

        static let options: [any OptionKeyProtocol] = [category, level, years, primary]
        static let positionals: [any PositionalKeyProtocol] = [name]
    }

    /// The option of `skills list`.
    enum List: ArgumentKeys {
        static let category: OptionKey<String?> = .value(
            "category", .choice(categories), valueName: "CATEGORY", help: "Only skills of this category")
        static let options: [any OptionKeyProtocol] = [category]
    }

    /// The positional of `skills remove`.
    enum Remove: ArgumentKeys {
        static let name: PositionalKey<String> = .required("NAME", help: "The skill, in any spelling")
        static let positionals: [any PositionalKeyProtocol] = [name]
    }

    /// The option of `skills suggest`.
    enum Suggest: ArgumentKeys {
        static let add: OptionKey<Bool> = .flag("add", help: "Add every suggested skill to your profile")
        static let options: [any OptionKeyProtocol] = [add]
    }

    static let add = CommandSpec(
        name: "add",
        abstract: "Add a skill, or update one already on your profile",
        discussion: """
            Adding a skill that is already on the profile, in any spelling, updates it: the options \
            given replace the stored values and the others are kept. The category defaults to the \
            taxonomy's (technical for Kubernetes).
            """,
        keys: Add.self,
        examples: [
            "jobhunt skills add k8s --level advanced --years 4.5 --primary",
            "jobhunt skills add Spanish --category language",
        ],
        run: { context in
            let input = SkillInput(
                name: context.arguments[Add.name],
                category: context.arguments[Add.category].flatMap(SkillCategory.init(rawValue:)),
                level: context.arguments[Add.level].flatMap(ProficiencyLevel.init(rawValue:)),
                years: context.arguments[Add.years], isPrimary: context.arguments[Add.primary])
            let change = try SkillService(services: try context.services()).add(input, for: try context.actingUser())
            if context.globals.json {
                context.output.print(try JSONWriter.encode(change.skill, pretty: context.output.stdoutIsTerminal))
            } else {
                context.output.note("\(change.created ? "added" : "updated") \(change.skill.skillName)")
            }
        })

    static let list = CommandSpec(
        name: "list",
        aliases: ["ls"],
        abstract: "List your skills, primary ones first",
        keys: List.self,
        examples: ["jobhunt skills list", "jobhunt skills list --category technical --json"],
        run: { context in
            let skills = try SkillService(services: try context.services()).list(
                for: try context.actingUser(),
                category: context.arguments[List.category].flatMap(SkillCategory.init(rawValue:)))
            if context.globals.json {
                context.output.print(try JSONWriter.encode(skills, pretty: context.output.stdoutIsTerminal))
                return
            }
            var table = TextTable(columns: [
                .init("SKILL"), .init("CATEGORY"), .init("LEVEL"), .init("YEARS", alignment: .right), .init("PRIMARY"),
            ])
            for skill in skills {
                table.append([
                    skill.skillName, skill.skillCategory?.rawValue ?? "", skill.proficiencyLevel?.rawValue ?? "",
                    skill.yearsExperience.map { "\($0)" } ?? "", skill.isPrimary ? "yes" : "",
                ])
            }
            context.printTable(table)
        })

    static let remove = CommandSpec(
        name: "remove",
        aliases: ["rm"],
        abstract: "Remove a skill from your profile",
        keys: Remove.self,
        examples: ["jobhunt skills remove k8s"],
        run: { context in
            let skill = try SkillService(services: try context.services()).remove(
                context.arguments[Remove.name], for: try context.actingUser())
            context.output.note("removed \(skill.skillName)")
        })

    static let suggest = CommandSpec(
        name: "suggest",
        abstract: "Find skills in your resume and work history that your profile lacks",
        discussion: """
            Searches the text of your stored resume (`jobhunt profile resume FILE`) and each work \
            history entry (description, achievements, technologies) for the taxonomy's skills, and \
            lists those not on your profile, most mentioned first. --add adds them all.
            """,
        keys: Suggest.self,
        examples: ["jobhunt skills suggest", "jobhunt skills suggest --add"],
        run: { context in
            let service = SkillService(services: try context.services())
            let actor = try context.actingUser()
            if context.arguments[Suggest.add] {
                let added = try service.addSuggestions(for: actor).map(\.skill)
                if context.globals.json {
                    context.output.print(try JSONWriter.encode(added, pretty: context.output.stdoutIsTerminal))
                } else {
                    context.output.note(
                        added.isEmpty
                            ? "no new skills found in your resume or work history"
                            : "added \(added.count) skill\(added.count == 1 ? "" : "s"): "
                                + added.map(\.skillName).joined(separator: ", "))
                }
                return
            }
            let suggestions = try service.suggestions(for: actor)
            if context.globals.json {
                context.output.print(try JSONWriter.encode(suggestions, pretty: context.output.stdoutIsTerminal))
                return
            }
            guard !suggestions.isEmpty else {
                context.output.note("no new skills found in your resume or work history")
                return
            }
            var table = TextTable(columns: [
                .init("SKILL"), .init("CATEGORY"), .init("MENTIONS", alignment: .right), .init("FOUND IN"),
            ])
            for suggestion in suggestions {
                table.append([
                    suggestion.skillName, suggestion.skillCategory.rawValue, "\(suggestion.count)",
                    suggestion.foundIn.joined(separator: "; "),
                ])
            }
            context.printTable(table)
        })
}
