// How a partial change says what to do with one field: give it a value, or
// clear it. Absence (nil) leaves the field as it is.
import Foundation
import JobHuntKernel

/// A new value for a field, or an instruction to clear it.
///
/// Used as an optional: `nil` keeps the stored value, `.set(x)` replaces it,
/// `.clear` stores NULL. Two words rather than a double optional, so a caller
/// cannot clear a field by accident.
///
///     var changes = ProfileChanges()
///     changes.currentTitle = .set("Staff Engineer")
///     changes.phone = .clear
package enum FieldUpdate<Value: Sendable & Equatable>: Sendable, Equatable {
    case set(Value)
    case clear

    /// The value to store: nil when clearing.
    package var value: Value? {
        if case .set(let value) = self { return value }
        return nil
    }

    /// `.set(value)` for a value, `.clear` for nil: how an importer says
    /// "whatever the file holds, including nothing".
    package static func from(_ value: Value?) -> FieldUpdate {
        value.map(FieldUpdate.set) ?? .clear
    }

    func map<T>(_ transform: (Value) throws -> T) rethrows -> FieldUpdate<T> {
        switch self {
        case .set(let value): return .set(try transform(value))
        case .clear: return .clear
        }
    }
}
