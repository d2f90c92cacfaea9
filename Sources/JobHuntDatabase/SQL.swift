// SQL text and its arguments built together: every interpolated value becomes
// a bound parameter, numbered when the statement runs, so no caller counts
// `$N` and no value is ever spliced into the text.
import Foundation

/// A statement or a fragment of one, with its arguments in order.
///
///     let active: SQL = "is_active = \(true)"
///     let rows = try db.query("SELECT id FROM users WHERE email = \(email) AND \(sql: active)")
///
/// `\(value)` binds any ``DatabaseValueConvertible`` (nil binds NULL); it
/// never becomes SQL text, so `"x = \(name)"` with a name of `'; DROP TABLE`
/// compares with that string. Fragments compose with `\(sql:)`, `+` and
/// ``joined(separator:)``; `\(list:)` writes an `IN` list and `\(rows:)` the
/// rows of a multi-row INSERT; ``bindOnce(_:)`` is one argument used in several
/// places. Column names come from a ``SQLColumn`` enum (`\(column:)`,
/// `\(columns:)`) and `\(literal:)` writes an `Int`; any other text that is
/// not part of the literal goes in only through ``trusted(_:)``, whose name
/// says that the caller vouches for it.
///
/// Placeholders are numbered `$1`, `$2`, … in the order the values appear,
/// on both engines (see ``DatabaseDriver``), so the same statement built the
/// same way has the same text and reuses its prepared statement.
public struct SQL: Sendable {
    enum Piece: Sendable {
        case text(String)
        case argument(DatabaseValue)
        /// One argument that every occurrence in a statement shares (``bindOnce(_:)``).
        case shared(SharedArgument)
        /// Pieces that differ by engine (``dialect(sqlite:postgres:)``), chosen when the statement is built.
        case dialect(sqlite: [Piece], postgres: [Piece])
    }

    final class SharedArgument: Sendable {
        let value: DatabaseValue
        init(_ value: DatabaseValue) { self.value = value }
    }

    var pieces: [Piece]

    init(pieces: [Piece]) { self.pieces = pieces }

    /// Text written by the program, not by a user: a table or column name
    /// chosen in code, a keyword, an operator. Never pass a value here; a
    /// value goes in as `\(value)`.
    ///
    ///     let table = SQL.trusted(profile ? "user_profiles" : "users")
    public static func trusted(_ text: String) -> SQL { SQL(pieces: [.text(text)]) }

    /// A value bound once however often the fragment appears in a statement,
    /// so each occurrence is the same placeholder: the planner then sees one
    /// expression (pgvector's `ORDER BY embedding <=> $1` matching the
    /// `SELECT`'s), and a large value is sent once.
    ///
    ///     let vector = SQL.bindOnce(Vector(query))
    ///     "SELECT embedding <=> \(sql: vector) … ORDER BY embedding <=> \(sql: vector)"
    public static func bindOnce(_ value: (any DatabaseValueConvertible)?) -> SQL {
        SQL(pieces: [.shared(SharedArgument(value?.databaseValue ?? .null))])
    }

    /// One fragment on SQLite and another on PostgreSQL, for the rare expression
    /// the two engines cannot share at an acceptable cost (a function only one of
    /// them has). Both must mean the same; each may bind values of its own.
    ///
    ///     SQL.dialect(sqlite: "x GLOB '*[^ -~]*'", postgres: "x ~ '[^ -~]'")
    public static func dialect(sqlite: SQL, postgres: SQL) -> SQL {
        SQL(pieces: [.dialect(sqlite: sqlite.pieces, postgres: postgres.pieces)])
    }

    /// True when the fragment has no text and no arguments (an omitted clause).
    public var isEmpty: Bool {
        pieces.allSatisfy { piece in
            if case .text(let text) = piece { return text.isEmpty }
            return false
        }
    }

    /// The pieces with every engine choice made for `dialect`.
    private static func resolved(_ pieces: [Piece], for dialect: SQLDialect) -> [Piece] {
        pieces.flatMap { piece -> [Piece] in
            guard case .dialect(let sqlite, let postgres) = piece else { return [piece] }
            switch dialect {
            case .sqlite: return resolved(sqlite, for: dialect)
            case .postgres: return resolved(postgres, for: dialect)
            }
        }
    }

    /// The text with numbered placeholders, as `dialect`'s driver takes it,
    /// and the arguments in placeholder order. Both drivers take `$N` (SQLite
    /// reads `$3` as a named parameter, which `SQLiteStatement` maps back to
    /// the third argument).
    public func build(for dialect: SQLDialect) -> (text: String, arguments: [DatabaseValue]) {
        var text = ""
        var arguments: [DatabaseValue] = []
        var sharedNumbers: [ObjectIdentifier: Int] = [:]
        func placeholder(_ number: Int) -> String {
            switch dialect {
            case .postgres, .sqlite: "$\(number)"
            }
        }
        for piece in Self.resolved(pieces, for: dialect) {
            switch piece {
            case .dialect: break  // resolved above
            case .text(let part): text += part
            case .argument(let value):
                arguments.append(value)
                text += placeholder(arguments.count)
            case .shared(let shared):
                if let number = sharedNumbers[ObjectIdentifier(shared)] {
                    text += placeholder(number)
                } else {
                    arguments.append(shared.value)
                    sharedNumbers[ObjectIdentifier(shared)] = arguments.count
                    text += placeholder(arguments.count)
                }
            }
        }
        return (text, arguments)
    }

    public static func + (lhs: SQL, rhs: SQL) -> SQL { SQL(pieces: lhs.pieces + rhs.pieces) }

