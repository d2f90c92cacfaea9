// The Swift types an option or positional decodes to, one per kind of
// ArgumentValue, so a key's value type can be checked against its spec.
import Foundation
import JobHuntKernel

extension ArgumentValue {
    /// Which case a value is, without its payload: what a `ValueType` produces
    /// and what an `ArgumentDecodable` type reads.
    package enum Kind: Sendable, Equatable {
        case string, integer, decimal, date, url, bool
    }

    package var kind: Kind {
        switch self {
        case .string: .string
        case .integer: .integer
        case .decimal: .decimal
        case .date: .date
        case .url: .url
        case .bool: .bool
        }
    }
}

extension ValueType {
    /// The case of `ArgumentValue` a valid value of this type becomes
    /// (see `ValueType.parse`): choices, e-mails and paths stay text.
    package var producedKind: ArgumentValue.Kind {
        switch self {
        case .string, .choice, .email, .path: .string
        case .integer: .integer
        case .decimal: .decimal
        case .date: .date
        case .url: .url
        }
    }
}

extension OptionSpec.Kind {
    /// Flags give `.bool`; a value option gives what its `ValueType` produces.
    package var producedKind: ArgumentValue.Kind {
        switch self {
        case .flag, .negatableFlag: .bool
        case .value(let type): type.producedKind
        }
    }
}

/// A type an `OptionKey` or `PositionalKey` may read: it names the one
/// `ArgumentValue.Kind` it accepts, so `OptionKey<Int?>` on a `.string` option
/// is caught by `CommandKeysTests` rather than read as nil at run time.
package protocol ArgumentDecodable: Sendable {
    static var argumentKind: ArgumentValue.Kind { get }
    /// The payload of `value`, or nil when it is another kind.
    init?(argument value: ArgumentValue)
}

extension String: ArgumentDecodable {
    package static var argumentKind: ArgumentValue.Kind { .string }
    package init?(argument value: ArgumentValue) {
        guard case .string(let text) = value else { return nil }
        self = text
    }
}

extension Int: ArgumentDecodable {
    package static var argumentKind: ArgumentValue.Kind { .integer }
    package init?(argument value: ArgumentValue) {
        guard case .integer(let number) = value else { return nil }
        self = number
    }
}

extension Decimal: ArgumentDecodable {
    package static var argumentKind: ArgumentValue.Kind { .decimal }
    package init?(argument value: ArgumentValue) {
        guard case .decimal(let number) = value else { return nil }
        self = number
    }
}

extension CalendarDate: ArgumentDecodable {
    package static var argumentKind: ArgumentValue.Kind { .date }
    package init?(argument value: ArgumentValue) {
        guard case .date(let day) = value else { return nil }
        self = day
    }
}

extension URL: ArgumentDecodable {
    package static var argumentKind: ArgumentValue.Kind { .url }
    package init?(argument value: ArgumentValue) {
        guard case .url(let url) = value else { return nil }
        self = url
    }
}
