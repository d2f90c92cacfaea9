// `jobhunt tasks add TYPE`: queue one task, checked by its type's handler.
import Foundation
import JobHuntApplications
import JobHuntKernel
import JobHuntTasks

extension TaskCommands {
    enum Add: ArgumentKeys {
        static let type: PositionalKey<String> = .required(
            "TYPE", help: "job_discovery, resume_generation, cover_letter_generation or application_submission")
        static let priority: OptionKey<Int?> = .value(
            "priority", .integer(1...10), valueName: "N", help: "1 to 10, higher runs first", defaultValue: "5")
        static let at: OptionKey<String?> = .value(
            "at", .string, valueName: "WHEN", help: "Not before this time: 2026-12-07 or 2026-12-07T07:00Z")
        static let delay: OptionKey<String?> = .value(
            "in", .string, valueName: "DURATION", help: "Not before this long from now: 90s, 10m, 2h, 1d")
        static let app: OptionKey<String?> = .value(
            "app", .string, valueName: "APP", help: "The application it works on (as `status list` prints it)")
        static let maxRetries: OptionKey<Int?> = .value(
            "max-retries", .integer(0...100), valueName: "N", help: "Retries after the first attempt",
            defaultValue: "3")
        /// Positional, as for `schedule add`: `--config` is the global option naming a config file.
        static let config: PositionalKey<[String]> = .variadic(
            "KEY=VALUE", help: "What the task does: search=NAME, sources=KIND:ARG,…, or one JSON object",
            isOptional: true)
        static let options: [any OptionKeyProtocol] = [priority, at, delay, app, maxRetries]
        static let positionals: [any PositionalKeyProtocol] = [type, config]
    }

    static let add = CommandSpec(
        name: "add",
        abstract: "Queue a task",
        discussion: """
            Checks the configuration as the worker will (a saved search must exist, a source \
            must parse, an application must be yours) and stores the task pending. Prints its \
            id (--json: the task as `tasks show --json` prints it).
            """,
        keys: Add.self,
        examples: [
            "jobhunt tasks add job_discovery search=remote-swift",
            "jobhunt tasks add job_discovery '{\"sources\": \"greenhouse:acme\"}' --at 2026-12-07T07:00Z",
            "jobhunt tasks add cover_letter_generation --app 7c1e9a20 --priority 9",
        ],
        run: { context in
            let arguments = context.arguments
            let actor = try context.actingUser()
            let services = try context.services()
            var scheduledAt: Date?
            switch (arguments[Add.at], arguments[Add.delay]) {
            case (_?, _?):
                throw CLIError.usage("give --at or --in, not both", remedy: "--at is a time, --in a delay from now")
            case (let at?, nil):
                scheduledAt = try StatusCommands.checked(renaming: ["at": "--at"]) {
                    try ApplicationTime.parse(at, field: "at")
                }
            case (nil, let delay?):
                scheduledAt = services.now().addingTimeInterval(try TaskDuration.seconds(delay, option: "in"))
            case (nil, nil):
                break
            }
            let task = try checked {
                let new = NewTask(
                    type: TaskType(rawValue: arguments[Add.type]),
                    config: try TaskConfig(parsing: arguments[Add.config]),
                    applicationID: try applicationID(arguments[Add.app], context: context, actor: actor),
                    priority: arguments[Add.priority] ?? 5, scheduledAt: scheduledAt,
                    maxRetries: arguments[Add.maxRetries] ?? 3)
                return try queue(context).add(new, for: actor)
            }
            try printChanged(task, context: context, note: "queued")
        })
}
