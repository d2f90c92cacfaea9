// A positional declared once, with its spec, as a typed key, like OptionKey:
// `arguments[Search.name]` instead of `positional("NAME")!`.

/// What every `PositionalKey` has whatever its value type.
package protocol PositionalKeyProtocol: Sendable {
    var spec: PositionalSpec { get }
    /// The `ArgumentValue` case the key decodes; must be what `spec.type` produces.
    var decodedKind: ArgumentValue.Kind { get }
    /// True for `[T]` keys, which need `spec.isVariadic`.
    var readsEveryValue: Bool { get }
    /// True for `T?` and `[T]` keys; a `T` key needs a required positional.
    var allowsAbsence: Bool { get }
}

/// A typed handle on one positional: `T` when required, `T?` when optional,
/// `[T]` when variadic.
///
///     static let name: PositionalKey<String> = .required("NAME", help: "The saved search's name")
///     let name = context.arguments[Search.name]
package struct PositionalKey<Value: Sendable>: PositionalKeyProtocol {
    package let spec: PositionalSpec
    package let decodedKind: ArgumentValue.Kind
    package let readsEveryValue: Bool
    package let allowsAbsence: Bool
    let decode: @Sendable ([ArgumentValue]) -> Value

    package var name: String { spec.name }
}

extension PositionalKey where Value: ArgumentDecodable {
    /// A positional the command cannot run without; the parser rejects a line
    /// that leaves it out, so reading it always finds a value.
    package static func required(_ name: String, _ type: ValueType = .string, help: String) -> Self {
        Self(
            spec: PositionalSpec(name: name, type: type, help: help), decodedKind: Value.argumentKind,
            readsEveryValue: false, allowsAbsence: false
        ) { values in
            guard let value = values.first.flatMap(Value.init(argument:)) else {
                preconditionFailure("required positional \(name) was not parsed: is it in the command's spec?")
            }
            return value
        }
    }
}

extension PositionalKey {
    /// A positional that may be left out: nil when it was.
    package static func optional<T: ArgumentDecodable>(
        _ name: String, _ type: ValueType = .string, help: String
    ) -> Self where Value == T? {
        Self(
            spec: PositionalSpec(name: name, type: type, help: help, isOptional: true), decodedKind: T.argumentKind,
            readsEveryValue: false, allowsAbsence: true
        ) { values in values.first.flatMap(T.init(argument:)) }
    }

    /// The last positional taking every remaining word; `isOptional` lets it take none.
    package static func variadic<T: ArgumentDecodable>(
        _ name: String, _ type: ValueType = .string, help: String, isOptional: Bool = false
    ) -> Self where Value == [T] {
        Self(
            spec: PositionalSpec(name: name, type: type, help: help, isOptional: isOptional, isVariadic: true),
            decodedKind: T.argumentKind, readsEveryValue: true, allowsAbsence: true
        ) { values in values.compactMap(T.init(argument:)) }
    }
}
