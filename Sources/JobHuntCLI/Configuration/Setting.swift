// One configuration setting as data: its key, environment variables, type,
// default and description. `config show`, `config set`, the resolver and
// docs/configuration.md all read the same table (SettingsTable).
import JobHuntKernel

/// A setting such as `s3.bucket`.
///
/// The key is what `config.toml` and `jobhunt config set` use; `environment`
/// lists the variables consulted, first match wins (the `JOBHUNT_` name, then
/// well-known fallbacks such as `AWS_REGION`).
package struct Setting: Sendable {
    /// What a value must look like; checked wherever a value comes from.
    package enum ValueKind: Sendable, Equatable {
        case string
        /// `true` or `false`.
        case bool
        /// A URL whose scheme is one of `schemes` (lower case).
        case url(schemes: [String])
        /// A file-system path; `~/` expands to the home directory and a relative
        /// path is taken from the directory of the file or process that gave it.
        case path
        /// One of these words, exactly (`builtin` or `llm`).
        case choice([String])
        /// A decimal number within these bounds (`120`, `0.2`).
        case number(ClosedRange<Double>)
        /// A whole number within the range.
        case integer(ClosedRange<Int>)
    }

    /// How the default is found: a fixed text, or a path derived from the data directory.
    package enum DefaultValue: Sendable {
        case none
        case text(String)
        /// A path below the resolved `data_dir`, with its prefix (`sqlite:` for the database URL).
        case inDataDirectory(prefix: String, relativePath: String)
        /// `$XDG_DATA_HOME/jobhunt`.
        case xdgData
    }

    /// Dotted: `database.url`, `s3.bucket`, `data_dir`.
    package var key: String
    /// The primary `JOBHUNT_…` variable first, then fallbacks.
    package var environment: [String]
    package var kind: ValueKind
    /// A secret is never shown (`********`) and writing it to the file earns a warning.
    package var isSecret: Bool
    /// One line for `config show --help` and the reference.
    package var summary: String
    package var defaultValue: DefaultValue
    /// How the default reads in help and docs: `$XDG_DATA_HOME/jobhunt`.
    package var defaultDescription: String

    package init(
        key: String, environment: [String] = [], kind: ValueKind = .string, isSecret: Bool = false,
        summary: String, defaultValue: DefaultValue = .none, defaultDescription: String = "(none)"
    ) {
        self.key = key
        self.environment = [Self.primaryEnvironmentName(for: key)] + environment
        self.kind = kind
        self.isSecret = isSecret
        self.summary = summary
        self.defaultValue = defaultValue
        self.defaultDescription = defaultDescription
    }

    /// `s3.path_style` → `JOBHUNT_S3_PATH_STYLE`.
    package static func primaryEnvironmentName(for key: String) -> String {
        "JOBHUNT_" + key.uppercased().replacingOccurrences(of: ".", with: "_")
    }

    /// The table a key lives under in `config.toml` (`s3` for `s3.bucket`, empty for `data_dir`).
    package var tablePath: [String] { Array(key.split(separator: ".").dropLast().map(String.init)) }

    /// The last component of the key (`bucket` for `s3.bucket`).
    package var leafName: String { String(key.split(separator: ".").last ?? "") }

    /// How a value is shown to people: secrets masked, passwords inside URLs masked.
    package func displayValue(_ value: String) -> String {
        if isSecret { return Redaction.mask }
        if case .url = kind { return Redaction.connectionString(value) }
        return value
    }
}
