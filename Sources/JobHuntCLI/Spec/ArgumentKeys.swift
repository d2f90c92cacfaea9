// One command's options and positionals as typed keys, in help order. The
// command's spec is built from them (`CommandSpec(name:…, keys:…)`), so the
// table that help, completions and the parser read and the keys the command
// reads are one declaration.

/// The keys of one command, declared as static members of a namespace:
///
///     enum Find: ArgumentKeys {
///         static let limit: OptionKey<Int?> = .value("limit", .integer(1...1000), valueName: "N", help: "…")
///         static let text: PositionalKey<[String]> = .variadic("TEXT", help: "What to look for")
///         static let options: [any OptionKeyProtocol] = [limit]
///         static let positionals: [any PositionalKeyProtocol] = [text]
///     }
///
/// Implementers owe: every key the command reads is listed here, once, in the
/// order help shows it. `CommandKeysTests` checks each command's spec against
/// its keys and each key's value type against its spec.
package protocol ArgumentKeys: SendableMetatype {
    static var options: [any OptionKeyProtocol] { get }
    static var positionals: [any PositionalKeyProtocol] { get }
}

extension ArgumentKeys {
    package static var options: [any OptionKeyProtocol] { [] }
    package static var positionals: [any PositionalKeyProtocol] { [] }
}
