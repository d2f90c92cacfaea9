// The worker loop in this process on both engines: it drains what is due,
// runs each task as its user, retries and fails as the rules say, and keeps
// to its limits; several threads run each task once.
import Foundation
import JobHuntBench
import JobHuntDatabase
import JobHuntTasks
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Task worker")
struct TaskWorkerTests {
    @Test(
        "--once drains what is due: successes, retries, permanent failures, each logged once",
        arguments: TestEngine.allCases)
    func drains(engine: TestEngine) throws {
        let fixture = try TaskFixture(engine)
        let me = try fixture.user("grace@example.com")
        let ok = try fixture.queue.add(NewTask(type: FlakyTaskHandler.flakyType), for: me)
        let flaky = try fixture.queue.add(
            NewTask(type: FlakyTaskHandler.flakyType, config: TaskConfig(["fail": "1"])), for: me)
        let doomed = try fixture.queue.add(
            NewTask(type: FlakyTaskHandler.flakyType, config: TaskConfig(["permanent": "true"])), for: me)
        let application = try fixture.application(of: me)
        let letter = try fixture.queue.add(NewTask(type: .coverLetterGeneration, applicationID: application), for: me)
        let events = EventLog()
        let summary = try fixture.worker(WorkerOptions(once: true, backoff: RetryBackoff(base: 60)), events: events)
            .run(concurrency: 2)
        #expect(summary.counts == ["completed": 1, "retrying": 1, "failed": 2])
        let done = try fixture.queue.show(ok.handle, for: me)
        #expect(done.status == .completed)
        #expect(done.resultData?.contains("grace@example.com") == true)  // ran as its user
        let retrying = try fixture.queue.show(flaky.handle, for: me)
        #expect(retrying.status == .pending && retrying.retryCount == 1)
        #expect(retrying.errorMessage == "the test server said no")
        let due = try #require(retrying.scheduledAt)
        #expect(due >= fixture.clock.now.addingTimeInterval(30) && due < fixture.clock.now.addingTimeInterval(60))
        let failed = try fixture.queue.show(doomed.handle, for: me)
        #expect(failed.status == .failed && failed.retryCount == 0 && failed.errorMessage == "test: cannot ever work")
        let unavailable = try fixture.queue.show(letter.handle, for: me)
        #expect(unavailable.status == .failed)
        #expect(
            unavailable.errorMessage
                == "this build has no cover-letter generation yet: cover_letter_generation tasks cannot run")
        #expect(Set(events.finished.map(\.task)).count == 4)
        // After the backoff the retry succeeds.
        fixture.clock.advance(61)
        _ = try fixture.worker().run(concurrency: 1)
        #expect(try fixture.queue.show(flaky.handle, for: me).status == .completed)
        #expect(fixture.runs.count(flaky.id) == 2)
    }

    @Test("a job_discovery task stores what the discover command would", arguments: TestEngine.allCases)
    func discovery(engine: TestEngine) throws {
        let fixture = try TaskFixture(engine)
        let me = try fixture.user()
        let feed = RepositoryFiles.root.appendingPathComponent("examples/feeds/postings.jsonl")
        let task = try fixture.queue.add(
            NewTask(type: .jobDiscovery, config: TaskConfig(["sources": "file:" + feed.path])), for: me)
        _ = try fixture.worker().run(concurrency: 1)
        let done = try fixture.queue.show(task.handle, for: me)
        #expect(done.status == .completed)
        let postings = try fixture.count("SELECT COUNT(*) FROM job_postings")
        #expect(postings > 0)
        #expect(
            done.resultData?.contains("\"new\":\(postings)") == true
                || done.resultData?.contains("\"new\": \(postings)") == true)
        // Running it again is safe: discovery upserts.
        let again = try fixture.queue.add(
            NewTask(type: .jobDiscovery, config: TaskConfig(["sources": "file:" + feed.path])), for: me)
        _ = try fixture.worker().run(concurrency: 1)
        #expect(try fixture.queue.show(again.handle, for: me).status == .completed)
        #expect(try fixture.count("SELECT COUNT(*) FROM job_postings") == postings)
    }

    @Test("limits: --max-tasks, --types, and a raised stop signal", arguments: TestEngine.allCases)
    func limits(engine: TestEngine) throws {
        let fixture = try TaskFixture(engine)
        let me = try fixture.user()
        for _ in 0..<5 { _ = try fixture.queue.add(NewTask(type: FlakyTaskHandler.flakyType), for: me) }
        _ = try fixture.queue.add(NewTask(type: CountingTaskHandler.countingType, priority: 1), for: me)
        let three = try fixture.worker(WorkerOptions(once: true, maxTasks: 3)).run(concurrency: 2)
        #expect(three.total == 3)
        let counting = try fixture.worker(WorkerOptions(once: true, types: [CountingTaskHandler.countingType]))
            .run(concurrency: 1)
        #expect(counting.total == 1)
        #expect(try fixture.count("SELECT COUNT(*) FROM worker_bench_effects") == 1)
        let stop = StopSignal()
        stop.raise()
        #expect(try fixture.worker(WorkerOptions(once: false), stop: stop).run(concurrency: 2).total == 0)
        #expect(try fixture.count("SELECT COUNT(*) FROM automation_tasks WHERE status = 'pending'") == 2)
    }

    @Test("four threads run 400 tasks each exactly once", arguments: TestEngine.allCases)
    func threads(engine: TestEngine) throws {
        let fixture = try TaskFixture(engine)
        let me = try fixture.user()
        let db = try fixture.scratch.open()
        try WorkerBenchmark.queue(400, userID: me.user.id, config: "{}", db: db, now: fixture.clock.now)
        db.close()
        let summary = try fixture.worker().run(concurrency: 4)
        #expect(summary.counts == ["completed": 400])
        #expect(try fixture.count("SELECT COUNT(*) FROM worker_bench_effects") == 400)
        #expect(try fixture.count("SELECT COUNT(DISTINCT task_id) FROM worker_bench_effects") == 400)
    }
}
