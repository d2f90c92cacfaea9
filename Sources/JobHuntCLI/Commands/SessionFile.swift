// The saved login: one token in `$XDG_STATE_HOME/jobhunt/session`, written
// 0600 in a 0700 folder, replaced atomically.
import Foundation
import JobHuntKernel

/// Reads and writes the session token file of one state directory.
struct SessionFile {
    let url: URL

    init(stateDirectory: URL) {
        url = stateDirectory.appendingPathComponent("session")
    }

    func read() -> SessionToken? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return token.isEmpty ? nil : SessionToken(rawValue: token)
    }

    func write(_ token: SessionToken) throws {
        try PrivateFileWriter.save(token.rawValue + "\n", to: url)
    }

    func delete() {
        try? FileManager.default.removeItem(at: url)
    }
}
