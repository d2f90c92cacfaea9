// `jobhunt schedule`: recurring tasks, enqueued by `jobhunt worker` at each
// slot of a cron expression (UTC), once per slot however many workers run.
import Foundation
import JobHuntKernel
import JobHuntTasks

enum ScheduleCommands {
    static let spec = CommandSpec(
        name: "schedule",
        abstract: "Recurring tasks on a cron schedule, run by `jobhunt worker`",
        discussion: """
            CRON-EXPR is the five-field crontab syntax in UTC: minute hour day-of-month month \
            day-of-week, each *, N, A-B, */STEP or A-B/STEP, comma lists, and names for months \
            (jan-dec) and weekdays (sun-sat). A schedule first fires at its next slot after it \
            is added; a worker that was down fires a missed slot once (within a day), not once \
            per missed slot.
            """,
        subcommands: [add, list, remove],
        examples: [
            "jobhunt schedule add morning '0 7 * * mon-fri' job_discovery search=remote-swift",
            "jobhunt schedule list",
            "jobhunt schedule remove morning",
        ])

    static func service(_ context: CommandContext) throws -> ScheduleService {
        ScheduleService(services: try context.services(), registry: TaskHandlers.registry(context))
    }

    enum Add: ArgumentKeys {
        static let name: PositionalKey<String> = .required("NAME", help: "Your name for the schedule")
        static let cron: PositionalKey<String> = .required("CRON-EXPR", help: "When, in UTC: '0 7 * * mon-fri'")
        static let type: PositionalKey<String> = .required("TYPE", help: "The task type, as for `tasks add`")
        static let config: PositionalKey<[String]> = .variadic(
            "KEY=VALUE", help: "The task's configuration, as for `tasks add`", isOptional: true)
        static let priority: OptionKey<Int?> = .value(
            "priority", .integer(1...10), valueName: "N", help: "Each task's priority", defaultValue: "5")
        static let app: OptionKey<String?> = .value(
            "app", .string, valueName: "APP", help: "The application its tasks work on")
        static let maxRetries: OptionKey<Int?> = .value(
            "max-retries", .integer(0...100), valueName: "N", help: "Each task's retries", defaultValue: "3")
        static let options: [any OptionKeyProtocol] = [priority, app, maxRetries]
        static let positionals: [any PositionalKeyProtocol] = [name, cron, type, config]
    }

    static let add = CommandSpec(
        name: "add",
        abstract: "Add a recurring task",
        discussion: "The task is checked as `tasks add` checks it. Prints the next slot.",
        keys: Add.self,
        examples: [
            "jobhunt schedule add morning '0 7 * * *' job_discovery search=remote-swift",
            "jobhunt schedule add boards '*/30 8-18 * * 1-5' job_discovery sources=greenhouse:acme,lever:globex",
        ],
        run: { context in
            let arguments = context.arguments
            let actor = try context.actingUser()
            let schedule = try TaskCommands.checked {
                let new = NewTask(
                    type: TaskType(rawValue: arguments[Add.type]),
                    config: try TaskConfig(parsing: arguments[Add.config]),
                    applicationID: try TaskCommands.applicationID(arguments[Add.app], context: context, actor: actor),
                    priority: arguments[Add.priority] ?? 5, maxRetries: arguments[Add.maxRetries] ?? 3)
                return try service(context).add(
                    name: arguments[Add.name], cron: arguments[Add.cron], task: new, for: actor)
            }
            if context.globals.json {
                context.output.print(try JSONWriter.encode(schedule, pretty: context.output.stdoutIsTerminal))
                return
            }
            context.output.print(schedule.name)
            context.output.note(
                "scheduled \(schedule.type) '\(schedule.cron)'; next at \(TaskCommands.time(schedule.nextSlot))")
        })

    static let list = CommandSpec(
        name: "list",
        aliases: ["ls"],
        abstract: "List your schedules and when each fires next",
        run: { context in
            let schedules = try service(context).list(for: try context.actingUser())
            if context.globals.json {
                context.output.print(try JSONWriter.encode(schedules))
                return
            }
            guard !schedules.isEmpty else {
                context.output.note("no schedules: add one with `jobhunt schedule add NAME CRON-EXPR TYPE`")
                return
            }
            var table = TextTable(columns: [
                .init("NAME"), .init("CRON"), .init("TYPE"), .init("CONFIG"), .init("LAST"), .init("NEXT"),
            ])
            for schedule in schedules {
                let config = schedule.config.values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                table.append([
                    schedule.name, schedule.cron, schedule.type.rawValue, config.joined(separator: " "),
                    TaskCommands.time(schedule.lastSlot), TaskCommands.time(schedule.nextSlot),
                ])
            }
            context.printTable(table)
        })

    enum Remove: ArgumentKeys {
        static let name: PositionalKey<String> = .required("NAME", help: "The schedule's name")
        static let positionals: [any PositionalKeyProtocol] = [name]
    }

    static let remove = CommandSpec(
        name: "remove",
        aliases: ["rm"],
        abstract: "Remove a schedule (the tasks it queued stay)",
        keys: Remove.self,
        run: { context in
            let schedule = try service(context).remove(context.arguments[Remove.name], for: try context.actingUser())
            context.output.note("removed schedule '\(schedule.name)'")
        })
}
