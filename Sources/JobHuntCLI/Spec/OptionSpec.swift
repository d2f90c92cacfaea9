// Options and positionals as data: names, value types, defaults, environment
// fallbacks and the help text that describes them.

/// An option such as `--limit N`, `-j/--json` or `--relocate/--no-relocate`.
public struct OptionSpec: Sendable {
    public enum Kind: Sendable {
        /// Present or absent: `--json`.
        case flag
        /// `--cache` and `--no-cache`; absent means "not said" (nil), so a
        /// command can tell "leave as is" from "turn off".
        case negatableFlag
        /// Takes a value: `--limit 10`, `--limit=10`, `-n10`.
        case value(ValueType)
    }

    /// Without the dashes: `"salary-min"`.
    public var long: String
    public var short: Character?
    public var kind: Kind
    /// Placeholder in usage text: `N`, `URL`, `DATE`.
    public var valueName: String
    /// One line for `-h` and listings.
    public var help: String
    /// Longer text for `--help` and the reference; may be empty.
    public var discussion: String
    /// May be given more than once; every value is kept in order.
    public var isRepeatable: Bool
    /// Shown in help and returned when the option is absent (after `environment`).
    public var defaultValue: String?
    /// An environment variable consulted when the option is absent.
    public var environment: String?
    /// Groups options under a heading in `--help` (for example "Filters").
    public var category: String?
    public var isHidden: Bool

    public init(
        long: String,
        short: Character? = nil,
        kind: Kind,
        valueName: String = "VALUE",
        help: String,
        discussion: String = "",
        isRepeatable: Bool = false,
        defaultValue: String? = nil,
        environment: String? = nil,
        category: String? = nil,
        isHidden: Bool = false
    ) {
        self.long = long
        self.short = short
        self.kind = kind
        self.valueName = valueName
        self.help = help
        self.discussion = discussion
        self.isRepeatable = isRepeatable
        self.defaultValue = defaultValue
        self.environment = environment
        self.category = category
        self.isHidden = isHidden
    }

    /// `--json`-style switch.
    public static func flag(_ long: String, short: Character? = nil, help: String, category: String? = nil)
        -> OptionSpec
    {
        OptionSpec(long: long, short: short, kind: .flag, help: help, category: category)
    }

    /// `--relocate` / `--no-relocate`.
    public static func negatable(_ long: String, help: String, category: String? = nil) -> OptionSpec {
        OptionSpec(long: long, kind: .negatableFlag, help: help, category: category)
    }

    /// An option with a typed value.
    public static func value(
        _ long: String,
        short: Character? = nil,
        _ type: ValueType,
        valueName: String,
        help: String,
        repeatable: Bool = false,
        defaultValue: String? = nil,
        environment: String? = nil,
        category: String? = nil
    ) -> OptionSpec {
        OptionSpec(
            long: long, short: short, kind: .value(type), valueName: valueName, help: help,
            isRepeatable: repeatable, defaultValue: defaultValue, environment: environment, category: category)
    }
}

/// A positional argument such as `KEY` in `jobhunt config set KEY VALUE`.
public struct PositionalSpec: Sendable {
    /// Upper-case placeholder: `KEY`, `FILE`.
    public var name: String
    public var type: ValueType
    public var help: String
    public var isOptional: Bool
    /// Takes every remaining argument; only the last positional may.
    public var isVariadic: Bool

    public init(
        name: String, type: ValueType = .string, help: String, isOptional: Bool = false, isVariadic: Bool = false
    ) {
        self.name = name
        self.type = type
        self.help = help
        self.isOptional = isOptional
        self.isVariadic = isVariadic
    }
}

/// What a value must look like; checked at parse time, so a command receives
/// only valid values and a bad one is a usage error (exit 2) naming the option.
public enum ValueType: Sendable {
    case string
    /// Whole number, optionally bounded: `.integer(0...70)`.
    case integer(ClosedRange<Int>? = nil)
    /// Decimal number such as `4.5`, optionally bounded.
    case decimal(ClosedRange<Double>? = nil)
    /// `YYYY-MM-DD`.
    case date
    /// One of a fixed set, matched exactly; completions offer them.
    case choice([String])
    /// An absolute `http` or `https` URL.
    case url
    /// An e-mail address accepted by the seed's `valid_email` rule.
    case email
    /// A file-system path; completions offer files.
    case path
}
