// Runs Tests/Support/form_server.py: serves Tests/Fixtures/forms on loopback and
// records each submitted form, fields and uploaded bytes, for the filler tests.
import Foundation
import JobHuntBrowser
import JobHuntIO
import JobHuntTesting

final class FormServer {
    private let server: LoopbackScriptServer
    var port: Int { server.port }

    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// One recorded submission: its path, text fields and uploaded files.
    struct Submission {
        var path: String
        var fields: [String: [String]]
        var files: [String: [(filename: String, bytes: Data)]]
    }

    init() throws {
        server = try LoopbackScriptServer(
            name: "form server", python: "/usr/bin/python3", script: "Tests/Support/form_server.py",
            arguments: [RepositoryFiles.fixture("forms").path])
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
