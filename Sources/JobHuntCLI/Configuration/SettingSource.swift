// Where a setting's value came from, so `config show` can answer "why is it this?".

/// The origin of a resolved value, in precedence order: flag > environment > file > default.
package enum SettingSource: Sendable, Equatable, CustomStringConvertible {
    /// A command-line option: `--db`.
    case flag(String)
    /// An environment variable: `JOBHUNT_DATABASE_URL`, `AWS_REGION`.
    case environment(String)
    /// A line of a config file.
    case file(path: String, line: Int)
    /// The built-in default.
    case defaultValue
    /// No value and no default: the feature is off (no Redis, no S3).
    case unset

    /// `flag --db`, `env AWS_REGION`, `file /home/me/.config/jobhunt/config.toml:3`, `default`, `unset`.
    package var description: String {
        switch self {
        case .flag(let name): return "flag \(name)"
        case .environment(let name): return "env \(name)"
        case .file(let path, let line): return "file \(path):\(line)"
        case .defaultValue: return "default"
        case .unset: return "unset"
        }
    }
}

/// One setting with its value and where that value came from.
package struct ResolvedSetting: Sendable {
    package var setting: Setting
    /// Normalised (paths absolute); nil when unset.
    package var value: String?
    package var source: SettingSource

    package var key: String { setting.key }

    /// What people may see: secrets as `********`, URL passwords as `***`, `(not set)` when unset.
    package var displayValue: String { value.map(setting.displayValue) ?? "(not set)" }
}
