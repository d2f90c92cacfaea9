// What the parser hands a command: typed values, read through the typed keys
// the command declares. Values were validated during parsing.
import Foundation
import JobHuntKernel

/// A value that passed its `ValueType`'s check.
package enum ArgumentValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case decimal(Decimal)
    case date(CalendarDate)
    case url(URL)
    case bool(Bool)
}

/// The parsed command line of one invocation.
///
/// A command reads it only through the typed keys it declares (`OptionKey`,
/// `PositionalKey`): `arguments[Find.limit]`, `arguments[Named.name]`. There
/// is no look-up by name, so a misspelt or wrongly typed read does not compile.
/// Defaults and environment fallbacks declared in the spec are already applied.
package struct ParsedArguments: Sendable, Equatable {
    /// The command path below the root, e.g. `["profile", "experience", "add"]`.
    package var commandPath: [String]
    /// Every value given for each option by long name, in order (one entry for
    /// non-repeatable options): what the parser produced. Internal so the
    /// parser and tests can see it; commands read through keys, never by name.
    var options: [String: [ArgumentValue]]
    /// Every value given for each positional by name, in order.
    var positionals: [String: [ArgumentValue]]

    /// The arguments as the parser would hand them over, keyed by option long
    /// name and positional name; for the parser and for tests that call a command directly.
    package init(
        commandPath: [String] = [], options: [String: [ArgumentValue]] = [:],
        positionals: [String: [ArgumentValue]] = [:]
    ) {
        self.commandPath = commandPath
        self.options = options
        self.positionals = positionals
    }

    /// The option's value: `Bool` for a flag, `Bool?` for a negatable flag,
    /// `T?` for a value option and `[T]` for a repeatable one.
    package subscript<Value>(key: OptionKey<Value>) -> Value {
        key.decode(options[key.spec.long] ?? [])
    }

    /// The positional's value: `T` when required, `T?` when optional, `[T]` when variadic.
    package subscript<Value>(key: PositionalKey<Value>) -> Value {
        key.decode(positionals[key.spec.name] ?? [])
    }

    /// True when the option was given (or its environment variable or default
    /// applies); for checks across options such as `--clear FIELD` against `--FIELD`.
    package func isPresent(_ key: any OptionKeyProtocol) -> Bool { options[key.spec.long] != nil }

    /// A value as it would have been typed, for messages that echo it.
    static func text(_ value: ArgumentValue) -> String {
        switch value {
        case .string(let s): return s
        case .integer(let i): return String(i)
        case .decimal(let d): return "\(d)"
        case .date(let d): return d.description
        case .url(let u): return u.absoluteString
        case .bool(let b): return b ? "true" : "false"
        }
    }
}
