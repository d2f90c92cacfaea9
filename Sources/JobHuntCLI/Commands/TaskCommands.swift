// `jobhunt tasks`: the automation queue as a person uses it: add a task, see
// what ran and how, cancel or retry one. `jobhunt worker` runs them.
import Foundation
import JobHuntApplications
import JobHuntKernel
import JobHuntTasks

enum TaskCommands {
    static let spec = CommandSpec(
        name: "tasks",
        abstract: "Queue work for `jobhunt worker`: discovery, generation, submission",
        discussion: """
            A task is one piece of work a worker runs for you: job_discovery (KEY=VALUE \
            search=NAME or sources=KIND:ARG,KIND:ARG), resume_generation and \
            cover_letter_generation (--app APP), application_submission (--app APP, \
            channel=…). A configuration the type cannot run is refused here. Tasks run in \
            priority order (10 first), retried with exponential backoff up to --max-retries; \
            a permanent error fails them at once. Statuses: pending, running, completed, \
            failed, cancelled. A task is named by its id or a unique start of it (4+ \
            characters), as `tasks list` prints.
            """,
        subcommands: [add, list, show, cancel, retry],
        examples: [
            "jobhunt tasks add job_discovery search=remote-swift",
            "jobhunt tasks add job_discovery sources=greenhouse:acme,lever:globex --priority 8 --in 1h",
            "jobhunt tasks list --status failed",
            "jobhunt tasks retry 1f3a9c2e",
        ])

    static func queue(_ context: CommandContext) throws -> TaskQueue {
        TaskQueue(services: try context.services(), registry: TaskHandlers.registry(context))
    }

    /// The id on stdout (the whole task with --json) and a line for people on stderr.
    static func printChanged(_ task: AutomationTask, context: CommandContext, note: String) throws {
        if context.globals.json {
            context.output.print(try JSONWriter.encode(task, pretty: context.output.stdoutIsTerminal))
            return
        }
        context.output.print(task.id.uuidString.lowercased())
        context.output.note("\(note) \(task.handle): \(task.type) (\(task.status))")
    }

    /// A core error about a value the command line gave, as a usage error naming its option.
    static func checked<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as JobHuntError
            where [.taskInvalidValue, .taskInvalidConfig, .taskUnknownType, .scheduleInvalidCron].contains(error.code)
        {
            let names = ["priority": "--priority", "max-retries": "--max-retries", "name": "NAME"]
            throw CLIError.usage(error.field.flatMap { names[$0] }.map { error.naming($0) } ?? error)
        }
    }

    /// `--app APP` to the application's id, through the tracker's lookup.
    static func applicationID(_ reference: String?, context: CommandContext, actor: ActingUser) throws -> UUID? {
        guard let reference else { return nil }
        return try ApplicationService(services: try context.services()).application(reference, for: actor).id
    }

    static func time(_ date: Date?) -> String {
        guard let date else { return "" }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
