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
    func make(warnings: WarningRecorder) throws -> any Cache {
        switch self {
        case .none:
            return NoCache()
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

/// Polls `condition` until it holds or `limit` passes: for expiry, which Redis
/// decides on its own clock. Returns whether it held.
func eventually(within limit: Duration = .seconds(5), _ condition: () -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try await Task.sleep(for: .milliseconds(10))
    }
    return condition()
}

/// A loopback TCP port nothing listens on right now.
func freePort() throws -> Int {
    let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #expect(socketFD >= 0)
    defer { close(socketFD) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
            bind(socketFD, generic, length) == 0 && getsockname(socketFD, generic, &length) == 0
        }
    }
    try #require(bound)
    return Int(UInt16(bigEndian: address.sin_port))
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
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        try waitUntilReady()
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

    private func waitUntilReady() throws {
        let deadline = ContinuousClock.now + .seconds(10)
        var configuration = try RedisConfiguration(url: url)
        configuration.password = passwordArgument
        while ContinuousClock.now < deadline {
            let probe = RedisCache(configuration: configuration) { _ in }
            if (try? probe.checkConnection()) != nil { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw ServerDidNotStart(port: port)
    }

    private var passwordArgument: String? {
        guard let index = extraArguments.firstIndex(of: "--requirepass") else { return nil }
        return extraArguments[index + 1]
    }

    deinit { stop() }
}

struct ServerDidNotStart: Error, CustomStringConvertible {
    let port: Int
    var description: String { "redis-server on port \(port) did not start within 10 s" }
}
