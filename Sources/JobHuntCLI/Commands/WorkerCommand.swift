// `jobhunt worker`: runs the queue. From cron with --once (drain what is due,
// exit); as a service without it (wait for work until SIGTERM, finish the
// task in hand, exit 0). Many workers on many hosts may share one PostgreSQL
// database: each task runs once.
import Dispatch
import Foundation
import JobHuntKernel
import JobHuntTasks

package enum WorkerCommand {
    package enum Keys: ArgumentKeys {
        package static let once: OptionKey<Bool> = .flag("once", help: "Run what is due, then exit (for cron)")
        package static let maxTasks: OptionKey<Int?> = .value(
            "max-tasks", .integer(1...Int.max), valueName: "N", help: "Exit after N tasks")
        package static let maxTime: OptionKey<String?> = .value(
            "max-time", .string, valueName: "DURATION",
            help: "Claim nothing new after this long (90s, 10m, 2h); the task in hand finishes")
        package static let types: OptionKey<String?> = .value(
            "types", .string, valueName: "T,…", help: "Only these task types (comma-separated)")
        package static let concurrency: OptionKey<Int?> = .value(
            "concurrency", .integer(1...64), valueName: "N", help: "Tasks run at once, one thread each",
            defaultValue: "1")
        package static let options: [any OptionKeyProtocol] = [once, maxTasks, maxTime, types, concurrency]
    }

    static let spec = CommandSpec(
        name: "worker",
        abstract: "Run queued tasks: once from cron, or as a long-running service",
        discussion: """
            Claims the highest-priority due task of any user, runs it as that user, and records \
            started_at, completed_at and result_data or error_message; a failure is retried \
            with exponential backoff (worker.retry_base_seconds, doubling, with jitter) up to \
            the task's max_retries. A running task holds a lease (worker.lease_seconds, renewed \
            while it runs); a worker that dies loses it and another takes the task back, counting \
            a retry. Due schedules (`jobhunt schedule`) are enqueued as the worker goes, each \
            slot once. Without --once the worker waits for work (PostgreSQL wakes it with \
            LISTEN/NOTIFY; SQLite is polled every second) until SIGTERM or SIGINT, then finishes \
            the task in hand and exits 0. One line per task on stdout (JSON with --json). \
            --concurrency N runs N threads, each with its own database connections.
            """,
        keys: Keys.self,
        examples: [
            "jobhunt worker --once --max-time 10m",
            "jobhunt worker --concurrency 4",
            "jobhunt worker --types job_discovery --max-tasks 100",
        ],
        run: { context in try run(context, registry: TaskHandlers.registry(context)) })

    /// The worker over `registry`; jobhunt-bench calls this with a counting type added.
    package static func run(_ context: CommandContext, registry: TaskHandlerRegistry) throws {
        let arguments = context.arguments
        let settings = try context.configuredSettings()
        let lease = try seconds(settings.value("worker.lease_seconds"), key: "worker.lease_seconds", range: 2...86_400)
        let retryBase = try seconds(
            settings.value("worker.retry_base_seconds"), key: "worker.retry_base_seconds", range: 0...86_400)
        let types = try arguments[Keys.types].map { list in
            try list.split(separator: ",").map { name in
                let type = TaskType(rawValue: name.trimmingCharacters(in: .whitespaces))
                guard registry.handler(for: type) != nil else {
                    throw CLIError.usage(
                        "'\(type)' is not a task type",
                        remedy: "use one of \(registry.types.map(\.rawValue).joined(separator: ", "))")
                }
                return type
            }
        }
        let options = WorkerOptions(
            once: arguments[Keys.once], maxTasks: arguments[Keys.maxTasks],
            maxTime: try arguments[Keys.maxTime].map { try TaskDuration.seconds($0, option: "max-time") },
            types: types, lease: lease, backoff: RetryBackoff(base: retryBase))
        // Check the database once up front, so a wrong URL or an unmigrated
        // schema is one error, not one per thread.
        let services = try context.services()
        _ = try services.store.database()
        let stop = StopSignal()
        // Not the CLI's handler (stop at once): finish the task in hand, then exit 0.
        Interruption.commandHandlesSignals = true
        let signals = [SIGTERM, SIGINT].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop.raise() }
            source.resume()
            return source
        }
        defer { for source in signals { source.cancel() } }
        let configuration = services.configuration
        let now = services.now
        let output = context.output
        let json = context.globals.json
        let worker = TaskWorker(
            makeServices: { Services(configuration: configuration, now: now) { output.warn($0) } },
            registry: registry, options: options,
            workerName: "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)",
            stop: stop, onEvent: { event in log(event, output: output, json: json) })
        let summary = try worker.run(concurrency: arguments[Keys.concurrency] ?? 1)
        if !json {
            let counts = summary.counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            output.note(
                "worker: \(summary.total) task(s) in \(String(format: "%.1f", summary.seconds)) s"
                    + (counts.isEmpty ? "" : ": " + counts.joined(separator: ", ")))
        }
    }

    /// A whole number of seconds from a setting, within `range`.
    static func seconds(_ text: String?, key: String, range: ClosedRange<Int>) throws -> TimeInterval {
        guard let text, let value = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
            throw CLIError.usage(
                "\(key) is '\(text ?? "")', not a whole number of seconds from \(range.lowerBound) to \(range.upperBound)",
                remedy: "set it with `jobhunt config set \(key) N` or \(Setting.primaryEnvironmentName(for: key))")
        }
        return TimeInterval(value)
    }

    /// One line per task on stdout; database trouble on stderr.
    private static func log(_ event: WorkerEvent, output: any Output, json: Bool) {
        switch event {
        case .finished(let entry):
            if json {
                output.print((try? JSONWriter.encode(entry)) ?? "{}")
                return
            }
            var line =
                "\(TaskCommands.time(Date())) \(entry.task.prefix(8)) \(entry.type) \(entry.outcome)"
                + " attempt \(entry.attempt) \(String(format: "%.2f", entry.seconds))s"
            if let retryAt = entry.retryAt { line += " retry at \(TaskCommands.time(retryAt))" }
            if let error = entry.error { line += ": \(error)" }
            output.print(line)
        case .scheduled(let schedule, _, let task, let slot):
            output.note(
                "worker: schedule '\(schedule)' queued \(task.uuidString.lowercased().prefix(8)) for \(TaskCommands.time(slot))"
            )
        case .reclaimed(let count):
            output.note("worker: took back \(count) task(s) whose lease expired")
        case .databaseUnavailable(let message, let retryIn):
            output.warn("worker: \(message); trying again in \(String(format: "%.1f", retryIn)) s")
        }
    }
}
