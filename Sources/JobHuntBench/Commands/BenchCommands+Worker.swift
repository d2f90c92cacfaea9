// `jobhunt-bench worker`: jobhunt's own worker command with the counting task
// type registered, for the benchmark and the multi-process tests; and
// `jobhunt-bench queue`: the throughput and claim-latency benchmark that
// `scripts/bench worker` runs with it.
import Foundation
import JobHuntCLI
import JobHuntKernel
import JobHuntTasks

extension BenchCommands {
    /// jobhunt's registry plus `bench_count`.
    package static func workerRegistry(_ context: CommandContext) -> TaskHandlerRegistry {
        var registry = TaskHandlers.registry(context)
        registry.register(CountingTaskHandler())
        return registry
    }

    static let workerSpec = CommandSpec(
        name: "worker", abstract: "`jobhunt worker` with the bench_count task type registered",
        keys: WorkerCommand.Keys.self,
        run: { context in try WorkerCommand.run(context, registry: workerRegistry(context)) })

    enum Queue: ArgumentKeys {
        static let tasks: OptionKey<Int?> = .value(
            "tasks", .integer(1...10_000_000), valueName: "N", help: "Tasks per run", defaultValue: "10000")
        static let workers: OptionKey<String?> = .value(
            "workers", .string, valueName: "K,…", help: "Worker processes per run", defaultValue: "1,2,4,8")
        static let postgres: OptionKey<String?> = .value(
            "postgres", .string, valueName: "URL",
            help: "A PostgreSQL server to create a throwaway database on (dropped afterwards)",
            environment: "JOBHUNT_TEST_POSTGRES_URL")
        static let database: OptionKey<String?> = .value(
            "database", .string, valueName: "URL",
            help: "Run on this database instead of a throwaway one (scripts/bench scale)")
        static let options: [any OptionKeyProtocol] = [tasks, workers, postgres, database]
    }

    static let queueSpec = CommandSpec(
        name: "queue", abstract: "Tasks/s and claim latency for 1, 2, 4 and 8 worker processes on PostgreSQL",
        keys: Queue.self,
        run: { try queue($0) })

    package static func queue(_ context: CommandContext) throws {
        let arguments = context.arguments
        let given = arguments[Queue.database]
        guard let server = given ?? arguments[Queue.postgres] else {
            throw CLIError.usage("the queue benchmark needs PostgreSQL", remedy: "pass --postgres URL")
        }
        let counts = try (arguments[Queue.workers] ?? "1,2,4,8").split(separator: ",").map { text in
            guard let count = Int(text), (1...64).contains(count) else {
                throw CLIError.usage("invalid value '\(text)' for --workers", remedy: "expected counts such as 1,2,4,8")
            }
            return count
        }
        let tasks = arguments[Queue.tasks] ?? 10_000
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobhunt-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try given == nil ? BenchmarkDatabase.postgres(server: server) : nil
        defer { database?.close() }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        let benchmark = WorkerBenchmark(databaseURL: database?.url ?? server, executable: executable, folder: folder)
        var first: WorkerBenchmark.Result?
        let out = context.output
        for workers in counts {
            let result = try benchmark.run(tasks: tasks, workers: workers)
            let base = first ?? result
            if first == nil { first = result }
            out.print(
                "queue: \(workers) worker(s), \(tasks) tasks in \(String(format: "%.2f", result.seconds)) s -> "
                    + "\(String(format: "%.0f", result.tasksPerSecond)) tasks/s "
                    + "(\(String(format: "%.2f", result.tasksPerSecond / base.tasksPerSecond))x 1 worker); claim p50 "
                    + "\(String(format: "%.2f", result.claimP50)) ms, p95 \(String(format: "%.2f", result.claimP95)) ms "
                    + "(\(String(format: "%.2f", result.claimP95 / max(base.claimP95, 0.001)))x); "
                    + "exactly once: \(result.exactlyOnce ? "yes" : "NO (\(result.effects) effects, \(result.distinctTasks) distinct, \(result.unfinished) unfinished)")"
            )
            if !result.exactlyOnce { context.exitStatus = .failure }
        }
    }
}
