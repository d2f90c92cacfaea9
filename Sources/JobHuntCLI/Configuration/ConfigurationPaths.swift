// Where jobhunt's files live before any setting moves them: the XDG base
// directories, and which config file this invocation reads.
import Foundation

/// The XDG directories and the chosen config file.
///
/// `$XDG_CONFIG_HOME` (default `~/.config`), `$XDG_DATA_HOME` (default
/// `~/.local/share`) and `$XDG_STATE_HOME` (default `~/.local/state`) each get a
/// `jobhunt` folder. A relative XDG value is ignored, as the XDG Base Directory
/// specification requires. The config file is `--config PATH`, else
/// `$JOBHUNT_CONFIG`, else `$XDG_CONFIG_HOME/jobhunt/config.toml`.
package struct ConfigurationPaths: Sendable, Equatable {
    package var home: URL
    package var configDirectory: URL
    package var dataDirectory: URL
    package var stateDirectory: URL
    package var configFile: URL
    /// `flag --config`, `env JOBHUNT_CONFIG` or `default`: a file named on purpose must exist.
    package var configFileSource: SettingSource
    /// Where relative paths given on the command line or in the environment start.
    package var currentDirectory: URL

    package init(environment: [String: String], configFlag: String?, currentDirectory: URL) {
        let home = URL(
            fileURLWithPath: environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
                ?? FileManager.default.homeDirectoryForCurrentUser.path, isDirectory: true)
        func base(_ variable: String, _ fallback: String) -> URL {
            if let value = environment[variable], value.hasPrefix("/") {
                return URL(fileURLWithPath: value, isDirectory: true)
            }
            return home.appendingPathComponent(fallback, isDirectory: true)
        }
        self.home = home
        self.currentDirectory = currentDirectory
        configDirectory = base("XDG_CONFIG_HOME", ".config").appendingPathComponent("jobhunt", isDirectory: true)
        dataDirectory = base("XDG_DATA_HOME", ".local/share").appendingPathComponent("jobhunt", isDirectory: true)
        stateDirectory = base("XDG_STATE_HOME", ".local/state").appendingPathComponent("jobhunt", isDirectory: true)
        if let flag = configFlag, !flag.isEmpty {
            configFile = Self.absolute(flag, home: home, base: currentDirectory)
            configFileSource = .flag("--config")
        } else if let variable = environment["JOBHUNT_CONFIG"], !variable.isEmpty {
            configFile = Self.absolute(variable, home: home, base: currentDirectory)
            configFileSource = .environment("JOBHUNT_CONFIG")
        } else {
            configFile = configDirectory.appendingPathComponent("config.toml")
            configFileSource = .defaultValue
        }
    }

    private static func absolute(_ path: String, home: URL, base: URL) -> URL {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home.appendingPathComponent(String(path.dropFirst(2))).standardized }
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardized }
        return base.appendingPathComponent(path).standardized
    }
}
