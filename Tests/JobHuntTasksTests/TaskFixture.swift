// A fresh database per test on either engine, a clock the test moves, users,
// and the queue with jobhunt's handlers plus test-only ones registered the
// way a composition root registers a feature's handler.
import Foundation
import JobHuntBench
import JobHuntDatabase
import JobHuntTasks
import JobHuntTesting

@testable import JobHuntKernel

/// A clock a test sets and moves, instead of sleeping.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    init(_ start: Date) { current = start }
    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}

/// Fails its first `fail=N` attempts (`permanent=true`: every attempt, for
/// good), then succeeds; counts its runs. Test-only, registered like any
/// feature's handler.
struct FlakyTaskHandler: TaskHandler {
    static let flakyType = TaskType(rawValue: "test_flaky")
    var type: TaskType { Self.flakyType }
    let summary = "test: fails N times"
    let runs: RunCounter

    struct Transient: Error, LocalizedError {
        var errorDescription: String? { "the test server said no" }
    }

    func validate(_ request: TaskRequest, services: Services) throws {
        if request.config["invalid"] != nil { throw JobHuntError.taskInvalidConfig("test: invalid") }
    }

    func run(_ task: AutomationTask, as request: TaskRequest, services: Services) throws -> String {
        runs.increment(task.id)
        if request.config["permanent"] == "true" { throw PermanentTaskError("test: cannot ever work") }
        if task.retryCount < Int(request.config["fail"] ?? "0") ?? 0 { throw Transient() }
        return "{\"user\":\"\(request.user.user.email)\"}"
    }
}

/// How often each task ran, across threads.
final class RunCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [UUID: Int] = [:]
    func increment(_ id: UUID) { lock.withLock { counts[id, default: 0] += 1 } }
    func count(_ id: UUID) -> Int { lock.withLock { counts[id] ?? 0 } }
    var total: Int { lock.withLock { counts.values.reduce(0, +) } }
    var distinct: Int { lock.withLock { counts.count } }
}

/// Everything one queue test runs on; nothing is shared between tests.
final class TaskFixture: @unchecked Sendable {
    /// 2026-12-06T12:00:00Z.
    static let start = Date(timeIntervalSince1970: 1_796_558_400)

    let engine: TestEngine
    let scratch: ScratchDatabase
    let directory: TemporaryDirectory
    let clock: TestClock
    let services: Services
    let runs = RunCounter()
    let registry: TaskHandlerRegistry

    init(_ engine: TestEngine) throws {
        self.engine = engine
        scratch = try ScratchDatabase(engine)
        directory = try TemporaryDirectory(prefix: "jobhunt-tasks")
        let clock = TestClock(Self.start)
        self.clock = clock
        services = Services(
            configuration: Configuration(databaseURL: scratch.url, dataDirectory: directory.url),
            now: { clock.now })
        var registry = TaskHandlerRegistry.standard(version: "test")
        registry.register(FlakyTaskHandler(runs: runs))
        registry.register(CountingTaskHandler())
        self.registry = registry
        let db = try services.store.unmigratedDatabase()
        try Schema.migrator(for: db.dialect).up(db)
        try CountingTaskHandler.prepare(db)
    }

    /// Another Services on the same database and clock: one per worker thread.
    func makeServices() -> Services {
        let clock = self.clock
        return Services(
            configuration: Configuration(databaseURL: scratch.url, dataDirectory: directory.url),
            now: { clock.now })
    }

    var queue: TaskQueue { TaskQueue(services: services, registry: registry) }
    var schedules: ScheduleService { ScheduleService(services: services, registry: registry) }

    func workerQueue(_ name: String = "test-host:1:1") throws -> WorkerQueue {
        try WorkerQueue(services: makeServices(), workerID: name)
    }

    /// A new account acting as itself.
    func user(_ email: String = "ada-\(UUID().uuidString.prefix(8).lowercased())@example.com") throws -> ActingUser {
        let account = try AccountService(services: services).createUser(email: email, password: "correct horse battery")
        return ActingUser(user: account, sessionID: nil)
    }

    /// An application of `user`, written with SQL (the tracker is not this feature).
    func application(of user: ActingUser) throws -> UUID {
        let db = try scratch.open()
        defer { db.close() }
        let id = UUID()
        try db.execute(
            """
            INSERT INTO applications (id, user_id, company_name, job_title, status)
            VALUES (\(id), \(user.user.id), 'Acme', 'Engineer', 'pending')
            """)
        return id
    }

    /// A worker over this fixture's registry that drains what is due.
    func worker(
        _ options: WorkerOptions = WorkerOptions(once: true), events: EventLog = EventLog(),
        stop: StopSignal = StopSignal()
    ) -> TaskWorker {
        TaskWorker(
            makeServices: { [self] in makeServices() }, registry: registry, options: options,
            workerName: "test:\(UUID().uuidString.prefix(4))",
            stop: stop, onEvent: { events.append($0) })
    }

    func count(_ sql: SQL) throws -> Int {
        let db = try scratch.open()
        defer { db.close() }
        return try db.scalar(sql, as: Int.self) ?? -1
    }
}

/// What a worker reported, in order.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [WorkerEvent] = []
    func append(_ event: WorkerEvent) { lock.withLock { items.append(event) } }
    var finished: [TaskLogEntry] {
        lock.withLock {
            items.compactMap { event in
                if case .finished(let entry) = event { return entry }
                return nil
            }
        }
    }
}
