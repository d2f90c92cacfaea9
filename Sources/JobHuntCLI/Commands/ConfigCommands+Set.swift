// `jobhunt config set KEY VALUE` and `jobhunt config unset KEY`: validate the key
// and value, edit the config file in place and replace it atomically (0600).
import Foundation
import JobHuntKernel

extension ConfigCommands {
    static func setSetting(_ context: CommandContext) throws {
        let setting = try knownSetting(context.arguments[Set.key])
        let raw = context.arguments[Set.value]
        if let problem = setting.problem(with: raw) {
            throw CLIError.usage("invalid value for \(setting.key): \(problem)", remedy: setting.remedy)
        }
        let resolver = context.configurationResolver
        // Stored absolute so the file means the same thing from any directory; `~/` is kept as written.
        let value =
            setting.kind == .path && !raw.hasPrefix("~")
            ? setting.normalized(raw, base: resolver.paths.currentDirectory, home: resolver.paths.home) : raw
        var file = try ConfigFile.load(resolver.paths, mustExist: false)
        let toml: TOMLValue =
            switch setting.kind {
            case .bool: .bool(value == "true")
            // `timeout_seconds = 60`; a fraction stays a string (the file has no floats).
            case .integer, .number: Int(value).map(TOMLValue.integer) ?? .string(value)
            default: .string(value)
            }
        let path = file.url.path
        if file.document.set(table: setting.tablePath, leaf: setting.leafName, to: toml) {
            try PrivateFileWriter.save(file.document.text, to: file.url)
            context.output.note("set \(setting.key) = \(setting.displayValue(value)) in \(path)")
        } else {
            context.output.note("\(setting.key) is already \(setting.displayValue(value)) in \(path)")
        }
        if setting.isSecret {
            context.output.warn(
                "\(setting.key) is a secret; it is stored in \(path), readable only by you (mode 0600), "
                    + "but \(setting.environment[0]) in the environment keeps it out of files, backups and shell history"
            )
        }
        warnIfOverridden(setting, context: context)
    }

    static func unsetSetting(_ context: CommandContext) throws {
        let setting = try knownSetting(context.arguments[Unset.key])
        var file = try ConfigFile.load(context.configurationResolver.paths, mustExist: false)
        if file.document.remove(setting.key) {
            try PrivateFileWriter.save(file.document.text, to: file.url)
            context.output.note("removed \(setting.key) from \(file.url.path)")
        } else {
            context.output.note("\(setting.key) is not set in \(file.url.path)")
        }
        warnIfOverridden(setting, context: context)
    }

    /// The setting named by KEY, or a usage error that suggests the likely key.
    static func knownSetting(_ key: String) throws -> Setting {
        if let setting = SettingsTable.setting(key) { return setting }
        let remedy =
            SettingsTable.suggestion(for: key).map { "did you mean '\($0)'?" }
            ?? "`jobhunt config show` lists the settings"
        throw CLIError.usage("unknown setting '\(key)'", remedy: remedy)
    }

    /// The file is not the last word when an environment variable sets the same key.
    private static func warnIfOverridden(_ setting: Setting, context: CommandContext) {
        guard let name = setting.environment.first(where: { !(context.environment[$0] ?? "").isEmpty }) else {
            return
        }
        context.output.warn("\(name) is set in the environment and overrides the file's \(setting.key)")
    }
}
