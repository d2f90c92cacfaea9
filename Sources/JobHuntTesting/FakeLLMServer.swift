// Runs Tests/Support/fake_llm_server.py: a loopback OpenAI-compatible chat-completions server whose
// answers a test scripts (valid JSON, invalid content, 429 with Retry-After, 5xx, error bodies) and
// which records every request so tests can check the prompt, model, temperature and auth header.
import Foundation

/// One server process per test; it is killed when the value goes away.
///
/// ```swift
/// let server = try FakeLLMServer(script: [.status(429, retryAfter: "1"), .content(#"{"ok":true}"#)])
/// // point LLMEndpoint(url: server.url, …) or JOBHUNT_LLM_URL at it …
/// let sent = try server.requests()
/// ```
package final class FakeLLMServer: @unchecked Sendable {
    /// One scripted answer; requests take them in order and the last repeats.
    package enum Step: Sendable {
        /// 200 with this assistant content (`finish_reason` `stop` unless given).
        case content(String, finishReason: String? = nil)
        /// This status with a default OpenAI error body, and a `Retry-After` header when given
        /// (`"http-date"` sends a date a second ahead).
        case status(Int, retryAfter: String? = nil)
        /// This status with OpenAI's `{"error":{"message","type","code"}}` body.
        case error(Int, message: String, type: String, code: String?)
        /// This body verbatim with this status.
        case raw(Int, String)
        /// 400 "Unrecognized request argument supplied: response_format" while the request
        /// asks for JSON mode, then this content to the request without it.
        case refusesJSONMode(content: String)
        /// Close the connection without answering.
        case close

        var json: [String: Any] {
            switch self {
            case .content(let content, let finish):
                var step: [String: Any] = ["content": content]
                if let finish { step["finish_reason"] = finish }
                return step
            case .status(let status, let retryAfter):
                var step: [String: Any] = ["status": status]
                if let retryAfter { step["retry_after"] = retryAfter }
                return step
            case .error(let status, let message, let type, let code):
                let detail: [String: Any] = [
                    "message": message, "type": type, "code": code.map { $0 as Any } ?? NSNull(),
                ]
                return ["status": status, "error": detail]
            case .raw(let status, let body): return ["status": status, "raw": body]
            case .refusesJSONMode(let content): return ["reject_response_format": true, "content": content]
            case .close: return ["close": true]
            }
        }
    }

    /// A request as the server received it.
    package struct Request: Sendable {
        package var path: String
        package var headers: [String: String]
        /// The parsed JSON body (`model`, `messages`, `temperature`, …), as JSON data.
        package var body: Data

        package func header(_ name: String) -> String? {
            headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
        }

        /// The body as a dictionary.
        package var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
        }

        /// `messages[i].content`, in order.
        package var messageContents: [String] {
            (json["messages"] as? [[String: Any]] ?? []).compactMap { $0["content"] as? String }
        }
    }

    private let server: LoopbackScriptServer
    private let folder: TemporaryDirectory
    package var port: Int { server.port }

    /// `http://127.0.0.1:<port>`: the server's root, what `llm.url` takes.
    package var url: String { "http://127.0.0.1:\(port)" }

    /// The Python that runs it: `JOBHUNT_TEST_PYTHON`, else the venv of `scripts/setup`,
    /// else `python3` on the PATH (the script needs only the standard library).
    static var python: String {
        if let chosen = TestServices.value("JOBHUNT_TEST_PYTHON") { return chosen }
        let venv = TestTools.venv.appendingPathComponent("bin/python").path
        return FileManager.default.isExecutableFile(atPath: venv) ? venv : "/usr/bin/python3"
    }

    /// Starts the server; `apiKey`, when given, is required as a bearer token.
    package init(script: [Step], apiKey: String? = nil) throws {
        precondition(!script.isEmpty, "script at least one step")
        folder = try TemporaryDirectory()
        let scriptFile = folder.file("script.json")
        try JSONSerialization.data(withJSONObject: script.map(\.json)).write(to: scriptFile)
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.lowercased().hasSuffix("_proxy") }
        environment["FAKE_LLM_API_KEY"] = apiKey
        server = try LoopbackScriptServer(
            name: "fake LLM server", python: Self.python, script: "Tests/Support/fake_llm_server.py",
            arguments: [scriptFile.path, folder.file("requests.jsonl").path], environment: environment)
    }

    /// Every request received so far, in order (read from the server's log file).
    package func requests() throws -> [Request] {
        let log = folder.file("requests.jsonl")
        guard FileManager.default.fileExists(atPath: log.path) else { return [] }
        return try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map { line in
            let entry = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            let body = entry["body"].map { value -> Data in
                if let text = value as? String { return Data(text.utf8) }
                return (try? JSONSerialization.data(withJSONObject: value)) ?? Data()
            }
            return Request(
                path: entry["path"] as? String ?? "", headers: entry["headers"] as? [String: String] ?? [:],
                body: body ?? Data())
        }
    }
}
