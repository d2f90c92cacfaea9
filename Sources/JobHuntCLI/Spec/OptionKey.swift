// An option declared once, with its spec, as a typed key: the command table
// lists the key's spec and the command reads `arguments[key]`, so a misspelt
// name or a wrongly typed read is a compile error rather than a silent nil.
import Foundation

/// What every `OptionKey` has whatever its value type: the spec it declares and
/// the shape of what it reads. Lists of keys (a command's `ArgumentKeys`) hold these.
package protocol OptionKeyProtocol: Sendable {
    var spec: OptionSpec { get }
    /// The `ArgumentValue` case the key decodes; `CommandKeysTests` checks it
    /// is the one `spec.kind` produces.
    var decodedKind: ArgumentValue.Kind { get }
    /// True when the key reads every value (an array, or a count), which
    /// needs `spec.isRepeatable`; false when it reads one.
    var readsEveryValue: Bool { get }
}

/// A typed handle on one option.
///
///     enum Find: ArgumentKeys {
///         static let limit: OptionKey<Int?> = .value(
///             "limit", .integer(1...1000), valueName: "N", help: "Show at most N postings", defaultValue: "20")
///         static let options: [any OptionKeyProtocol] = [limit]
///     }
///     let limit = context.arguments[Find.limit] ?? 20
///
/// Flags read as `Bool`, negatable flags as `Bool?` (nil: not said), value
/// options as `T?` and repeatable ones as `[T]`, where `T` is the Swift type
/// the spec's `ValueType` produces (`String`, `Int`, `Decimal`, `CalendarDate`, `URL`).
package struct OptionKey<Value: Sendable>: OptionKeyProtocol {
    package let spec: OptionSpec
    package let decodedKind: ArgumentValue.Kind
    package let readsEveryValue: Bool
    /// Every value parsed for the option, in order (empty when absent), to the key's value.
    let decode: @Sendable ([ArgumentValue]) -> Value

    /// The long name without dashes: `"salary-min"`.
    package var long: String { spec.long }
}

extension OptionKey where Value == Bool {
    /// `--json`: true when given (or its environment variable says yes).
    package static func flag(
        _ long: String, short: Character? = nil, help: String, discussion: String = "", environment: String? = nil,
        category: String? = nil, isHidden: Bool = false
    ) -> Self {
        let spec = OptionSpec(
            long: long, short: short, kind: .flag, help: help, discussion: discussion, environment: environment,
            category: category, isHidden: isHidden)
        return Self(spec: spec, decodedKind: .bool, readsEveryValue: false) { values in
            values.last == .bool(true)
        }
    }
}

extension OptionKey where Value == Bool? {
    /// `--relocate` / `--no-relocate`: true, false, or nil when neither was said.
    package static func negatable(
        _ long: String, help: String, discussion: String = "", environment: String? = nil, category: String? = nil
    ) -> Self {
        let spec = OptionSpec(
            long: long, kind: .negatableFlag, help: help, discussion: discussion, environment: environment,
            category: category)
        return Self(spec: spec, decodedKind: .bool, readsEveryValue: false) { values in
            guard case .bool(let value)? = values.last else { return nil }
            return value
        }
    }
}

extension OptionKey where Value == Int {
    /// `-v`, `-vv`: a repeatable flag read as how many times it was given.
    package static func count(_ long: String, short: Character? = nil, help: String) -> Self {
        let spec = OptionSpec(long: long, short: short, kind: .flag, help: help, isRepeatable: true)
        return Self(spec: spec, decodedKind: .bool, readsEveryValue: true) { values in values.count }
    }
}

extension OptionKey {
    /// An option with one typed value, nil when absent (after its environment
    /// variable and default): `--limit N`.
    package static func value<T: ArgumentDecodable>(
        _ long: String, short: Character? = nil, _ type: ValueType, valueName: String, help: String,
        discussion: String = "", defaultValue: String? = nil, environment: String? = nil, category: String? = nil,
        isHidden: Bool = false
    ) -> Self where Value == T? {
        let spec = OptionSpec(
            long: long, short: short, kind: .value(type), valueName: valueName, help: help, discussion: discussion,
            defaultValue: defaultValue, environment: environment, category: category, isHidden: isHidden)
        return Self(spec: spec, decodedKind: T.argumentKind, readsEveryValue: false) { values in
            values.last.flatMap(T.init(argument:))
        }
    }

    /// An option that may be given more than once, read as every value in
    /// order (empty when absent): `--tech Swift --tech Rust`.
    package static func repeatable<T: ArgumentDecodable>(
        _ long: String, short: Character? = nil, _ type: ValueType, valueName: String, help: String,
        discussion: String = "", category: String? = nil
    ) -> Self where Value == [T] {
        let spec = OptionSpec(
            long: long, short: short, kind: .value(type), valueName: valueName, help: help, discussion: discussion,
            isRepeatable: true, category: category)
        return Self(spec: spec, decodedKind: T.argumentKind, readsEveryValue: true) { values in
            values.compactMap(T.init(argument:))
        }
    }
}
