// The benchmark's and the tests' task type: `bench_count` records that it ran
// (one row per run in worker_bench_effects, no unique key, so a task run twice
// shows up twice) after an optional sleep. It lives here, not in the product:
// jobhunt's own task types are the seed's four.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel
import JobHuntTasks

/// Counts runs; `sleep_ms=N` makes each run take N milliseconds first.
package struct CountingTaskHandler: TaskHandler {
    package static let countingType = TaskType(rawValue: "bench_count")
    package var type: TaskType { Self.countingType }
    package let summary = "Benchmark only: record one row per run in worker_bench_effects (sleep_ms=N first)"

    package init() {}

    /// The effects table, created on first use (not part of jobhunt's schema).
    package static func prepare(_ db: Database) throws {
        try db.executeScript(
            """
            CREATE TABLE IF NOT EXISTS worker_bench_effects (
                task_id TEXT NOT NULL, worker TEXT NOT NULL, attempt INTEGER NOT NULL, done_at TEXT NOT NULL)
            """)
    }

    package func validate(_ request: TaskRequest, services: Services) throws {
        let unknown = request.config.unknownKeys(allowed: ["sleep_ms"])
        guard unknown.isEmpty else { throw JobHuntError.taskInvalidConfig("bench_count takes only sleep_ms") }
        if let sleep = request.config["sleep_ms"], Int(sleep) == nil {
            throw JobHuntError.taskInvalidConfig("sleep_ms must be a whole number of milliseconds")
        }
    }

    package func run(_ task: AutomationTask, as request: TaskRequest, services: Services) throws -> String {
        if let sleep = request.config["sleep_ms"].flatMap(Int.init), sleep > 0 {
            Thread.sleep(forTimeInterval: Double(sleep) / 1000)
        }
        let db = try services.store.database()
        try db.execute(
            """
            INSERT INTO worker_bench_effects (task_id, worker, attempt, done_at)
            VALUES (\(task.id.uuidString.lowercased()), \(String(ProcessInfo.processInfo.processIdentifier)),
                \(task.retryCount + 1), \(Date()))
            """)
        return "{\"counted\":true}"
    }
}
