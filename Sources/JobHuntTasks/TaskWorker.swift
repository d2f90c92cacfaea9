// `jobhunt worker`: threads that each claim a due task, run its handler as the
// task's user with the lease kept alive, and record the outcome; between
// tasks they take back expired leases and fire due schedules. A lost
// database connection is waited out with backoff, not fatal.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// Runs the queue until it is drained (`once`), a limit is reached, or stopped.
package final class TaskWorker: @unchecked Sendable {
    let makeServices: @Sendable () -> Services
    let registry: TaskHandlerRegistry
    let options: WorkerOptions
    /// `host:pid`; each thread appends its number.
    let workerName: String
    let stop: StopSignal
    let onEvent: @Sendable (WorkerEvent) -> Void
    private let lock = NSLock()
    private var claimed = 0
    private var counts: [String: Int] = [:]
    private var startedAt = Date()

    /// `makeServices` builds one Services (one database connection) per
    /// thread and one more per thread for lease renewal.
    package init(
        makeServices: @escaping @Sendable () -> Services, registry: TaskHandlerRegistry, options: WorkerOptions,
        workerName: String, stop: StopSignal, onEvent: @escaping @Sendable (WorkerEvent) -> Void
    ) {
        self.makeServices = makeServices
        self.registry = registry
        self.options = options
        self.workerName = workerName
        self.stop = stop
        self.onEvent = onEvent
    }

    /// How many tasks ended how: `completed`, `retrying`, `failed`, `lease_lost`.
    package struct Summary: Sendable, Encodable {
        package var counts: [String: Int]
        package var seconds: Double
        package var total: Int { counts.values.reduce(0, +) }
    }

    /// Runs `concurrency` threads and returns when all have stopped.
    package func run(concurrency: Int) throws -> Summary {
        startedAt = Date()
        let types = options.types ?? registry.types
        if let unknown = types.first(where: { registry.handler(for: $0) == nil }) {
            throw JobHuntError.taskUnknownType(unknown.rawValue, known: registry.types)
        }
        let group = DispatchGroup()
        let failure = FirstError()
        for index in 1...max(1, concurrency) {
            group.enter()
            let thread = Thread { [self] in
                defer { group.leave() }
                do { try loop(thread: index, types: types) } catch {
                    failure.set(error)
                    stop.raise()
                }
            }
            thread.name = "jobhunt-worker-\(index)"
            thread.start()
        }
        group.wait()
        if let error = failure.error { throw error }
        return Summary(counts: lock.withLock { counts }, seconds: Date().timeIntervalSince(startedAt))
    }

    // MARK: - One thread

    private func loop(thread: Int, types: [TaskType]) throws {
        let services = makeServices()
        let leaseServices = makeServices()
        let workerID = "\(workerName):\(thread)"
        var queue: WorkerQueue?
        var leaseQueue: WorkerQueue?
        var lastMaintenance = Date.distantPast
        var reconnectDelay = 0.2
        var listening = false
        defer {
            queue?.close()
            leaseQueue?.close()
        }
        while !stop.isRaised {
            if let maxTime = options.maxTime, Date().timeIntervalSince(startedAt) >= maxTime { break }
            guard reserve() else { break }
            var reserved = true
            do {
                let current = try queue ?? WorkerQueue(services: services, workerID: workerID)
                queue = current
                if Date().timeIntervalSince(lastMaintenance) >= options.maintenanceInterval {
                    try maintain(current, services: services)
                    lastMaintenance = Date()
                }
                let claimStarted = Date()
                let claim = try current.claim(types: types, now: services.now(), lease: options.lease)
                let claimMilliseconds = Date().timeIntervalSince(claimStarted) * 1000
                guard let task = claim else {
                    release()
                    reserved = false
                    if options.once { break }
                    if !listening {
                        try current.listen()
                        listening = true
                    }
                    if try !current.wait(timeout: options.pollInterval) {
                        lastMaintenance = .distantPast  // idle: look at leases and schedules now
                    }
                    reconnectDelay = 0.2
                    continue
                }
                reserved = false
                reconnectDelay = 0.2
                let keeperQueue = try leaseQueue ?? WorkerQueue(services: leaseServices, workerID: workerID)
                leaseQueue = keeperQueue
                execute(
                    task, queue: current, leaseQueue: keeperQueue, services: services,
                    claimMilliseconds: claimMilliseconds)
            } catch  where Self.isConnectionFailure(error) {
                if reserved { release() }
                listening = false  // a new session has forgotten its LISTEN
                let delay = reconnectDelay * Double.random(in: 0.5...1)
                onEvent(.databaseUnavailable(message: Self.describe(error), retryIn: delay))
                stop.sleep(delay)
                reconnectDelay = min(reconnectDelay * 2, 5)
            } catch {
                if reserved { release() }
                throw error
            }
        }
    }

    /// Takes back expired leases and fires due schedules.
    private func maintain(_ queue: WorkerQueue, services: Services) throws {
        let now = services.now()
        let reclaimed = try queue.reclaimExpired(now: now)
        if reclaimed > 0 { onEvent(.reclaimed(count: reclaimed)) }
        for fired in try ScheduleService(services: services, registry: registry).enqueueDue(now: now) {
            onEvent(
                .scheduled(
                    schedule: fired.schedule.name, user: fired.schedule.userID, task: fired.task, slot: fired.slot))
        }
    }

    /// Runs one claimed task to an outcome and logs it.
    private func execute(
        _ task: AutomationTask, queue: WorkerQueue, leaseQueue: WorkerQueue, services: Services,
        claimMilliseconds: Double
    ) {
        let started = Date()
        let keeper = LeaseKeeper(
            queue: leaseQueue, task: task, lease: options.lease, interval: options.renewInterval, now: services.now)
        keeper.start()
        var entry = TaskLogEntry(
            task: task.id.uuidString.lowercased(), type: task.type.rawValue,
            user: task.userID.uuidString.lowercased(), outcome: "completed", attempt: task.retryCount + 1,
            seconds: 0, worker: queue.workerID, claimMilliseconds: claimMilliseconds)
        do {
            let result = try runHandler(task, services: services)
            keeper.stop()
            let recorded = try persistently { try queue.complete(task, result: result, now: services.now()) }
            entry.outcome = recorded && !keeper.lost ? "completed" : "lease_lost"
        } catch {
            keeper.stop()
            let message = Self.describe(error)
            let permanent = error is PermanentTaskError
            let retryAt = services.now().addingTimeInterval(options.backoff.delay(retry: task.retryCount + 1))
            let outcome = try? persistently {
                try queue.fail(task, message: message, permanent: permanent, retryAt: retryAt, now: services.now())
            }
            entry.error = message
            switch outcome {
            case .retrying?:
                entry.outcome = "retrying"
                entry.retryAt = retryAt
            case .failed?: entry.outcome = "failed"
            case .leaseLost?, nil: entry.outcome = "lease_lost"
            }
        }
        entry.seconds = Date().timeIntervalSince(started)
        lock.withLock { counts[entry.outcome, default: 0] += 1 }
        onEvent(.finished(entry))
    }

    /// The handler's result for `task`, run as its user. A task whose user,
    /// handler or configuration is gone fails for good.
    private func runHandler(_ task: AutomationTask, services: Services) throws -> String {
        guard let handler = registry.handler(for: task.type) else {
            throw PermanentTaskError("this build cannot run \(task.type) tasks")
        }
        guard let user = try AccountService(services: services).actingUser(id: task.userID) else {
            throw PermanentTaskError("the task's user no longer exists")
        }
        guard user.user.isActive else { throw PermanentTaskError("the account \(user.user.email) is disabled") }
        let request = TaskRequest(
            type: task.type, config: task.config, applicationID: task.applicationID, user: user)
        do {
            try handler.validate(request, services: services)
        } catch let error as JobHuntError {
            throw PermanentTaskError(error)
        }
        return try handler.run(task, as: request, services: services)
    }

    /// Retries `body` while the database is unreachable, for as long as the
    /// lease would have lasted: recording an outcome is conditional on still
    /// holding the task, so running it twice is harmless.
    private func persistently<T>(_ body: () throws -> T) throws -> T {
        let deadline = Date().addingTimeInterval(options.lease)
        var delay = 0.2
        while true {
            do {
                return try body()
            } catch  where Self.isConnectionFailure(error) && Date() < deadline {
                onEvent(.databaseUnavailable(message: Self.describe(error), retryIn: delay))
                Thread.sleep(forTimeInterval: delay)
                delay = min(delay * 2, 5)
            }
        }
    }

    private func reserve() -> Bool {
        lock.withLock {
            if let max = options.maxTasks, claimed >= max { return false }
            claimed += 1
            return true
        }
    }

    private func release() { lock.withLock { claimed -= 1 } }

    /// The database is unreachable or (SQLite) locked past the busy timeout:
    /// waited out and tried again, never fatal to the worker.
    static func isConnectionFailure(_ error: any Error) -> Bool {
        guard let code = (error as? DatabaseError)?.code else { return false }
        return code == .connection || code == .busy
    }

    static func describe(_ error: any Error) -> String {
        (error as? LocalizedError)?.errorDescription ?? String(describing: error)
    }
}

/// The first error any thread hit, for `run` to throw.
private final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    func set(_ error: any Error) { lock.withLock { if stored == nil { stored = error } } }
    var error: (any Error)? { lock.withLock { stored } }
}
