// A test server written in Python (Tests/Support/*.py) run as a child: it
// binds a free loopback port and prints "PORT <n>" once it listens. The SMTP
// recorder, the fake LLM server and the form fixture server all start and
// stop this way.
import Foundation

/// One running script server, killed when the value goes.
package final class LoopbackScriptServer: @unchecked Sendable {
    private let process = Process()
    /// The port the script printed.
    package let port: Int

    /// Starts `script` (a path under the repository) with `python` and waits
    /// for its port. `name` says in the error which server did not start.
    package init(
        name: String, python: String, script: String, arguments: [String] = [],
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        let path = RepositoryFiles.path(script).path
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [path] + arguments
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        // Not the test runner's stderr: a child holding that pipe keeps `swift test | …` waiting.
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        // Read byte by byte up to the newline: nothing after it is ours to consume.
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([10]) {
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw TestServices.ServiceUnavailable("the \(name) did not start (\(python) \(path)): '\(text)'")
        }
        self.port = port
    }

    deinit {
        // SIGKILL: Foundation starts children with SIGTERM blocked, so Python would ignore it.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
