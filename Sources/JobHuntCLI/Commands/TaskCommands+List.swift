// `jobhunt tasks list` and `tasks show`: what is queued, running and done.
import Foundation
import JobHuntKernel
import JobHuntTasks

extension TaskCommands {
    enum List: ArgumentKeys {
        static let status: OptionKey<[String]> = .repeatable(
            "status", .choice(TaskStatus.names), valueName: "STATUS", help: "Only tasks in this status (repeatable)")
        static let type: OptionKey<String?> = .value(
            "type", .string, valueName: "TYPE", help: "Only tasks of this type")
        static let options: [any OptionKeyProtocol] = [status, type]
    }

    static let list = CommandSpec(
        name: "list",
        aliases: ["ls"],
        abstract: "List your tasks, newest first",
        discussion: """
            The latest 1000. --json writes an array of objects keyed by the automation_tasks \
            columns (id, task_type, status, priority, scheduled_at, started_at, completed_at, \
            retry_count, max_retries, error_message, task_config, result_data, lease_until, \
            worker_id, …).
            """,
        keys: List.self,
        examples: ["jobhunt tasks list", "jobhunt tasks list --status failed --type job_discovery --json"],
        run: { context in
            let tasks = try queue(context).list(
                for: try context.actingUser(), statuses: context.arguments[List.status].compactMap(TaskStatus.init),
                type: context.arguments[List.type].map(TaskType.init))
            if context.globals.json {
                context.output.print(try JSONWriter.encode(tasks))
                return
            }
            guard !tasks.isEmpty else {
                context.output.note("no tasks: add one with `jobhunt tasks add TYPE`")
                return
            }
            var table = TextTable(columns: [
                .init("ID"), .init("TYPE"), .init("STATUS"), .init("PRI", alignment: .right),
                .init("DUE"), .init("TRIES", alignment: .right), .init("LAST ERROR"),
            ])
            for task in tasks {
                table.append([
                    task.handle, task.type.rawValue, task.status.rawValue, "\(task.priority)", time(task.scheduledAt),
                    "\(task.retryCount)/\(task.maxRetries)", String((task.errorMessage ?? "").prefix(60)),
                ])
            }
            context.printTable(table)
        })

    enum Show: ArgumentKeys {
        static let task: PositionalKey<String> = .required("ID", help: "The task: its id or a unique start of it")
        static let positionals: [any PositionalKeyProtocol] = [task]
    }

    static let show = CommandSpec(
        name: "show",
        abstract: "Show one task: its configuration, timings, result or error",
        keys: Show.self,
        examples: ["jobhunt tasks show 1f3a9c2e", "jobhunt tasks show 1f3a9c2e --json | jq .result_data"],
        run: { context in
            let task = try queue(context).show(context.arguments[Show.task], for: try context.actingUser())
            if context.globals.json {
                context.output.print(try JSONWriter.encode(task, pretty: context.output.stdoutIsTerminal))
                return
            }
            let config = task.config.values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            var lines: [(String, String)] = [
                ("id", task.id.uuidString.lowercased()), ("type", task.type.rawValue),
                ("status", task.status.rawValue), ("priority", "\(task.priority)"),
                ("config", config.joined(separator: " ")),
                ("application", task.applicationID?.uuidString.lowercased() ?? ""),
                ("scheduled", time(task.scheduledAt)), ("started", time(task.startedAt)),
                ("completed", time(task.completedAt)), ("retries", "\(task.retryCount) of \(task.maxRetries)"),
            ]
            if task.status == .running {
                lines.append(("worker", task.workerID ?? ""))
                lines.append(("lease until", time(task.leaseUntil)))
            }
            if let error = task.errorMessage { lines.append(("last error", error)) }
            if let result = task.resultData { lines.append(("result", result)) }
            for (label, value) in lines where !value.isEmpty {
                context.output.print(label.padding(toLength: 12, withPad: " ", startingAt: 0) + value)
            }
        })

    enum Manage: ArgumentKeys {
        static let task: PositionalKey<String> = .required("ID", help: "The task: its id or a unique start of it")
        static let positionals: [any PositionalKeyProtocol] = [task]
    }

    static let cancel = CommandSpec(
        name: "cancel",
        abstract: "Cancel a pending (or failed) task",
        discussion: "A running task is left to finish; a cancelled one can be retried later.",
        keys: Manage.self,
        examples: ["jobhunt tasks cancel 1f3a9c2e"],
        run: { context in
            let task = try queue(context).cancel(context.arguments[Manage.task], for: try context.actingUser())
            try printChanged(task, context: context, note: "cancelled")
        })

    static let retry = CommandSpec(
        name: "retry",
        abstract: "Queue a failed or cancelled task again, due now, with its retries reset",
        keys: Manage.self,
        examples: ["jobhunt tasks retry 1f3a9c2e"],
        run: { context in
            let task = try queue(context).retry(context.arguments[Manage.task], for: try context.actingUser())
            try printChanged(task, context: context, note: "queued again")
        })
}