    public static func += (lhs: inout SQL, rhs: SQL) { lhs.pieces += rhs.pieces }
}

extension SQL {
    /// `expression IN (…)`; for no values, a condition false for every row.
    public static func isIn(_ expression: SQL, _ values: [(any DatabaseValueConvertible)?]) -> SQL {
        values.isEmpty ? "1 = 0" : "\(sql: expression) IN \(list: values)"
    }

    /// `expression NOT IN (…)`; for no values, a condition true for every row.
    public static func isNotIn(_ expression: SQL, _ values: [(any DatabaseValueConvertible)?]) -> SQL {
        values.isEmpty ? "1 = 1" : "\(sql: expression) NOT IN \(list: values)"
    }
}

extension Sequence where Element == SQL {
    /// The fragments one after another with `separator` between them:
    /// `filters.joined(separator: " AND ")`.
    public func joined(separator: String = "") -> SQL {
        var result = SQL(pieces: [])
        for (index, fragment) in enumerated() {
            if index > 0, !separator.isEmpty { result.pieces.append(.text(separator)) }
            result += fragment
        }
        return result
    }
}

extension SQL: ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) { self.init(pieces: [.text(value)]) }

    public init(stringInterpolation: Interpolation) { self.init(pieces: stringInterpolation.pieces) }

    /// What `\(…)` may hold inside an `SQL` literal.
    public struct Interpolation: StringInterpolationProtocol {
        var pieces: [Piece] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            pieces.reserveCapacity(2 * interpolationCount + 1)
        }

        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { pieces.append(.text(literal)) }
        }

        /// A bound argument: `WHERE id = \(id)`. Nil binds NULL.
        public mutating func appendInterpolation(_ value: (any DatabaseValueConvertible)?) {
            pieces.append(.argument(value?.databaseValue ?? .null))
        }

        /// An integer written into the text rather than bound, for a constant
        /// the planner should see (`LIMIT \(literal: 3000)` inside a subquery).
        /// An `Int` cannot carry SQL, so this is safe for any value.
        public mutating func appendInterpolation(literal value: Int) {
            pieces.append(.text(String(value)))
        }

        /// A fragment with its own arguments: `WHERE \(sql: filters)`.
        public mutating func appendInterpolation(sql fragment: SQL) {
            pieces += fragment.pieces
        }

        /// An `IN` list, one argument per element: `id IN \(list: ids)` is
        /// `id IN ($1, $2)`.
        ///
        /// An empty list is `(NULL)` (`IN ()` is a syntax error on PostgreSQL,
        /// and an empty subquery has no type PostgreSQL can compare): `IN` is
        /// then true for no row, and so is `NOT IN`, by NULL's rules. Where the
        /// list may be empty, ``SQL/isIn(_:_:)`` and ``SQL/isNotIn(_:_:)`` say
        /// what the empty set means.
        public mutating func appendInterpolation(list values: [(any DatabaseValueConvertible)?]) {
            guard !values.isEmpty else {
                pieces.append(.text("(NULL)"))
                return
            }
            pieces.append(.text("("))
            for (index, value) in values.enumerated() {
                if index > 0 { pieces.append(.text(", ")) }
                appendInterpolation(value)
            }
            pieces.append(.text(")"))
        }

        /// The rows of a multi-row INSERT: `VALUES \(rows: rows)` is
        /// `VALUES ($1, $2), ($3, $4)`. Each row must have at least one value.
        public mutating func appendInterpolation(rows: [[(any DatabaseValueConvertible)?]]) {
            for (index, row) in rows.enumerated() {
                if index > 0 { pieces.append(.text(", ")) }
                appendInterpolation(list: row)
            }
        }

        /// One column's name: `ORDER BY \(column: Columns.createdAt)`.
        public mutating func appendInterpolation(column: some SQLColumn) {
            pieces.append(.text(column.rawValue))
        }

        /// Column names separated by commas, each optionally qualified by a
        /// table alias: `SELECT \(columns: Columns.allCases, of: "u")`.
        public mutating func appendInterpolation<C: SQLColumn>(columns: some Sequence<C>, of alias: String? = nil) {
            let prefix = alias.map { "\($0)." } ?? ""
            pieces.append(.text(columns.map { prefix + $0.rawValue }.joined(separator: ", ")))
        }
    }
}

/// A table's columns declared once, as an enum whose raw values are the
/// schema's column names. The enum is the single list that SELECT lists,
/// INSERT column lists and row decoding read.
///
///     enum Columns: String, SQLColumn { case id, email, createdAt = "created_at" }
public protocol SQLColumn: RawRepresentable, CaseIterable, Sendable where RawValue == String {}

extension Row {
    /// The non-null value of `column` as `T`: `try row.get(Columns.createdAt)`.
    public func get<T: DatabaseValueConvertible>(_ column: some SQLColumn, as type: T.Type = T.self) throws -> T {
        try get(column.rawValue, as: type)
    }

    /// The value of `column` as `T`, nil for NULL.
    public func optional<T: DatabaseValueConvertible>(_ column: some SQLColumn, as type: T.Type = T.self) throws -> T? {
        try optional(column.rawValue, as: type)
    }
}

extension SQLColumn {
    /// `name = $N` for each column and value, separated by commas, for `UPDATE … SET`.
    public static func assignments(_ pairs: [(Self, (any DatabaseValueConvertible)?)]) -> SQL {
        pairs.map { column, value in "\(column: column) = \(value)" as SQL }.joined(separator: ", ")
    }
}
