// `scripts/bench worker`: tasks/s for 1, 2, 4 and 8 `jobhunt-bench worker`
// processes (the CLI's worker with bench_count registered) draining the same
// N tasks from one PostgreSQL database, and the claim latency they logged;
// every task's side effect is counted to check each ran exactly once.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel
import JobHuntTasks

/// One run: N counting tasks, K worker processes, drained with `--once`.
package struct WorkerBenchmark {
    package struct Result: Sendable {
        package var workers: Int
        package var tasks: Int
        package var seconds: Double
        package var tasksPerSecond: Double { Double(tasks) / seconds }
        /// Milliseconds each claim statement took, as the workers logged them.
        package var claimP50: Double
        package var claimP95: Double
        /// Effects recorded, distinct tasks among them, and tasks left unfinished.
        package var effects: Int
        package var distinctTasks: Int
        package var unfinished: Int
        /// Worker processes that exited other than 0, and what they wrote on stderr.
        package var failedProcesses: Int
        package var stderr: String
        package var exactlyOnce: Bool {
            effects == tasks && distinctTasks == tasks && unfinished == 0 && failedProcesses == 0
        }
    }

    let databaseURL: String
    /// The jobhunt-bench binary to run as workers.
    let executable: URL
    let folder: URL

    package init(databaseURL: String, executable: URL, folder: URL) {
        self.databaseURL = databaseURL
        self.executable = executable
        self.folder = folder
    }

    var services: Services {
        Services(configuration: Configuration(databaseURL: databaseURL, dataDirectory: folder))
    }

    /// Migrates, empties the queue and the effects, and queues `count` tasks.
    package func seed(_ count: Int, sleepMilliseconds: Int = 0) throws {
        let services = services
        let db = try services.store.unmigratedDatabase()
        try Schema.migrator(for: db.dialect).up(db)
        try CountingTaskHandler.prepare(db)
        try db.execute("DELETE FROM worker_bench_effects")
        try db.execute("DELETE FROM automation_tasks")
        let user = try Self.benchUser(services)
        let config = sleepMilliseconds > 0 ? "{\"sleep_ms\":\"\(sleepMilliseconds)\"}" : "{}"
        try Self.queue(count, userID: user, config: config, db: db, now: Date())
        // Statistics now, as autovacuum would soon: the first run must not pay
        // for plans made on an empty table's defaults.
        try db.execute("ANALYZE automation_tasks")
    }

    /// The benchmark's user, created once.
    static func benchUser(_ services: Services) throws -> UUID {
        let db = try services.store.database()
        if let id = try db.scalar("SELECT id FROM users WHERE email = 'worker-bench@example.com'", as: UUID.self) {
            return id
        }
        return try AccountService(services: services).createUser(email: "worker-bench@example.com", password: nil).id
    }

    /// Inserts `count` pending bench_count tasks, 500 per statement.
    package static func queue(_ count: Int, userID: UUID, config: String, db: Database, now: Date) throws {
        var remaining = count
        try db.transaction { db in
            while remaining > 0 {
                let batch = min(500, remaining)
                let rows: [[(any DatabaseValueConvertible)?]] = (0..<batch).map { _ in
                    [
                        UUID(), userID, CountingTaskHandler.countingType.rawValue, "pending", 5, now, 0, 3,
                        JSONText(config), now, now,
                    ]
                }
                try db.execute(
                    """
                    INSERT INTO automation_tasks (id, user_id, task_type, status, priority, scheduled_at,
                        retry_count, max_retries, task_config, created_at, updated_at)
                    VALUES \(rows: rows)
                    """)
                remaining -= batch
            }
        }
    }

    /// Seeds `tasks`, runs `workers` processes with `--once` until they all
    /// exit, and checks every task ran exactly once.
    package func run(
        tasks: Int, workers: Int, sleepMilliseconds: Int = 0,
        environment: [String: String] = ProcessInfo.processInfo.environment, during: () throws -> Void = {}
    ) throws -> Result {
        try seed(tasks, sleepMilliseconds: sleepMilliseconds)
        let started = Date()
        var processes: [(Process, URL)] = []
        for index in 0..<workers {
            let log = folder.appendingPathComponent("worker-\(workers)-\(index).jsonl")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            let handle = try FileHandle(forWritingTo: log)
            let process = Process()
            process.executableURL = executable
            process.arguments = ["--json", "--db", databaseURL, "worker", "--once"]
            var environment = environment
            environment["JOBHUNT_WORKER_RETRY_BASE_SECONDS"] = "1"
            process.environment = environment
            process.standardOutput = handle
            let errors = folder.appendingPathComponent("worker-\(workers)-\(index).err")
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: errors)
            try process.run()
            processes.append((process, log))
        }
        try during()
        for (process, _) in processes { process.waitUntilExit() }
        let seconds = Date().timeIntervalSince(started)
        var claims: [Double] = []
        for (_, log) in processes {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let claim = object["claim_ms"] as? Double
                else { continue }
                claims.append(claim)
            }
        }
        claims.sort()
        var stderr = ""
        for index in 0..<workers {
            let errors = folder.appendingPathComponent("worker-\(workers)-\(index).err")
            stderr += (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        }
        let failedProcesses = processes.filter { $0.0.terminationStatus != 0 }.count
        let db = try services.store.database()
        let effects = try db.scalar("SELECT COUNT(*) FROM worker_bench_effects", as: Int.self) ?? 0
        let distinct = try db.scalar("SELECT COUNT(DISTINCT task_id) FROM worker_bench_effects", as: Int.self) ?? 0
        let unfinished =
            try db.scalar("SELECT COUNT(*) FROM automation_tasks WHERE status <> 'completed'", as: Int.self) ?? 0
        return Result(
            workers: workers, tasks: tasks, seconds: seconds, claimP50: Self.percentile(claims, 0.5),
            claimP95: Self.percentile(claims, 0.95), effects: effects, distinctTasks: distinct,
            unfinished: unfinished, failedProcesses: failedProcesses, stderr: stderr)
    }

    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)]
    }
}
