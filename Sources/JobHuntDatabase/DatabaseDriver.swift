// The seam between `Database` and an engine. Each driver owns its C handle
// and translates its engine's failures into DatabaseError.

/// What `Database` needs from an engine.
///
/// Implementers owe: `$1`, `$2`, … placeholders bound positionally (the same
/// SQL text runs on both engines); prepared statements reused by SQL text;
/// every failure thrown as `DatabaseError` with constraint names where the
/// engine reports them; no argument values in any error.
protocol DatabaseDriver: AnyObject {
    var dialect: SQLDialect { get }
    /// Runs one statement and returns its rows (empty for non-queries) and the
    /// number of rows it changed.
    func run(_ sql: String, _ arguments: [DatabaseValue]) throws -> StatementResult
    /// Runs statements that take no arguments, one at a time (migrations).
    func runScript(_ sql: String) throws
    /// Whether a transaction is open on the connection.
    var isInTransaction: Bool { get }
    func close()
}

struct StatementResult {
    var rows: [Row]
    var changes: Int
}

/// Which SQL dialect a connection speaks, for the few statements that differ.
public enum SQLDialect: String, Sendable, CaseIterable {
    case sqlite
    case postgres
}
