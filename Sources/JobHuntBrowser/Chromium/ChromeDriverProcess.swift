// Starts chromedriver (through the ProcessRunner seam) in a process group of its own, waits until it says it is
// ready, and kills the whole group (chromedriver and every Chromium it started)
// on close, on deinit, and when starting fails: no browser outlives its owner.
import Foundation
import JobHuntIO

#if canImport(Glibc)
    import Glibc
#endif

/// A running chromedriver on a free loopback port, started through a ``ProcessRunner``
/// (the kernel's `services.processRunner`; ``SystemProcessRunner`` when none is given).
///
/// ```swift
/// let driver = try ChromeDriverProcess(executable: "/usr/bin/chromedriver")
/// defer { driver.close() }
/// let client = WebDriverClient(baseURL: driver.baseURL)
/// ```
public final class ChromeDriverProcess: @unchecked Sendable {
    /// chromedriver's pid, which is also its process group id.
    public var pid: pid_t { process.pid }
    public let port: UInt16
    /// Its log (stdout and stderr), kept for the error when it fails to start.
    let logFile: URL
    private let process: any RunningProcess
    private let lock = NSLock()
    private var closed = false

    /// `http://127.0.0.1:<port>`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Starts `executable` and waits up to `startupTimeout` for `/status` to say ready.
    public init(
        executable: String, startupTimeout: Duration = .seconds(30), http: HTTPClient = HTTPClient(),
        runner: any ProcessRunner = SystemProcessRunner()
    ) throws(BrowserError) {
        let logFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("jobhunt-chromedriver-\(UUID().uuidString).log")
        var lastError = BrowserError.driverDidNotStart(detail: "no attempt")
        // A port taken between choosing and binding makes chromedriver exit; a second port usually works.
        for _ in 0..<3 {
            let port = try LoopbackPort.free()
            let process: any RunningProcess
            do {
                process = try runner.start(
                    ProcessCommand(executable, ["--port=\(port)"], environment: Self.childEnvironment()),
                    log: logFile)
            } catch {
                throw .driverDidNotStart(detail: error.description)
            }
            do throws(BrowserError) {
                try Self.waitUntilReady(process, port: port, log: logFile, timeout: startupTimeout, http: http)
                self.process = process
                self.port = port
                self.logFile = logFile
                return
            } catch {
                process.stop()
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
        process.stop()
        try? FileManager.default.removeItem(at: logFile)
    }

    deinit { close() }

    /// Whether chromedriver is still running.
    public var isRunning: Bool {
        lock.withLock { !closed } && !process.hasExited
    }

    /// This process's environment, plus `LC_CTYPE=C.UTF-8` when it names no
    /// locale (cron, a bare `env -i`): chromedriver under the C locale cannot
    /// find a file to upload whose path is not ASCII.
    static func childEnvironment() -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        let namesLocale = ["LANG", "LC_ALL", "LC_CTYPE"].contains { !(environment[$0] ?? "").isEmpty }
        if !namesLocale { environment["LC_CTYPE"] = "C.UTF-8" }
        return environment
    }

    private static func waitUntilReady(
        _ process: any RunningProcess, port: UInt16, log: URL, timeout: Duration, http: HTTPClient
    ) throws(BrowserError) {
        let deadline = ContinuousClock.now + timeout
        let request = HTTPRequest(
            method: "GET", url: "http://127.0.0.1:\(port)/status", connectTimeout: .seconds(1), timeout: .seconds(5))
        while ContinuousClock.now < deadline {
            if process.hasExited {
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

    private static func logTail(_ log: URL) -> String {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n").suffix(2).joined(separator: " / ")
        return lines.isEmpty ? "no output" : String(lines.prefix(300))
    }
}
