// Options and positionals as data: names, value types, defaults, environment
// fallbacks and the help text that describes them.

/// An option such as `--limit N`, `-j/--json` or `--relocate/--no-relocate`.
package struct OptionSpec: Sendable {
    package enum Kind: Sendable {
        /// Present or absent: `--json`.
        case flag
        /// `--cache` and `--no-cache`; absent means "not said" (nil), so a
        /// command can tell "leave as is" from "turn off".
        case negatableFlag
        /// Takes a value: `--limit 10`, `--limit=10`, `-n10`.
        case value(ValueType)
    }

    /// Without the dashes: `"salary-min"`.
    package var long: String
    package var short: Character?
    package var kind: Kind
    /// Placeholder in usage text: `N`, `URL`, `DATE`.
    package var valueName: String
    /// One line for `-h` and listings.
    package var help: String
    /// Longer text for `--help` and the reference; may be empty.
    package var discussion: String
    /// May be given more than once; every value is kept in order.
    package var isRepeatable: Bool
    /// Shown in help and returned when the option is absent (after `environment`).
    package var defaultValue: String?
    /// An environment variable consulted when the option is absent.
    package var environment: String?
    /// Groups options under a heading in `--help` (for example "Filters").
    package var category: String?
    package var isHidden: Bool

    package init(
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
    package static func flag(_ long: String, short: Character? = nil, help: String, category: String? = nil)
        -> OptionSpec
    {
        OptionSpec(long: long, short: short, kind: .flag, help: help, category: category)
    }

    /// `--relocate` / `--no-relocate`.
    package static func negatable(_ long: String, help: String, category: String? = nil) -> OptionSpec {
        OptionSpec(long: long, kind: .negatableFlag, help: help, category: category)
    }

    /// An option with a typed value.
    package static func value(
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
package struct PositionalSpec: Sendable {
    /// Upper-case placeholder: `KEY`, `FILE`.
    package var name: String
    package var type: ValueType
    package var help: String
    package var isOptional: Bool
    /// Takes every remaining argument; only the last positional may.
    package var isVariadic: Bool

    package init(
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
package enum ValueType: Sendable {
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
