// The saved login: one token in `$XDG_STATE_HOME/jobhunt/session`, written
// 0600 in a 0700 folder, replaced atomically.
import Foundation
import JobHuntCore

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
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = folder.appendingPathComponent(".session.\(UUID().uuidString)")
        guard
            FileManager.default.createFile(
                atPath: temporary.path, contents: Data((token.rawValue + "\n").utf8),
                attributes: [.posixPermissions: 0o600])
        else {
            throw CLIError.failure("cannot write \(url.path)", remedy: "check that \(folder.path) is writable")
        }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError.failure("cannot write \(url.path)", remedy: "check that \(folder.path) is writable")
        }
    }

    func delete() {
        try? FileManager.default.removeItem(at: url)
    }
}
