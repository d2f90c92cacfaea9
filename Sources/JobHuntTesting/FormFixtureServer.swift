// Runs Tests/Support/form_server.py (the browser helper's): serves
// Tests/Fixtures/forms on loopback and records each POST, fields and uploaded
// bytes, so submission tests check what a real Chromium sent.
import Foundation
import JobHuntIO

/// Serves the browser fixtures and reads back what was posted.
package final class FormFixtureServer: @unchecked Sendable {
    let process = Process()
    package let port: Int

    package init() throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", RepositoryFiles.path("Tests/Support/form_server.py").path, RepositoryFiles.fixture("forms").path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([10]) {
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            kill(process.processIdentifier, SIGKILL)
            throw TestServices.ServiceUnavailable("the form server did not start: \(text)")
        }
        self.port = port
    }

    deinit {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    package func url(_ page: String) -> String { "http://127.0.0.1:\(port)/\(page)" }

    /// Each recorded POST: path, fields, and files as (filename, bytes).
    package func submissions() throws -> [[String: Any]] {
        let response = try HTTPClient().perform(HTTPRequest(method: "GET", url: url("__recorded")))
        return try JSONSerialization.jsonObject(with: response.body) as? [[String: Any]] ?? []
    }
}
