// `jobhunt profile experience edit | remove`: changing or deleting one job,
// named by its id or a unique prefix of it.
import Foundation
import JobHuntKernel
import JobHuntProfiles

extension ExperienceCommands {
    /// What `--clear` takes, and the option that sets each.
    static let clearable: [(name: String, key: any OptionKeyProtocol)] = [
        ("end", Job.end), ("description", Job.description), ("achievements", Job.achievement), ("tech", Job.tech),
    ]

    /// The options and positional of `edit`.
    enum Edit: ArgumentKeys {
        static let current: OptionKey<Bool?> = .negatable(
            "current", help: "You still work there (or, with --no-current, no longer do)")
        static let clear: OptionKey<[String]> = .repeatable(
            "clear", .choice(clearable.map(\.name)), valueName: "FIELD", help: "Remove a field")

        static let options: [any OptionKeyProtocol] = Job.options + [current, clear]
        static let positionals: [any PositionalKeyProtocol] = [Job.id]
    }

    /// The positional of `remove`.
    enum Remove: ArgumentKeys {
        static let positionals: [any PositionalKeyProtocol] = [Job.id]
    }

    static let edit = CommandSpec(
        name: "edit",
        abstract: "Change a job in your work history",
        discussion: """
            Only the options given change. --end on a current job ends it; --current on a past \
            job clears its end date. --achievement and --tech replace the whole list; --clear \
            achievements or --clear tech empties it.
            """,
        keys: Edit.self,
        examples: [
            "jobhunt profile experience edit 3f2a9c1d --end 2025-06",
            "jobhunt profile experience edit 3f2a --tech Swift --tech Rust",
        ],
        run: { context in
            let reference = context.arguments[Job.id]
            let acting = try context.actingUser()
            let job = try ProfileCommands.relabeled(labels) {
                let changes = try changes(from: context)
                guard !changes.isEmpty else {
                    throw CLIError.usage("nothing to change", remedy: "give at least one option, e.g. --end DATE")
                }
                return try ExperienceService(services: try context.services()).edit(reference, changes, for: acting)
            }
            try printJob(job, context: context, note: "updated")
        })

    static let remove = CommandSpec(
        name: "remove",
        aliases: ["rm"],
        abstract: "Remove a job from your work history",
        keys: Remove.self,
        examples: ["jobhunt profile experience remove 3f2a9c1d"],
        run: { context in
            let job = try ExperienceService(services: try context.services()).remove(
                context.arguments[Job.id], for: try context.actingUser())
            if context.globals.json {
                context.output.print(try JSONWriter.encode(job, pretty: context.output.stdoutIsTerminal))
            } else {
                context.output.note("removed \(job.shortID): \(job.jobTitle), \(job.companyName) (\(period(job)))")
            }
        })

    static func changes(from context: CommandContext) throws -> ExperienceChanges {
        let arguments = context.arguments
        var changes = ExperienceChanges()
        changes.companyName = arguments[Job.company]
        changes.jobTitle = arguments[Job.title]
        changes.startDate = try arguments[Job.start].map { try Experience.date(from: $0, field: "start_date") }
        changes.endDate = try arguments[Job.end].map { .set(try Experience.date(from: $0, field: "end_date")) }
        changes.isCurrent = arguments[Edit.current]
        changes.description = try ProfileCommands.text(context, Job.description).map(FieldUpdate.set)
        if arguments.isPresent(Job.achievement) { changes.achievements = .set(arguments[Job.achievement]) }
        if arguments.isPresent(Job.tech) { changes.technologies = .set(arguments[Job.tech]) }
        for name in arguments[Edit.clear] {
            guard let key = clearable.first(where: { $0.name == name })?.key else { continue }
            let option = key.spec.long
            guard !arguments.isPresent(key) else {
                throw CLIError.usage(
                    "--\(option) and --clear \(name) contradict each other", remedy: "give one of them")
            }
            switch name {
            case "end": changes.endDate = .clear
            case "description": changes.description = .clear
            case "achievements": changes.achievements = .clear
            default: changes.technologies = .clear
            }
        }
        return changes
    }
}
