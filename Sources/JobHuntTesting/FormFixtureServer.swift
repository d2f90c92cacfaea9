// Runs Tests/Support/form_server.py (the browser helper's): serves
// Tests/Fixtures/forms on loopback and records each POST, fields and uploaded
// bytes, so submission tests check what a real Chromium sent.
import Foundation
import JobHuntIO

/// Serves the browser fixtures and reads back what was posted.
package final class FormFixtureServer: @unchecked Sendable {
    private let server: LoopbackScriptServer
    package var port: Int { server.port }

    package init() throws {
        server = try LoopbackScriptServer(
            name: "form server", python: "/usr/bin/python3", script: "Tests/Support/form_server.py",
            arguments: [RepositoryFiles.fixture("forms").path])
    }

    package func url(_ page: String) -> String { "http://127.0.0.1:\(port)/\(page)" }

    /// Each recorded POST: path, fields, and files as (filename, bytes).
    package func submissions() throws -> [[String: Any]] {
        let response = try HTTPClient().perform(HTTPRequest(method: "GET", url: url("__recorded")))
        return try JSONSerialization.jsonObject(with: response.body) as? [[String: Any]] ?? []
    }
}
