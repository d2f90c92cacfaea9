// A child process of the built binary that a fault test can kill, interrupt
// and measure: started with posix_spawn (default signal dispositions and an
// empty mask, whatever the test runner blocks), reaped with wait4(2), and its
// peak resident memory read from /proc while it runs.
import Foundation
import JobHuntTesting

#if canImport(Glibc)
    import Glibc
#endif

/// How a child ended.
struct ChildExit: CustomStringConvertible {
    /// The exit code, when it exited.
    var code: Int32?
    /// The signal that ended it, when one did.
    var signal: Int32?
    /// Peak resident set, in kibibytes: the largest `VmHWM` (the high-water
    /// mark of its own address space) sampled every 20 ms while it ran. Not
    /// wait4's `ru_maxrss`: Linux carries the spawning process's high-water
    /// mark into the child at exec (posix_spawn shares the test runner's
    /// address space until then), so that figure is the test runner's size.
    var peakKiB: Int
    var seconds: Double
    var stdout: String
    var stderr: String

    /// What a shell's `$?` shows: the code, or 128 + the signal.
    var shellStatus: Int32 { code ?? (128 + (signal ?? 0)) }

    var description: String {
        "exit \(code.map(String.init) ?? "-") signal \(signal.map(String.init) ?? "-") in \(String(format: "%.2f", seconds)) s, "
            + "peak \(peakKiB / 1024) MiB; stderr: \(stderr)"
    }
}

final class Child: @unchecked Sendable {
    let pid: pid_t
    private let folder: TemporaryDirectory
    private let started = ContinuousClock.now
    private var reaped: ChildExit?
    private var sampledPeakKiB = 0

    /// Starts the built jobhunt with `arguments`; `environment` is all it gets
    /// (PATH is added when missing), so no developer setting leaks in.
    convenience init(_ arguments: [String], environment: [String: String]) throws {
        try self.init(executable: try CommandRunner.binary().path, arguments, environment: environment)
    }

    init(executable: String, _ arguments: [String], environment: [String: String]) throws {
        folder = try TemporaryDirectory(prefix: "jobhunt-child")
        var environment = environment
        if environment["PATH"] == nil {
            environment["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, folder.file("out").path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, folder.file("err").path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigfillset(&defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = ([executable] + arguments).map { strdup($0) }
        defer { for string in argv { free(string) } }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") }
        defer { for entry in envp { free(entry) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv + [nil], envp + [nil])
        guard status == 0 else {
            throw TestServices.ServiceUnavailable("cannot start \(executable): \(String(cString: strerror(status)))")
        }
        self.pid = pid
    }

    deinit {
        if reaped == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
    }

    /// What it has written to stdout and stderr so far.
    var stdout: String { (try? String(contentsOf: folder.file("out"), encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOf: folder.file("err"), encoding: .utf8)) ?? "" }

    func send(_ signal: Int32) { kill(pid, signal) }

    /// Whether it is still running (not yet reaped, and no exit waiting to be).
    var isRunning: Bool {
        guard reaped == nil else { return false }
        return (try? poll()) == nil
    }

    /// Waits up to `timeout` seconds; a child still running then is killed with
    /// SIGKILL and reported as such (the caller's bound on time says it failed).
    @discardableResult
    func wait(timeout: Double) -> ChildExit {
        if let reaped { return reaped }
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        while ContinuousClock.now < deadline {
            if let exit = try? poll() { return exit }
            Thread.sleep(forTimeInterval: 0.02)
        }
        kill(pid, SIGKILL)
        return reap(options: 0)!
    }

    /// Waits until `condition` holds or the child exits, polling every 20 ms.
    func waitUntil(timeout: Double, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        while ContinuousClock.now < deadline {
            if try condition() { return true }
            if !isRunning { return try condition() }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return try condition()
    }

    private struct StillRunning: Error {}

    /// Reads `VmHWM` from /proc/<pid>/status; it only grows, so a late sample
    /// still holds an earlier peak.
    private func sample() {
        guard reaped == nil,
            let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kib = Int(line.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces).split(separator: " ")[0])
        else { return }
        sampledPeakKiB = max(sampledPeakKiB, kib)
    }

    private func poll() throws -> ChildExit {
        if let reaped { return reaped }
        sample()
        guard let exit = reap(options: WNOHANG) else { throw StillRunning() }
        return exit
    }

    private func reap(options: Int32) -> ChildExit? {
        var status: Int32 = 0
        var usage = rusage()
        // One more sample before reaping (an exited child, a zombie, has no VmHWM left).
        sample()
        let result = wait4(pid, &status, options, &usage)
        guard result == pid else { return nil }
        let low = status & 0x7f
        let exit = ChildExit(
            code: low == 0 ? (status >> 8) & 0xff : nil, signal: low != 0 && low != 0x7f ? low : nil,
            peakKiB: sampledPeakKiB, seconds: Self.seconds(ContinuousClock.now - started), stdout: stdout,
            stderr: stderr)
        reaped = exit
        return exit
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
