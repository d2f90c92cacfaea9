// A redis-server of the fault test's own, on a free loopback port in a temp
// folder, that the test may kill, restart or slow down: the shared one from
// scripts/services serves every other suite and is never touched.
import Foundation
import JobHuntIO
import JobHuntTesting

/// A private Redis, stopped when the value goes. Its append-only file keeps the
/// keys across ``kill()`` and ``start()``, as a production Redis with
/// persistence keeps its cache across a restart.
final class PrivateRedis: @unchecked Sendable {
    let port: Int
    private let folder: TemporaryDirectory
    private var process: Process?

    /// `redis://127.0.0.1:<port>/0`.
    var url: String { "redis://127.0.0.1:\(port)/0" }

    /// Starts `redis-server` (found on PATH, or `$JOBHUNT_TEST_REDIS_SERVER`); fails when it is missing.
    init() throws {
        folder = try TemporaryDirectory(prefix: "jobhunt-private-redis")
        port = try PrivateRedis.freePort()
        try start()
    }

    /// A port nothing listens on now (bound, read, closed).
    static func freePort() throws -> Int {
        let (descriptor, port) = try LoopbackSocket.bind()
        close(descriptor)
        return Int(port)
    }

    static var executable: String {
        get throws {
            if let chosen = TestServices.value("JOBHUNT_TEST_REDIS_SERVER") { return chosen }
            for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
                let candidate = "\(directory)/redis-server"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
            throw TestServices.ServiceUnavailable("redis-server is not on PATH (run scripts/setup)")
        }
    }

    /// Starts the server (again, after ``kill()``) and waits until it answers PING.
    func start() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.executable)
        process.arguments = [
            "--port", String(port), "--bind", "127.0.0.1", "--dir", folder.path, "--save", "",
            "--appendonly", "yes", "--appendfsync", "always", "--protected-mode", "no", "--daemonize", "no",
            "--logfile", folder.file("redis.log").path,
        ]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        self.process = process
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if (try? command(["PING"]))?.contains("PONG") == true { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TestServices.ServiceUnavailable("the private redis-server on port \(port) did not answer PING")
    }

    /// SIGKILL: the server dies mid-whatever, as after an OOM kill.
    func kill() {
        guard let process else { return }
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        self.process = nil
    }

    /// Runs one command with redis-cli and returns its output.
    @discardableResult
    func command(_ arguments: [String]) throws -> String {
        // The arguments are the test's own words (key names, PING), never quotes.
        let result = try CommandRunner.runShell(
            "exec redis-cli -h 127.0.0.1 -p \(port) " + arguments.map { "'\($0)'" }.joined(separator: " "))
        guard result.status == 0 else {
            throw TestServices.ServiceUnavailable("redis-cli \(arguments.joined(separator: " ")): \(result.stderr)")
        }
        return result.stdout
    }

    deinit { kill() }
}
