// Loads the config file this invocation uses, turning a missing file, unreadable
// bytes or a syntax error into one CLI error that names the file and line.
import Foundation

/// The config file as read (or an empty document when there is none yet).
struct ConfigFile {
    var url: URL
    var document: TOMLDocument
    var exists: Bool

    /// Reads `paths.configFile`. A file named by `--config` or `JOBHUNT_CONFIG` must
    /// exist when `mustExist` (reading); the default file may be absent.
    static func load(_ paths: ConfigurationPaths, mustExist: Bool) throws -> ConfigFile {
        let url = paths.configFile
        guard FileManager.default.fileExists(atPath: url.path) else {
            if mustExist && paths.configFileSource != .defaultValue {
                throw CLIError.failure(
                    "config file \(url.path) (from \(paths.configFileSource)) does not exist",
                    remedy: "fix the path, or create the file with `jobhunt config set KEY VALUE`")
            }
            return ConfigFile(url: url, document: TOMLDocument(), exists: false)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CLIError.failure(
                "cannot read config file \(url.path): \(error.localizedDescription)",
                remedy: "check that it is a readable file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError.failure("config file \(url.path) is not UTF-8 text", remedy: "save it as UTF-8")
        }
        do {
            return ConfigFile(url: url, document: try TOMLDocument(text: text, path: url.path), exists: true)
        } catch {
            throw CLIError.failure(
                error.description, remedy: "fix that line; docs/configuration.md describes the file's format")
        }
    }

    /// One warning naming every key the settings table does not know, with the likely intended key.
    var unknownKeysWarning: String? {
        let unknown = document.entries.filter { SettingsTable.setting($0.key) == nil }
        guard !unknown.isEmpty else { return nil }
        let described = unknown.map { entry in
            let hint = SettingsTable.suggestion(for: entry.key).map { "; did you mean '\($0)'?" } ?? ""
            return "'\(entry.key)' (line \(entry.line)\(hint))"
        }
        let noun = unknown.count == 1 ? "setting" : "settings"
        return "ignoring unknown \(noun) in \(url.path): \(described.joined(separator: ", "))"
            + " (`jobhunt config show` lists the known settings)"
    }
}
