// Runs Tests/Support/fault_proxy.py in front of a real server on loopback: the
// fault matrix (Tests/JobHuntFaultTests) points jobhunt at the proxy and turns
// faults on and off (503 bursts, resets, stalls, slow replies, a held
// connection) while the server behind still checks everything it checks.
import Foundation
import JobHuntTesting

/// A fault-injecting TCP proxy to `127.0.0.1:upstreamPort`, killed when the value goes.
final class FaultProxy: @unchecked Sendable {
    /// What the proxy does to the connections it accepts from now on.
    enum Fault: Sendable {
        /// Forward both ways.
        case pass
        /// Forward, holding every reply chunk for `milliseconds`.
        case delay(milliseconds: Int)
        /// Accept and read, never answer (the first `count` connections; nil: all).
        case stall(count: Int? = nil)
        /// Answer each HTTP request with an S3 error document (`503 SlowDown`).
        case httpError(status: Int = 503, code: String = "SlowDown", count: Int? = nil)
        /// Reset the connection once `trigger` is sent (nil: on the first bytes);
        /// with `afterForward`, only after the server has answered it.
        case reset(trigger: String? = nil, afterForward: Bool = false, count: Int? = nil)
        /// Stop forwarding once `trigger` is sent, until the fault changes.
        case hold(trigger: String)

        var json: [String: Any] {
            switch self {
            case .pass: return ["mode": "pass"]
            case .delay(let milliseconds): return ["mode": "delay", "ms": milliseconds]
            case .stall(let count):
                var json: [String: Any] = ["mode": "stall"]
                json["count"] = count
                return json
            case .httpError(let status, let code, let count):
                var json: [String: Any] = ["mode": "http_error", "status": status, "code": code]
                json["count"] = count
                return json
            case .reset(let trigger, let afterForward, let count):
                var json: [String: Any] = ["mode": "reset", "after_forward": afterForward]
                json["trigger"] = trigger
                json["count"] = count
                return json
            case .hold(let trigger): return ["mode": "hold", "trigger": trigger]
            }
        }
    }

    /// One line of the proxy's log: when, and what (`conn 3 http_error 503 SlowDown PUT /…`).
    struct Event: Sendable {
        var time: Double
        var text: String
    }

    private let server: LoopbackScriptServer
    private let folder: TemporaryDirectory
    private var generation = 0
    var port: Int { server.port }

    /// Starts the proxy in front of `127.0.0.1:upstreamPort`, passing everything.
    init(upstreamPort: Int) throws {
        folder = try TemporaryDirectory(prefix: "jobhunt-fault-proxy")
        let environment = ProcessInfo.processInfo.environment.filter { !$0.key.lowercased().hasSuffix("_proxy") }
        server = try LoopbackScriptServer(
            name: "fault proxy", python: Self.python, script: "Tests/Support/fault_proxy.py",
            arguments: [String(upstreamPort), folder.file("control.json").path, folder.file("log").path],
            environment: environment)
    }

    /// `JOBHUNT_TEST_PYTHON` (scripts/faults sets it), else scripts/setup's venv, else
    /// /usr/bin/python3: the proxy needs only the standard library.
    static var python: String {
        if let chosen = TestServices.value("JOBHUNT_TEST_PYTHON") { return chosen }
        let venv = TestTools.venv.appendingPathComponent("bin/python").path
        return FileManager.default.isExecutableFile(atPath: venv) ? venv : "/usr/bin/python3"
    }

    /// Switches the fault for connections and chunks from now on (counts restart).
    func set(_ fault: Fault) throws {
        generation += 1
        var json = fault.json
        json["generation"] = generation  // a new file even when the fault repeats, so counts restart
        let data = try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])
        let temporary = folder.file("control.json.tmp")
        try data.write(to: temporary)
        // rename(2): atomic, so the proxy reads the old fault or the new one, never half a file.
        guard rename(temporary.path, folder.file("control.json").path) == 0 else {
            throw TestServices.ServiceUnavailable("cannot switch the fault: \(String(cString: strerror(errno)))")
        }
    }

    /// Every event logged so far, oldest first.
    func events() -> [Event] {
        guard let text = try? String(contentsOf: folder.file("log"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, let time = Double(parts[0]) else { return nil }
            return Event(time: time, text: String(parts[1]))
        }
    }

    /// The events whose text contains `word`.
    func events(containing word: String) -> [Event] { events().filter { $0.text.contains(word) } }

    /// The faults injected whose text contains `word` (not the `conn N open <mode>` lines).
    func faults(_ word: String) -> [Event] {
        events(containing: word).filter { !$0.text.contains(" open ") }
    }

    /// Waits up to `timeout` for an event containing `word`; false if none came.
    func wait(for word: String, timeout: Duration = .seconds(30)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if !events(containing: word).isEmpty { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }
}
