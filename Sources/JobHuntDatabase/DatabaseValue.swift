// The closed set of values jobhunt stores, independent of engine: each driver
// turns them into its own wire form (libpq text/binary parameters, sqlite3_bind_*).
import Foundation

/// A value bound to, or read from, a statement.
///
/// The cases name what the value *means*, not how an engine stores it, so one
/// statement binds the same way on both engines: `.textArray` becomes a
/// `TEXT[]` literal on PostgreSQL and JSON text on SQLite; `.vector` becomes a
/// pgvector literal or a 1536-byte float32 BLOB.
public enum DatabaseValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case double(Double)
    /// Exact decimal (`NUMERIC`/`DECIMAL` columns): salaries, ratings, years.
    case decimal(Decimal)
    case text(String)
    case bool(Bool)
    case bytes(Data)
    /// An instant (`TIMESTAMPTZ`; ISO-8601 UTC text on SQLite).
    case timestamp(Date)
    /// A calendar day (`DATE`; `YYYY-MM-DD` text on SQLite).
    case date(CalendarDate)
    case uuid(UUID)
    /// `TEXT[]` on PostgreSQL, a JSON array on SQLite.
    case textArray([String])
    /// `TIMESTAMPTZ[]` on PostgreSQL, a JSON array of ISO-8601 strings on SQLite.
    case timestampArray([Date])
    /// JSON document text (`JSONB` on PostgreSQL, TEXT on SQLite).
    case json(String)
    /// A float vector (`vector(N)` on PostgreSQL, little-endian float32 BLOB on SQLite).
    case vector([Float])

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
