// The queue on both engines: what `tasks add` refuses, what a person may
// change, and how a worker's claim, lease, failure and reclaim move a task.
import Foundation
import JobHuntBench
import JobHuntDatabase
import JobHuntTasks
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Task queue")
struct TaskQueueTests {
    @Test(
        "add refuses what cannot run: unknown types, bad configs, missing or foreign applications",
        arguments: TestEngine.allCases)
    func addRefuses(engine: TestEngine) throws {
        let fixture = try TaskFixture(engine)
        let me = try fixture.user()
        let someoneElse = try fixture.user()
        let theirs = try fixture.application(of: someoneElse)
        let mine = try fixture.application(of: me)
        func code(_ new: NewTask) -> JobHuntError.Code? {
            do {
                _ = try fixture.queue.add(new, for: me)
                return nil
            } catch let error as JobHuntError {
                return error.code
            } catch {
                return JobHuntError.Code("unexpected \(error)")
            }
        }
        #expect(code(NewTask(type: TaskType(rawValue: "mine_bitcoin"))) == .taskUnknownType)
        #expect(code(NewTask(type: .jobDiscovery)) == .taskInvalidConfig)
        #expect(code(NewTask(type: .jobDiscovery, config: TaskConfig(["sources": "bogus:x"]))) == .taskInvalidConfig)
        #expect(
            code(NewTask(type: .jobDiscovery, config: TaskConfig(["sources": "file:/x", "search": "y"])))
                == .taskInvalidConfig)
        #expect(code(NewTask(type: .jobDiscovery, config: TaskConfig(["search": "nope"]))) == .savedSearchNotFound)
        #expect(
            code(NewTask(type: .jobDiscovery, config: TaskConfig(["sources": "file:/x", "colour": "red"])))
                == .taskInvalidConfig)
        #expect(code(NewTask(type: .resumeGeneration)) == .taskInvalidConfig)
        #expect(code(NewTask(type: .resumeGeneration, applicationID: theirs)) == .taskInvalidConfig)
        #expect(code(NewTask(type: .applicationSubmission, applicationID: mine)) == .taskInvalidConfig)
        #expect(
            code(NewTask(type: .jobDiscovery, config: TaskConfig(["sources": "file:/x"]), priority: 11))
                == .taskInvalidValue)
        #expect(try fixture.count("SELECT COUNT(*) FROM automation_tasks") == 0)
        #expect(code(NewTask(type: .resumeGeneration, applicationID: mine)) == nil)
        #expect(
            code(NewTask(type: .applicationSubmission, config: TaskConfig(["channel": "email"]), applicationID: mine))
                == nil)
        #expect(try fixture.count("SELECT COUNT(*) FROM automation_tasks") == 2)
    }

    @Test("list, show, cancel and retry see only the acting user's tasks", arguments: TestEngine.allCases)
    func scoping(engine: TestEngine) throws {
        let fixture = try TaskFixture(engine)
        let me = try fixture.user()
        let them = try fixture.user()
        let task = try fixture.queue.add(NewTask(type: FlakyTaskHandler.flakyType), for: me)
        _ = try fixture.queue.add(NewTask(type: FlakyTaskHandler.flakyType), for: them)
        #expect(try fixture.queue.list(for: me).map(\.id) == [task.id])
        #expect(try fixture.queue.show(task.handle, for: me).id == task.id)
        #expect(throws: JobHuntError.self) { try fixture.queue.show(task.handle, for: them) }
        #expect(throws: JobHuntError.self) { try fixture.queue.cancel(task.id.uuidString, for: them) }
        // Pending: nothing to retry.
        #expect(throws: JobHuntError.self) { try fixture.queue.retry(task.handle, for: me) }
        let cancelled = try fixture.queue.cancel(task.handle, for: me)
        #expect(cancelled.status == .cancelled)
        #expect(try fixture.workerQueue().claim(types: nil, now: fixture.clock.now, lease: 60)?.userID == them.user.id)
        let again = try fixture.queue.retry(task.handle, for: me)
        #expect(again.status == .pending && again.retryCount == 0)
        #expect(try fixture.queue.list(for: me, statuses: [.pending]).count == 1)
        #expect(try fixture.queue.list(for: me, statuses: [.completed]).isEmpty)
    }

    @Test(
        "claims go to the highest priority, then the longest due, never to a task not yet due",
        arguments: TestEngine.allCases)
    func claimOrder(engine: TestEngine) throws {
        let fixture = try TaskFixture(engine)
        let me = try fixture.user()
        let now = fixture.clock.now
        func add(_ priority: Int, due: TimeInterval) throws -> UUID {
            try fixture.queue.add(
                NewTask(type: FlakyTaskHandler.flakyType, priority: priority, scheduledAt: now.addingTimeInterval(due)),
                for: me
            ).id
        }
        let later = try add(10, due: 3600)
        let lowOld = try add(3, due: -600)
        let highNew = try add(8, due: -10)
        let highOld = try add(8, due: -300)
        let worker = try fixture.workerQueue()
        let order = try (0..<4).map { _ in try worker.claim(types: nil, now: now, lease: 60)?.id }
        #expect(order == [highOld, highNew, lowOld, nil])
        let running = try fixture.queue.show(highOld.uuidString, for: me)
        #expect(running.status == .running && running.workerID == "test-host:1:1" && running.startedAt == now)
        #expect(running.leaseUntil == now.addingTimeInterval(60))
        fixture.clock.advance(3600)
        #expect(try worker.claim(types: nil, now: fixture.clock.now, lease: 60)?.id == later)
        #expect(try worker.claim(types: [.jobDiscovery], now: fixture.clock.now, lease: 60) == nil)
    }

    @Test(
        "a failure retries after backoff until max_retries, then fails with the last error",
        arguments: TestEngine.allCases)
    func retries(engine: TestEngine) throws {
        let fixture = try TaskFixture(engine)
        let me = try fixture.user()
        let added = try fixture.queue.add(NewTask(type: FlakyTaskHandler.flakyType, maxRetries: 2), for: me)
        let worker = try fixture.workerQueue()
        for attempt in 1...3 {
            let now = fixture.clock.now
            let task = try #require(try worker.claim(types: nil, now: now, lease: 60))
            #expect(task.id == added.id && task.retryCount == attempt - 1)
            let outcome = try worker.fail(
                task, message: "boom \(attempt)", permanent: false, retryAt: now.addingTimeInterval(30), now: now)
            #expect(outcome == (attempt < 3 ? .retrying : .failed))
            #expect(try worker.claim(types: nil, now: now.addingTimeInterval(29), lease: 60) == nil)  // backing off
            fixture.clock.advance(30)
        }
        let failed = try fixture.queue.show(added.handle, for: me)
        #expect(failed.status == .failed && failed.retryCount == 2 && failed.errorMessage == "boom 3")
        #expect(failed.completedAt != nil)
        let retried = try fixture.queue.retry(added.handle, for: me)
        #expect(retried.status == .pending && retried.retryCount == 0)
    }

    @Test("a permanent error fails at once; a lost lease records nothing", arguments: TestEngine.allCases)
    func permanentAndLostLease(engine: TestEngine) throws {
        let fixture = try TaskFixture(engine)
        let me = try fixture.user()
        _ = try fixture.queue.add(NewTask(type: FlakyTaskHandler.flakyType), for: me)
        let worker = try fixture.workerQueue()
        let now = fixture.clock.now
        let task = try #require(try worker.claim(types: nil, now: now, lease: 60))
        #expect(try worker.fail(task, message: "no", permanent: true, retryAt: now, now: now) == .failed)
        #expect(try fixture.queue.show(task.handle, for: me).retryCount == 0)

        _ = try fixture.queue.add(NewTask(type: FlakyTaskHandler.flakyType), for: me)
        let second = try #require(try worker.claim(types: nil, now: now, lease: 60))
        let other = try fixture.workerQueue("other-host:2:1")
        #expect(try other.renew(second, now: now, lease: 60) == false)
        #expect(try other.complete(second, result: "{}", now: now) == false)
        #expect(try other.fail(second, message: "x", permanent: false, retryAt: now, now: now) == .leaseLost)
        #expect(try worker.renew(second, now: now, lease: 120) == true)
        #expect(try worker.complete(second, result: #"{"ok":true}"#, now: now) == true)
        let done = try fixture.queue.show(second.handle, for: me)
        #expect(done.status == .completed && done.leaseUntil == nil)
        #expect(done.resultData?.replacingOccurrences(of: " ", with: "") == #"{"ok":true}"#)
    }

    @Test(
        "an expired lease is taken back once, counting a retry; the old holder can no longer finish it",
        arguments: TestEngine.allCases)
    func reclaim(engine: TestEngine) throws {
        let fixture = try TaskFixture(engine)
        let me = try fixture.user()
        _ = try fixture.queue.add(NewTask(type: FlakyTaskHandler.flakyType, maxRetries: 1), for: me)
        let dead = try fixture.workerQueue("dead-host:9:1")
        let alive = try fixture.workerQueue("live-host:7:1")
        let start = fixture.clock.now
        let task = try #require(try dead.claim(types: nil, now: start, lease: 30))
        #expect(try alive.reclaimExpired(now: start.addingTimeInterval(29)) == 0)
        #expect(try alive.reclaimExpired(now: start.addingTimeInterval(31)) == 1)
        #expect(try dead.reclaimExpired(now: start.addingTimeInterval(31)) == 0)
        let back = try fixture.queue.show(task.handle, for: me)
        #expect(back.status == .pending && back.retryCount == 1 && back.workerID == nil)
        #expect(back.errorMessage?.contains("dead-host:9:1") == true)
        #expect(try dead.complete(task, result: "{}", now: start.addingTimeInterval(32)) == false)
        // Out of retries: the next expiry fails it.
        let again = try #require(try alive.claim(types: nil, now: start.addingTimeInterval(40), lease: 30))
        #expect(again.retryCount == 1)
        #expect(try dead.reclaimExpired(now: start.addingTimeInterval(71)) == 1)
        #expect(try fixture.queue.show(task.handle, for: me).status == .failed)
    }

    @Test(
        "a schedule fires once per slot however many workers look, and not when added", arguments: TestEngine.allCases)
    func scheduleOncePerSlot(engine: TestEngine) throws {
        let fixture = try TaskFixture(engine)
        let me = try fixture.user()
        let schedule = try fixture.schedules.add(
            name: "hourly", cron: "0 * * * *", task: NewTask(type: FlakyTaskHandler.flakyType, priority: 7), for: me)
        #expect(schedule.nextSlot == Date(timeIntervalSince1970: 1_796_558_400 + 3600))
        #expect(try fixture.schedules.enqueueDue(now: fixture.clock.now).isEmpty)
        fixture.clock.advance(3600 + 120)
        // Eight workers look at once, each with its own connection.
        let services = (0..<8).map { _ in ScheduleService(services: fixture.makeServices(), registry: fixture.registry)
        }
        let fired = FiredCount()
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let count = (try? services[index].enqueueDue(now: fixture.clock.now).count) ?? 0
            fired.add(count)
        }
        #expect(fired.value == 1)
        let tasks = try fixture.queue.list(for: me)
        #expect(tasks.count == 1)
        #expect(tasks.first?.priority == 7)
        #expect(tasks.first?.scheduledAt == Date(timeIntervalSince1970: 1_796_558_400 + 3600))
        // Down for five hours: one task for the latest missed slot.
        fixture.clock.advance(5 * 3600)
        #expect(try fixture.schedules.enqueueDue(now: fixture.clock.now).count == 1)
        #expect(try fixture.schedules.enqueueDue(now: fixture.clock.now).isEmpty)
        #expect(try fixture.queue.list(for: me).count == 2)
        #expect(throws: JobHuntError.self) {
            try fixture.schedules.add(
                name: "hourly", cron: "0 * * * *", task: NewTask(type: FlakyTaskHandler.flakyType), for: me)
        }
        #expect(throws: JobHuntError.self) {
            try fixture.schedules.add(
                name: "bad", cron: "0 * * *", task: NewTask(type: FlakyTaskHandler.flakyType), for: me)
        }
        _ = try fixture.schedules.remove("hourly", for: me)
        #expect(try fixture.schedules.list(for: me).isEmpty)
    }
}

final class FiredCount: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    func add(_ count: Int) { lock.withLock { total += count } }
    var value: Int { lock.withLock { total } }
}
