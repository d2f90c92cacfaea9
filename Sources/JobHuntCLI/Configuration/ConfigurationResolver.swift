// Decides every setting's value by precedence — `--db` flag, then environment,
// then config file, then default — and records where each value came from.
import Foundation

/// Resolves the settings table for one invocation.
///
/// Only the CLI reads the environment; the result becomes a `Configuration`
/// value for the kernel. Unknown keys in the file are warnings (a newer
/// jobhunt may have written them); an invalid value is an error that names the
/// key and where the value came from.
package struct ConfigurationResolver: Sendable {
    package var environment: [String: String]
    /// `--db URL`.
    package var databaseFlag: String?
    package var paths: ConfigurationPaths

    package init(
        environment: [String: String], databaseFlag: String? = nil, configFlag: String? = nil,
        currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    ) {
        self.environment = environment
        self.databaseFlag = databaseFlag
        paths = ConfigurationPaths(environment: environment, configFlag: configFlag, currentDirectory: currentDirectory)
    }

    package func resolve() throws -> ConfiguredSettings {
        let file = try ConfigFile.load(paths, mustExist: true)
        // data_dir first: the database and model defaults live below it.
        let dataDirectory = try resolve(SettingsTable.setting("data_dir")!, file: file, dataDirectory: nil)
        var settings: [ResolvedSetting] = []
        for setting in SettingsTable.all {
            settings.append(
                setting.key == "data_dir"
                    ? dataDirectory : try resolve(setting, file: file, dataDirectory: dataDirectory.value))
        }
        var result = ConfiguredSettings(
            paths: paths, configFileExists: file.exists, settings: settings,
            warnings: file.unknownKeysWarning.map { [$0] } ?? [])
        if let orphans = result.orphanedS3Warning { result.warnings.append(orphans) }
        return result
    }

    private func resolve(_ setting: Setting, file: ConfigFile, dataDirectory: String?) throws -> ResolvedSetting {
        guard let (raw, source, base) = try explicitValue(setting, file: file) else {
            return defaultValue(setting, dataDirectory: dataDirectory)
        }
        if let problem = setting.problem(with: raw) {
            throw CLIError.failure(
                "invalid value for \(setting.key) in \(source): \(problem)", remedy: setting.remedy)
        }
        return ResolvedSetting(
            setting: setting, value: setting.normalized(raw, base: base, home: paths.home), source: source)
    }

    /// The first value given on purpose, with its source and the directory a relative path starts from.
    private func explicitValue(_ setting: Setting, file: ConfigFile) throws -> (String, SettingSource, URL)? {
        if setting.key == "database.url", let flag = databaseFlag, !flag.isEmpty {
            return (flag, .flag("--db"), paths.currentDirectory)
        }
        for name in setting.environment {
            if let value = environment[name], !value.isEmpty {
                return (value, .environment(name), paths.currentDirectory)
            }
        }
        guard let entry = file.document.entry(setting.key) else { return nil }
        let source = SettingSource.file(path: file.url.path, line: entry.line)
        switch (setting.kind, entry.value) {
        case (.bool, .bool), (.string, .string), (.url, .string), (.path, .string), (.choice, .string),
            (.number, .string), (.number, .integer), (.integer, .integer), (.integer, .string):
            return (entry.value.settingText, source, file.url.deletingLastPathComponent())
        case (.bool, _):
            throw CLIError.failure(
                "invalid value for \(setting.key) in \(source): expected true or false", remedy: setting.remedy)
        default:
            throw CLIError.failure(
                "invalid value for \(setting.key) in \(source): expected a quoted string",
                remedy: "write the value in double quotes")
        }
    }

    private func defaultValue(_ setting: Setting, dataDirectory: String?) -> ResolvedSetting {
        let value: String?
        switch setting.defaultValue {
        case .none: value = nil
        case .text(let text): value = text
        case .xdgData: value = paths.dataDirectory.path
        case .inDataDirectory(let prefix, let relativePath):
            let base = dataDirectory.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? paths.dataDirectory
            value = prefix + base.appendingPathComponent(relativePath).path
        }
        return ResolvedSetting(setting: setting, value: value, source: value == nil ? .unset : .defaultValue)
    }
}
