// `jobhunt tasks`, `schedule` and `worker` as a person runs them, through the
// built binary on an embedded SQLite file: what they print, what they
// refuse with which exit status, and the worker's one line per task.
import Foundation
import JobHuntTesting
import Testing

@Suite("Task commands end to end")
struct TaskCommandEndToEndTests {
    let home: TemporaryDirectory
    let environment: [String: String]

    init() throws {
        home = try TemporaryDirectory(prefix: "jobhunt-tasks-e2e")
        environment = WorkerProcesses.environment(
            home: home, ["JOBHUNT_DATABASE_URL": "sqlite:" + home.file("jobhunt.sqlite3").path])
    }

    func run(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(arguments, environment: environment)
    }

    @Test("add, list, show, worker --once, cancel and retry")
    func lifecycle() throws {
        let feed = RepositoryFiles.root.appendingPathComponent("examples/feeds/postings.jsonl").path
        let added = try run(["tasks", "add", "job_discovery", "sources=file:" + feed, "--priority", "8"])
        #expect(added.status == 0, "\(added.stderr)")
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(UUID(uuidString: id) != nil)
        #expect(added.stderr.contains("queued \(id.prefix(8)): job_discovery (pending)"))
        let later = try run(["tasks", "add", "job_discovery", "sources=file:" + feed, "--in", "2h"])
        #expect(later.status == 0)
        let laterID = later.stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        let worker = try run(["--json", "worker", "--once"])
        #expect(worker.status == 0, "\(worker.stderr)")
        let lines = worker.stdout.split(separator: "\n")
        #expect(lines.count == 1)  // the later task is not due
        let entry = try #require(
            try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(entry["task"] as? String == id)
        #expect(entry["outcome"] as? String == "completed")
        #expect(entry["attempt"] as? Int == 1)

        let shown = try run(["tasks", "show", String(id.prefix(8))])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("status      completed"))
        #expect(shown.stdout.contains("\"new\":10"))
        let listed = try run(["tasks", "list", "--status", "pending", "--json"])
        let pending = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(pending.map { $0["id"] as? String } == [laterID])
        #expect(pending.first?["priority"] as? Int == 5)

        #expect(try run(["tasks", "cancel", laterID]).status == 0)
        let retried = try run(["tasks", "retry", String(laterID.prefix(6))])
        #expect(retried.status == 0)
        #expect(retried.stderr.contains("queued again"))
        let notFailed = try run(["tasks", "retry", id])
        #expect(notFailed.status == 1)
        #expect(notFailed.stderr.contains("only failed and cancelled tasks can be retried"))
        #expect(try run(["tasks", "show", "ffffffff"]).status == 1)
    }

    @Test("add refuses what the worker could not run, as usage errors")
    func refusals() throws {
        let unknown = try run(["tasks", "add", "mine_bitcoin"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("'mine_bitcoin' is not a task type (use one of job_discovery,"))
        let noConfig = try run(["tasks", "add", "job_discovery"])
        #expect(noConfig.status == 2)
        #expect(noConfig.stderr.contains("job_discovery needs search=NAME or sources=KIND:ARG,KIND:ARG"))
        let badSource = try run(["tasks", "add", "job_discovery", "sources=gh:acme"])
        #expect(badSource.status == 2)
        #expect(badSource.stderr.contains("sources:"))
        let noSearch = try run(["tasks", "add", "job_discovery", "search=nope"])
        #expect(noSearch.status != 0)
        #expect(noSearch.stderr.contains("nope"))
        let noApp = try run(["tasks", "add", "resume_generation"])
        #expect(noApp.status == 2)
        #expect(noApp.stderr.contains("give --app APP"))
        let both = try run(["tasks", "add", "job_discovery", "--at", "2026-12-07", "--in", "1h"])
        #expect(both.status == 2)
        #expect(try run(["tasks", "list", "--json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    @Test("a submission the worker cannot make (no address to send to) fails at once, without retrying")
    func applicationTask() throws {
        let application = try run(["status", "add", "--company", "Acme", "--title", "Engineer"])
        #expect(application.status == 0, "\(application.stderr)")
        let handle = String(application.stdout.trimmingCharacters(in: .whitespacesAndNewlines).suffix(8))
        let added = try run(["tasks", "add", "application_submission", "--app", handle, "channel=email"])
        #expect(added.status == 0, "\(added.stderr)")
        let worker = try run(["worker", "--once"])
        #expect(worker.status == 0)
        #expect(worker.stdout.contains("application_submission failed attempt 1"))
        #expect(worker.stdout.contains("has no application e-mail address"), "\(worker.stdout)")
        let failed = try run(["tasks", "list", "--status", "failed", "--json"])
        let tasks = try #require(try JSONSerialization.jsonObject(with: Data(failed.stdout.utf8)) as? [[String: Any]])
        #expect(tasks.map { $0["task_type"] as? String } == ["application_submission"])
        #expect(tasks.first?["retry_count"] as? Int == 0, "only the person can give an address")
    }

    @Test("schedule add, list and remove; a bad cron expression is a usage error")
    func schedules() throws {
        let added = try run(["schedule", "add", "morning", "0 7 * * mon-fri", "job_discovery", "sources=remoteok:"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "morning")
        #expect(added.stderr.contains("next at "))
        let listed = try run(["schedule", "list"])
        #expect(listed.stdout.contains("morning"))
        #expect(listed.stdout.contains("0 7 * * mon-fri"))
        #expect(listed.stdout.contains("sources=remoteok:"))
        let duplicate = try run(["schedule", "add", "morning", "0 8 * * *", "job_discovery", "sources=remoteok:"])
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr.contains("a schedule named 'morning' already exists"))
        let bad = try run(["schedule", "add", "evening", "0 25 * * *", "job_discovery", "sources=remoteok:"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("hour: 25 is outside 0-23"))
        #expect(try run(["schedule", "remove", "morning"]).status == 0)
        #expect(try run(["schedule", "list", "--json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        #expect(try run(["schedule", "remove", "morning"]).status == 1)
    }

    @Test("worker settings: a lease that is not a number is refused naming the setting")
    func settings() throws {
        var environment = self.environment
        environment["JOBHUNT_WORKER_LEASE_SECONDS"] = "soon"
        let result = try CommandRunner.run(["worker", "--once"], environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.contains("worker.lease_seconds is 'soon'"))
        let types = try run(["worker", "--once", "--types", "job_discovery,bench_count"])
        #expect(types.status == 2)
        #expect(types.stderr.contains("'bench_count' is not a task type"))
    }
}
