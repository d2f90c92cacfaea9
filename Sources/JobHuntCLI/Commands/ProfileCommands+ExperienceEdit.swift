// `jobhunt profile experience edit | remove`: changing or deleting one job,
// named by its id or a unique prefix of it.
import Foundation
import JobHuntKernel
import JobHuntProfiles

extension ExperienceCommands {
    static let idPositional = PositionalSpec(
        name: "ID", help: "The job's id, or a unique prefix of 4 or more characters (see `experience list`)")

    static let clearable = ["end", "description", "achievements", "tech"]

    static let edit = CommandSpec(
        name: "edit",
        abstract: "Change a job in your work history",
        discussion: """
            Only the options given change. --end on a current job ends it; --current on a past \
            job clears its end date. --achievement and --tech replace the whole list; --clear \
            achievements or --clear tech empties it.
            """,
        options: jobOptions + [
            .negatable("current", help: "You still work there (or, with --no-current, no longer do)"),
            .value("clear", .choice(clearable), valueName: "FIELD", help: "Remove a field", repeatable: true),
        ],
        positionals: [idPositional],
        examples: [
            "jobhunt profile experience edit 3f2a9c1d --end 2025-06",
            "jobhunt profile experience edit 3f2a --tech Swift --tech Rust",
        ],
        run: { context in
            let reference = context.arguments.positional("ID")!
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
        positionals: [idPositional],
        examples: ["jobhunt profile experience remove 3f2a9c1d"],
        run: { context in
            let job = try ExperienceService(services: try context.services()).remove(
                context.arguments.positional("ID")!, for: try context.actingUser())
            if context.globals.json {
                context.output.print(try JSONWriter.encode(job, pretty: context.output.stdoutIsTerminal))
            } else {
                context.output.note("removed \(job.shortID): \(job.jobTitle), \(job.companyName) (\(period(job)))")
            }
        })

    static func changes(from context: CommandContext) throws -> ExperienceChanges {
        let arguments = context.arguments
        var changes = ExperienceChanges()
        changes.companyName = arguments.string("company")
        changes.jobTitle = arguments.string("title")
        changes.startDate = try arguments.string("start").map { try Experience.date(from: $0, field: "start_date") }
        changes.endDate = try arguments.string("end").map { .set(try Experience.date(from: $0, field: "end_date")) }
        changes.isCurrent = arguments.bool("current")
        changes.description = ProfileCommands.text(context, "description").map(FieldUpdate.set)
        if arguments.isPresent("achievement") { changes.achievements = .set(arguments.strings("achievement")) }
        if arguments.isPresent("tech") { changes.technologies = .set(arguments.strings("tech")) }
        for name in arguments.strings("clear") {
            let option = name == "achievements" ? "achievement" : name
            guard !arguments.isPresent(option) else {
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
