// The database layer's one error type. Both drivers translate their engine's
// failures into it, so callers match `catch let e as DatabaseError where e.code == .uniqueViolation`
// the same way on SQLite and PostgreSQL.
import Foundation
public import JobHuntErrors

/// A failure from either engine, translated into the same words.
///
/// Constraint violations carry the constraint's name (`valid_email`,
/// `unique_user_profile`) so callers can turn them into precise messages.
/// Descriptions never contain bound arguments or passwords: a connection
/// failure names the host and database only.
public struct DatabaseError: DescribedError, Equatable {
    /// What kind of failure; a struct over a string so new codes can be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public init(_ name: String) { self.name = name }
        public var description: String { name }

        public static let uniqueViolation = Code("unique violation")
        public static let foreignKeyViolation = Code("foreign key violation")
        public static let checkViolation = Code("check violation")
        public static let notNullViolation = Code("not-null violation")
        /// Could not connect, or the connection was lost.
        public static let connection = Code("connection failure")
        /// Another writer holds the lock (SQLite busy, PostgreSQL lock timeout).
        public static let busy = Code("database busy")
        /// The SQL itself is wrong: syntax, unknown table or column.
        public static let sql = Code("SQL error")
        /// A value could not be decoded as the requested Swift type.
        public static let decoding = Code("decoding error")
        /// The database URL or file cannot be used.
        public static let configuration = Code("configuration error")
        /// A migration failed, or the schema is not at the version this binary needs.
        public static let migration = Code("migration error")
        public static let other = Code("database error")
        /// A text value no engine should store: a NUL byte, or too long.
        public static let invalidText = Code("invalid text")
    }

    public var code: Code
    /// The violated constraint's name, when the engine reports one.
    public var constraint: String?
    /// The engine's message, without bound arguments.
    public var message: String
    /// The statement that failed (SQL text only, never its arguments).
    public var sql: String?
    /// How to fix it, when there is something the user can do.
    public var remedy: Remedy?

    public init(_ code: Code, message: String, constraint: String? = nil, sql: String? = nil, remedy: Remedy? = nil) {
        self.code = code
        self.message = message
        self.constraint = constraint
        self.sql = sql
        self.remedy = remedy
    }

    public var problem: String {
        if let constraint, !message.contains(constraint) {
            return "\(message) (constraint \(constraint))"
        }
        return message
    }
}

extension DatabaseError.Code {
    /// Lets `case DatabaseError.Code.uniqueViolation:` match any error in a `switch` or `catch`.
    public static func ~= (code: DatabaseError.Code, error: any Error) -> Bool {
        (error as? DatabaseError)?.code == code
    }
}
