// The queue's promises, proven with real processes of the built binaries on
// the real PostgreSQL test server and SQLite files: eight workers run ten
// thousand tasks each exactly once; a worker killed with -9 mid-task loses
// its lease and the task completes once elsewhere; on SQLite two workers and
// a person's commands share the file without "database is locked".
import Foundation
import JobHuntBench
import JobHuntDatabase
import JobHuntTasks
import JobHuntTesting
import Testing

@Suite("Worker processes", .serialized)
struct WorkerProcessTests {
    @Test("PostgreSQL: 8 worker processes run 10,000 tasks, every one exactly once")
    func eightWorkers() throws {
        let scratch = try ScratchDatabase(.postgres)
        let folder = try TemporaryDirectory(prefix: "jobhunt-workers")
        let benchmark = WorkerBenchmark(
            databaseURL: scratch.url, executable: try WorkerProcesses.bench(), folder: folder.url)
        let result = try benchmark.run(
            tasks: 10_000, workers: 8, environment: WorkerProcesses.environment(home: folder))
        #expect(result.failedProcesses == 0, "\(result.stderr)")
        #expect(result.effects == 10_000)
        #expect(result.distinctTasks == 10_000)
        #expect(result.unfinished == 0)
        let db = try scratch.open()
        defer { db.close() }
        // Every worker process took part, and no task needed a second attempt.
        #expect(try db.scalar("SELECT COUNT(DISTINCT worker) FROM worker_bench_effects", as: Int.self) == 8)
        #expect(try db.scalar("SELECT MAX(retry_count) FROM automation_tasks", as: Int.self) == 0)
    }

    @Test("PostgreSQL: a worker killed with -9 mid-task loses its lease; the task completes once, counting a retry")
    func killNine() throws {
        let scratch = try ScratchDatabase(.postgres)
        let folder = try TemporaryDirectory(prefix: "jobhunt-kill")
        let bench = try WorkerProcesses.bench()
        try WorkerBenchmark(databaseURL: scratch.url, executable: bench, folder: folder.url)
            .seed(1, sleepMilliseconds: 3000)
        let environment = WorkerProcesses.environment(
            home: folder, ["JOBHUNT_WORKER_LEASE_SECONDS": "2", "JOBHUNT_DATABASE_URL": scratch.url])
        let db = try scratch.open()
        defer { db.close() }
        let victim = try WorkerProcesses.start(
            bench, ["worker", "--max-tasks", "1"], environment: environment, folder: folder, name: "victim")
        let claimed = try WorkerProcesses.eventually(timeout: 60) {
            try db.scalar("SELECT COUNT(*) FROM automation_tasks WHERE status = 'running'", as: Int.self) == 1
        }
        #expect(claimed)
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()
        #expect(try db.scalar("SELECT COUNT(*) FROM worker_bench_effects", as: Int.self) == 0)
        let rescuer = try WorkerProcesses.start(
            bench, ["worker", "--max-tasks", "1", "--max-time", "90s"], environment: environment, folder: folder,
            name: "rescuer")
        #expect(WorkerProcesses.wait(rescuer, timeout: 120))
        let output = WorkerProcesses.output(folder, "rescuer")
        #expect(rescuer.terminationStatus == 0, "\(output.err)")
        #expect(output.out.contains("bench_count completed attempt 2"), "\(output.out)")
        #expect(output.err.contains("took back 1 task(s) whose lease expired"), "\(output.err)")
        #expect(try db.scalar("SELECT COUNT(*) FROM worker_bench_effects", as: Int.self) == 1)
        let row = try #require(try db.queryOne("SELECT status, retry_count FROM automation_tasks"))
        #expect(try row.get("status", as: String.self) == "completed")
        #expect(try row.get("retry_count", as: Int.self) == 1)
    }

    @Test("SQLite: two workers and a person's commands at once, no 'database is locked', each task once")
    func sqliteSharing() throws {
        let folder = try TemporaryDirectory(prefix: "jobhunt-sqlite-workers")
        let url = "sqlite:" + folder.file("jobhunt.sqlite3").path
        let bench = try WorkerProcesses.bench()
        try WorkerBenchmark(databaseURL: url, executable: bench, folder: folder.url).seed(300)
        let environment = WorkerProcesses.environment(home: folder, ["JOBHUNT_DATABASE_URL": url])
        let workers = try (0..<2).map { index in
            try WorkerProcesses.start(
                bench, ["worker", "--once"], environment: environment, folder: folder, name: "worker-\(index)")
        }
        // A person types while the workers drain the queue: each command must just work.
        let feed = RepositoryFiles.root.appendingPathComponent("examples/feeds/postings.jsonl").path
        var typed: [CommandResult] = []
        for _ in 0..<3 {
            typed.append(
                try CommandRunner.run(
                    ["tasks", "add", "job_discovery", "sources=file:" + feed], environment: environment))
            typed.append(try CommandRunner.run(["tasks", "list", "--json"], environment: environment))
        }
        for worker in workers { #expect(WorkerProcesses.wait(worker, timeout: 120)) }
        for result in typed {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stderr.contains("locked"))
        }
        for index in 0..<2 {
            let output = WorkerProcesses.output(folder, "worker-\(index)")
            #expect(workers[index].terminationStatus == 0, "\(output.err)")
            #expect(!output.err.contains("locked") && !output.out.contains("locked"))
        }
        // The workers were still running when the discovery tasks arrived, or
        // one more drain runs them: either way every task ends completed, once.
        let drain = try CommandRunner.run(["worker", "--once"], environment: environment)
        #expect(drain.status == 0, "\(drain.stderr)")
        let db = try Database(location: DatabaseLocation(url))
        defer { db.close() }
        #expect(try db.scalar("SELECT COUNT(*) FROM worker_bench_effects", as: Int.self) == 300)
        #expect(try db.scalar("SELECT COUNT(DISTINCT task_id) FROM worker_bench_effects", as: Int.self) == 300)
        let unfinished = try db.query(
            "SELECT task_type, status, retry_count, error_message FROM automation_tasks WHERE status <> 'completed'")
        #expect(unfinished.isEmpty, "\(unfinished)")
        #expect(
            try db.scalar("SELECT COUNT(*) FROM automation_tasks WHERE task_type = 'job_discovery'", as: Int.self) == 3)
    }
}
