// Shared pieces of the cache tests: the implementations under test, unique key
// prefixes, a warning recorder, and a dedicated redis-server a test can stop.
import Foundation
import JobHuntTesting
import Synchronization
import Testing

@testable import JobHuntIO

#if canImport(Glibc)
    import Glibc
#endif

/// Every cache implementation, for parameterised conformance tests.
enum CacheKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case none
    case redis

    var testDescription: String { rawValue }

    /// A cache to test; for Redis, a connection to the test server that must be up
    /// (the test fails, never skips, when it is not).
    func make(warnings: WarningRecorder, time: ManualTime? = nil) throws -> any Cache {
        switch self {
        case .none:
            return time.map { NoCache(now: $0.now) } ?? NoCache()
        case .redis:
            let cache = try RedisCache(url: TestServices.redisURL, onWarning: warnings.record)
            try cache.checkConnection()
            return cache
        }
    }

    var storesValues: Bool { self == .redis }
    var scope: CoordinationScope { self == .none ? .processLocal : .shared }
}

/// A key prefix no other test (or earlier run) uses.
func uniquePrefix(_ name: String = #function) -> String {
    let test = name.prefix { $0 != "(" }
    return "test:\(test):\(UUID().uuidString.lowercased()):"
}

/// Collects the warnings a cache delivers.
final class WarningRecorder: Sendable {
    private let warnings = Mutex<[CacheError]>([])

    var all: [CacheError] { warnings.withLock { $0 } }

    var record: @Sendable (CacheError) -> Void {
        { warning in self.warnings.withLock { $0.append(warning) } }
    }
}

/// A clock the test moves by hand, for the in-process counters and locks of `NoCache`.
final class ManualTime: Sendable {
    private let instant = Mutex(ContinuousClock.now)

    var now: @Sendable () -> ContinuousClock.Instant { { self.instant.withLock { $0 } } }

    func advance(by duration: Duration) { instant.withLock { $0 += duration } }
}

/// Lets `key`, written with `ttl`, outlive its expiry. In-process time is `time`,
/// moved past the TTL. Redis decides expiry on its own clock, which no test can
/// inject: this asks it how long the key has left (PTTL) and waits exactly that,
/// once, instead of polling.
func outlive(_ key: CacheKey, ttl: Duration, in cache: any Cache, time: ManualTime) async throws {
    guard let redis = cache as? RedisCache else {
        time.advance(by: ttl + .milliseconds(1))
        return
    }
    let remaining = try #require(try redis.run("PTTL", key).integer, "PTTL \(key) is not a number")
    // -2: already gone; otherwise the key expires once Redis's clock is past it.
    if remaining >= 0 { try await Task.sleep(for: .milliseconds(remaining + 1)) }
}

/// A loopback TCP port nothing listens on right now.
func freePort() throws -> Int {
    let (descriptor, port) = try LoopbackSocket.bind()
    close(descriptor)
    return Int(port)
}

/// A redis-server of the test's own, on its own port, that the test may stop and
/// start again; killed when released.
final class DedicatedRedisServer: @unchecked Sendable {
    let port: Int
    private let extraArguments: [String]
    private let directory: TemporaryDirectory
    private var process: Process?

    init(extraArguments: [String] = []) throws {
        port = try freePort()
        self.extraArguments = extraArguments
        directory = try TemporaryDirectory(prefix: "jobhunt-redis")
        try start()
    }

    var url: String { "redis://127.0.0.1:\(port)/0" }

    func start() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/redis-server")
        process.arguments =
            [
                "--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                "--dir", directory.path, "--daemonize", "no",
            ] + extraArguments
        // redis-server logs to stdout; its "Ready to accept connections" line is the
        // signal that it listens, so no probe loop is needed.
        let log = Pipe()
        process.standardOutput = log
        process.standardError = FileHandle.nullDevice
        let ready = ReadyLine(reading: log.fileHandleForReading)
        try process.run()
        self.process = process
        guard ready.wait(upTo: .seconds(10)) else { throw ServerDidNotStart(port: port) }
    }

    /// Stops the server the hard way (SIGKILL), as a crash or an OOM kill would.
    func stop() {
        guard let process else { return }
        kill(process.processIdentifier, SIGKILL)
        kill(process.processIdentifier, SIGCONT)
        process.waitUntilExit()
        self.process = nil
    }

    /// Freezes the server (SIGSTOP): connections stay open but nothing answers,
    /// like a server stuck in a long command or swapping.
    func freeze() {
        if let process { kill(process.processIdentifier, SIGSTOP) }
    }

    /// Lets a frozen server run again (SIGCONT).
    func thaw() {
        if let process { kill(process.processIdentifier, SIGCONT) }
    }

    deinit { stop() }
}

struct ServerDidNotStart: Error, CustomStringConvertible {
    let port: Int
    var description: String { "redis-server on port \(port) did not say it was ready within 10 s (or exited)" }
}

/// Reads a redis-server's log until it says it accepts connections, then drains the
/// rest so the server never blocks on a full pipe. `wait` returns on that line or
/// on end of file, whichever comes first; the limit only bounds a server that hangs.
final class ReadyLine: @unchecked Sendable {
    private let said = DispatchSemaphore(value: 0)
    private let ready = Mutex(false)

    init(reading handle: FileHandle) {
        Thread { self.read(handle) }.start()
    }

    private func read(_ handle: FileHandle) {
        var text = ""
        var signalled = false
        while case let chunk = handle.availableData, !chunk.isEmpty {
            guard !signalled else { continue }
            text += String(decoding: chunk, as: UTF8.self)
            if text.localizedCaseInsensitiveContains("ready to accept connections") {
                ready.withLock { $0 = true }
                signalled = true
                said.signal()
            }
        }
        if !signalled { said.signal() }
    }

    /// Whether the server said it was ready before its log ended or `limit` passed.
    func wait(upTo limit: Duration) -> Bool {
        let (seconds, attoseconds) = limit.components
        let timeout = DispatchTime.now() + .nanoseconds(Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
        guard said.wait(timeout: timeout) == .success else { return false }
        return ready.withLock { $0 }
    }
}
