// One result row: values by column name or position, decoded to Swift types
// with errors that name the column when a value does not fit.

/// A row returned by `Database.query`.
///
///     let rows = try db.query("SELECT id, email FROM users WHERE is_active = \(true)")
///     let email: String = try rows[0].get("email")
///     let phone: String? = try rows[0].optional("phone")
public struct Row: Sendable, Equatable {
    public let columns: [String]
    public let values: [DatabaseValue]

    public init(columns: [String], values: [DatabaseValue]) {
        self.columns = columns
        self.values = values
    }

    /// The raw value of `column`, or nil if the row has no such column.
    public subscript(_ column: String) -> DatabaseValue? {
        columns.firstIndex(of: column).map { values[$0] }
    }

    public subscript(_ index: Int) -> DatabaseValue { values[index] }

    /// The non-null value of `column` as `T`; throws naming the column otherwise.
    public func get<T: DatabaseValueConvertible>(_ column: String, as type: T.Type = T.self) throws -> T {
        guard let value = try optional(column, as: type) else {
            throw DatabaseError(.decoding, message: "column '\(column)' is NULL, expected \(T.self)")
        }
        return value
    }

    /// The value of `column` as `T`, nil for NULL; throws if it cannot be read as `T`.
    public func optional<T: DatabaseValueConvertible>(_ column: String, as type: T.Type = T.self) throws -> T? {
        guard let value = self[column] else {
            throw DatabaseError(
                .decoding, message: "no column '\(column)' in the result (columns: \(columns.joined(separator: ", ")))")
        }
        if value.isNull { return nil }
        guard let decoded = T.fromDatabaseValue(value) else {
            throw DatabaseError(
                .decoding, message: "column '\(column)' holds \(value.kindName), which cannot be read as \(T.self)")
        }
        return decoded
    }
}

extension DatabaseValue {
    /// The case name, for error messages that must not echo stored data.
    var kindName: String {
        switch self {
        case .null: return "NULL"
        case .integer: return "an integer"
        case .double: return "a double"
        case .decimal: return "a decimal"
        case .text: return "text"
        case .bool: return "a boolean"
        case .bytes: return "bytes"
        case .timestamp: return "a timestamp"
        case .date: return "a date"
        case .uuid: return "a UUID"
        case .textArray: return "a text array"
        case .timestampArray: return "a timestamp array"
        case .json: return "JSON"
        case .vector: return "a vector"
        }
    }
}
