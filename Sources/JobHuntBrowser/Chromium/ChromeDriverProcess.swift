// Starts chromedriver in a process group of its own, waits until it says it is
// ready, and kills the whole group (chromedriver and every Chromium it started)
// on close, on deinit, and when starting fails: no browser outlives its owner.
import Foundation
import JobHuntIO

#if canImport(Glibc)
    import Glibc
#endif

/// A running chromedriver on a free loopback port.
///
/// ```swift
/// let driver = try ChromeDriverProcess(executable: "/usr/bin/chromedriver")
/// defer { driver.close() }
/// let client = WebDriverClient(baseURL: driver.baseURL)
/// ```
public final class ChromeDriverProcess: @unchecked Sendable {
    /// chromedriver's pid, which is also its process group id.
    public let pid: pid_t
    public let port: UInt16
    /// Its log (stdout and stderr), kept for the error when it fails to start.
    let logFile: URL
    private let lock = NSLock()
    private var closed = false

    /// `http://127.0.0.1:<port>`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Starts `executable` and waits up to `startupTimeout` for `/status` to say ready.
    public init(executable: String, startupTimeout: Duration = .seconds(30), http: HTTPClient = HTTPClient())
        throws(BrowserError)
    {
        let logFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("jobhunt-chromedriver-\(UUID().uuidString).log")
        var lastError = BrowserError.driverDidNotStart(detail: "no attempt")
        // A port taken between choosing and binding makes chromedriver exit; a second port usually works.
        for _ in 0..<3 {
            let port = try LoopbackPort.free()
            let pid = try Self.spawn(executable, arguments: ["--port=\(port)"], log: logFile)
            do throws(BrowserError) {
                try Self.waitUntilReady(pid: pid, port: port, log: logFile, timeout: startupTimeout, http: http)
                self.pid = pid
                self.port = port
                self.logFile = logFile
                return
            } catch {
                Self.killGroup(pid)
                lastError = error
            }
        }
        try? FileManager.default.removeItem(at: logFile)
        throw lastError
    }

    /// Kills chromedriver's process group and reaps it. Safe to call twice.
    public func close() {
        let first = lock.withLock { () -> Bool in
            defer { closed = true }
            return !closed
        }
        guard first else { return }
        Self.killGroup(pid)
        try? FileManager.default.removeItem(at: logFile)
    }

    deinit { close() }

    /// Whether chromedriver is still running.
    public var isRunning: Bool {
        lock.withLock { !closed } && kill(pid, 0) == 0
    }

    private static func spawn(_ executable: String, arguments: [String], log: URL) throws(BrowserError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // Nothing else of ours: an inherited pipe end would keep a reader (a test's
        // `Process` output, a shell pipeline) waiting until chromedriver exits.
        closeInheritedDescriptors(&actions)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group (pgid = its pid), so one killpg reaches every Chromium it
        // starts; default dispositions and an empty mask, whatever this process blocks.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGHUP, SIGINT, SIGTERM, SIGPIPE] { sigaddset(&defaults, number) }
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let strings = ([executable] + arguments).map { strdup($0) }
        defer { for string in strings { free(string) } }
        let argv = strings + [nil]
        var pid: pid_t = 0
        let environment = childEnvironment().map { strdup($0) }
        defer { for entry in environment { free(entry) } }
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environment + [nil])
        guard status == 0 else {
            throw .driverDidNotStart(detail: "\(executable): \(String(cString: strerror(status)))")
        }
        return pid
    }

    /// This process's environment, plus `LC_CTYPE=C.UTF-8` when it names no
    /// locale (cron, a bare `env -i`): chromedriver under the C locale cannot
    /// find a file to upload whose path is not ASCII.
    static func childEnvironment() -> [String] {
        var entries: [String] = []
        var pointer = environ
        while let entry = pointer.pointee {
            entries.append(String(cString: entry))
            pointer += 1
        }
        let namesLocale = entries.contains { entry in
            ["LANG=", "LC_ALL=", "LC_CTYPE="].contains { entry.hasPrefix($0) && entry.count > $0.count }
        }
        return namesLocale ? entries : entries + ["LC_CTYPE=C.UTF-8"]
    }

    /// Adds "close every descriptor from 3 up" to `actions`: glibc's
    /// `posix_spawn_file_actions_addclosefrom_np` (2.34+, looked up at run time because
    /// Swift's Glibc module does not import it), else one close per descriptor now open.
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
            return
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        // glibc ignores a close action whose descriptor was closed meanwhile.
        for descriptor in open.compactMap(Int32.init) where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
    }

    private static func waitUntilReady(pid: pid_t, port: UInt16, log: URL, timeout: Duration, http: HTTPClient)
        throws(BrowserError)
    {
        let deadline = ContinuousClock.now + timeout
        let request = HTTPRequest(
            method: "GET", url: "http://127.0.0.1:\(port)/status", connectTimeout: .seconds(1), timeout: .seconds(5))
        while ContinuousClock.now < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                throw .driverDidNotStart(detail: "it exited (\(logTail(log)))")
            }
            if let response = try? http.perform(request), response.isSuccess,
                JSONValue.decode(response.body)?["value"]?["ready"]?.bool == true
            {
                return
            }
            usleep(50_000)
        }
        throw .driverDidNotStart(detail: "not ready after \(timeout) (\(logTail(log)))")
    }

    /// SIGKILL to the whole group, reap chromedriver so no zombie stays, and wait until
    /// every other member (Chromium and its helpers) has died too: signals are asynchronous.
    static func killGroup(_ pid: pid_t) {
        killpg(pid, SIGKILL)
        var status: Int32 = 0
        _ = waitpid(pid, &status, 0)
        ProcessSweep.awaitGroupGone(pid)
    }

    private static func logTail(_ log: URL) -> String {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n").suffix(2).joined(separator: " / ")
        return lines.isEmpty ? "no output" : String(lines.prefix(300))
    }
}
