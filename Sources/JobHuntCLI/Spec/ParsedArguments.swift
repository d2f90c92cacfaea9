// What the parser hands a command: typed values looked up by option long name
// or positional name. Values were validated during parsing.
import Foundation
import JobHuntKernel

/// A value that passed its `ValueType`'s check.
public enum ArgumentValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case decimal(Decimal)
    case date(CalendarDate)
    case url(URL)
    case bool(Bool)
}

/// The parsed command line of one invocation.
///
/// Look-ups use the option's long name without dashes (`"salary-min"`) or the
/// positional's name (`"KEY"`). Defaults and environment fallbacks declared in
/// the spec are already applied.
public struct ParsedArguments: Sendable, Equatable {
    /// The command path below the root, e.g. `["profile", "experience", "add"]`.
    public var commandPath: [String]
    /// Every value given for each option, in order (one entry for non-repeatable options).
    public var options: [String: [ArgumentValue]]
    /// Every value given for each positional, in order.
    public var positionals: [String: [ArgumentValue]]

    public init(
        commandPath: [String] = [], options: [String: [ArgumentValue]] = [:],
        positionals: [String: [ArgumentValue]] = [:]
    ) {
        self.commandPath = commandPath
        self.options = options
        self.positionals = positionals
    }

    /// True when a `.flag` option was given (or its negatable form says yes).
    public func flag(_ long: String) -> Bool { bool(long) ?? false }

    /// A negatable flag: `true` for `--x`, `false` for `--no-x`, nil when absent.
    public func bool(_ long: String) -> Bool? {
        guard case .bool(let value)? = options[long]?.last else { return nil }
        return value
    }

    public func isPresent(_ long: String) -> Bool { options[long] != nil }

    public func string(_ long: String) -> String? { strings(long).last }

    /// Every value of a repeatable option, rendered as text.
    public func strings(_ long: String) -> [String] { (options[long] ?? []).map(Self.text) }

    public func integer(_ long: String) -> Int? {
        guard case .integer(let value)? = options[long]?.last else { return nil }
        return value
    }

    public func decimal(_ long: String) -> Decimal? {
        guard case .decimal(let value)? = options[long]?.last else { return nil }
        return value
    }

    public func date(_ long: String) -> CalendarDate? {
        guard case .date(let value)? = options[long]?.last else { return nil }
        return value
    }

    public func url(_ long: String) -> URL? {
        guard case .url(let value)? = options[long]?.last else { return nil }
        return value
    }

    public func positional(_ name: String) -> String? { positionals[name]?.first.map(Self.text) }

    public func positionalValues(_ name: String) -> [String] { (positionals[name] ?? []).map(Self.text) }

    public func positionalInteger(_ name: String) -> Int? {
        guard case .integer(let value)? = positionals[name]?.first else { return nil }
        return value
    }

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
