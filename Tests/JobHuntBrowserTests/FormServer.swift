// Runs Tests/Support/form_server.py: serves Tests/Fixtures/forms on loopback and
// records each submitted form, fields and uploaded bytes, for the filler tests.
import Foundation
import JobHuntBrowser
import JobHuntIO
import JobHuntTesting

final class FormServer {
    let process = Process()
    let port: Int

    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// One recorded submission: its path, text fields and uploaded files.
    struct Submission {
        var path: String
        var fields: [String: [String]]
        var files: [String: [(filename: String, bytes: Data)]]
    }

    init() throws {
        let script = RepositoryFiles.path("Tests/Support/form_server.py")
        let fixtures = RepositoryFiles.fixture("forms")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, fixtures.path]
        let output = Pipe()
        process.standardOutput = output
        // Not the test runner's stderr: a child holding that pipe would keep `swift test | …` waiting.
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([10]) {
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            kill(process.processIdentifier, SIGKILL)
            throw StartFailure(description: "the form server did not start (python3 \(script.path)): \(text)")
        }
        self.port = port
    }

    deinit {
        // SIGKILL: Foundation starts children with SIGTERM blocked.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func url(_ page: String) -> String { "\(baseURL)/\(page)" }

    /// Every submission so far, in order.
    func submissions() throws -> [Submission] {
        let response = try HTTPClient().perform(HTTPRequest(method: "GET", url: url("__recorded")))
        let list = JSONValue.decode(response.body)?.array ?? []
        return list.map { entry in
            let fields = (entry["fields"]?.object ?? [:]).mapValues { ($0.array ?? []).compactMap(\.string) }
            let files = (entry["files"]?.object ?? [:]).mapValues { uploads in
                (uploads.array ?? []).map { upload in
                    (
                        filename: upload["filename"]?.string ?? "",
                        bytes: Data(base64Encoded: upload["base64"]?.string ?? "") ?? Data()
                    )
                }
            }
            return Submission(path: entry["path"]?.string ?? "", fields: fields, files: files)
        }
    }
}

struct StartFailure: Error, CustomStringConvertible {
    let description: String
}
