// A connection to jobhunt's database on either engine: parameterised
// statements, typed rows, and transactions as closures that commit or roll back.
import Foundation

/// One connection to a SQLite file or a PostgreSQL server.
///
///     let db = try Database(location: DatabaseLocation(url))
///     try db.transaction { db in
///         try db.execute("UPDATE users SET last_login_at = \(Date()) WHERE id = \(userID)")
///     }
///
/// Statements are ``SQL`` values: every interpolated value is bound, never
/// spliced into the text, and placeholders are numbered for the engine when
/// the statement runs. A `Database` is used from one thread at a time; open
/// one per worker.
public final class Database {
    let driver: any DatabaseDriver
    public let location: DatabaseLocation
    private var savepointDepth = 0

    /// Opens (and for SQLite, creates) the database at `location`.
    public init(location: DatabaseLocation, options: DatabaseOptions = DatabaseOptions()) throws {
        self.location = location
        switch location.target {
        case .sqliteFile(let path):
            driver = try SQLiteDriver(path: path, options: options)
        case .sqliteMemory:
            driver = try SQLiteDriver(path: ":memory:", options: options)
        case .postgres(let conninfo):
            driver = try PostgresDriver(conninfo: conninfo, options: options)
        }
    }

    public var dialect: SQLDialect { driver.dialect }

    /// Runs a statement and returns how many rows it changed.
    @discardableResult
    public func execute(_ sql: SQL) throws -> Int {
        try run(sql).changes
    }

    /// Runs a query and returns every row.
    public func query(_ sql: SQL) throws -> [Row] {
        try run(sql).rows
    }

    /// The first row of a query, or nil.
    public func queryOne(_ sql: SQL) throws -> Row? {
        try query(sql).first
    }

    /// The first column of the first row as `T`, or nil when there is no row or it is NULL.
    public func scalar<T: DatabaseValueConvertible>(_ sql: SQL, as type: T.Type = T.self) throws -> T? {
        guard let row = try queryOne(sql), let column = row.columns.first else { return nil }
        return try row.optional(column, as: type)
    }

    /// Numbers the placeholders for this engine and hands text and arguments
    /// to the driver, which caches the prepared statement by that text.
    private func run(_ sql: SQL) throws -> StatementResult {
        let (text, arguments) = sql.build(for: dialect)
        for argument in arguments { try Self.checkStorable(argument) }
        return try run(text: text, arguments: arguments)
    }

    /// The most one text value may hold: far above any real field (a long
    /// posting is 100 KB), low enough that a runaway input fails at once.
    public static let largestText = 8 << 20

    /// Refuses text the engines would treat differently: PostgreSQL rejects a
    /// NUL byte where SQLite would store it and C readers would cut it short,
    /// so both refuse it alike with the same words, as they do text over
    /// ``largestText``.
    static func checkStorable(_ value: DatabaseValue) throws {
        let texts: [String]
        switch value {
        case .text(let text): texts = [text]
        case .textArray(let array): texts = array
        default: return
        }
        for text in texts {
            if text.utf8.count > largestText {
                throw DatabaseError(
                    .invalidText,
                    message:
                        "a text of \(text.utf8.count >> 20) MiB is larger than the \(largestText >> 20) MiB one field holds",
                    remedy: "shorten it")
            }
            if text.utf8.contains(0) {
                throw DatabaseError(
                    .invalidText, message: "a text contains a NUL byte (\\0), which cannot be stored",
                    remedy: "remove the NUL byte from the input")
            }
        }
    }

    /// Text numbered by hand and its arguments, straight to the driver: for
    /// the drivers' own tests, never for statements (which are ``SQL``).
    func run(text: String, arguments: [DatabaseValue]) throws -> StatementResult {
        try driver.run(text, arguments)
    }

    /// Bulk-loads `rows` with `COPY … FROM STDIN (FORMAT binary)` on PostgreSQL
    /// and returns how many the server stored.
    ///
    /// `statement` is the COPY itself (`COPY t (a, b) FROM STDIN (FORMAT
    /// binary)`) and takes no arguments; values travel in the COPY stream,
    /// in the binary form of the type each `DatabaseValue` case names (see
    /// `PostgresCopyEncoder`), so the destination's column types must be
    /// those: normally a temporary table the caller declares, then moved on
    /// with one `INSERT … SELECT`. SQLite has no COPY: callers check
    /// `dialect` first, and get `.sql` if they do not.
    @discardableResult
    public func copy(_ statement: SQL, rows: [[(any DatabaseValueConvertible)?]]) throws -> Int {
        let (text, arguments) = statement.build(for: dialect)
        guard let driver = driver as? PostgresDriver, arguments.isEmpty else {
            throw DatabaseError(
                .sql, message: "COPY needs PostgreSQL and a statement without arguments", sql: text)
        }
        return try driver.copy(text, rows: rows)
    }

    /// Runs several argument-free statements separated by `;`, one at a time,
    /// naming the failing statement in the error. For the schema's own files
    /// (migrations): the text takes no values, so nothing can be spliced in.
    public func executeScript(_ sql: String) throws {
        try driver.runScript(sql)
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back
    /// when it throws. Nested calls use savepoints, so an inner failure that
    /// the outer body catches undoes only the inner work.
    public func transaction<T>(_ body: (Database) throws -> T) throws -> T {
        try transaction(begin: "BEGIN", body)
    }

    /// Like `transaction`, but on SQLite takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so two processes that read-then-write cannot
    /// deadlock; on PostgreSQL the same as `transaction`.
    public func writeTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try transaction(begin: dialect == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN", body)
    }

    private func transaction<T>(begin: String, _ body: (Database) throws -> T) throws -> T {
        if driver.isInTransaction {
            savepointDepth += 1
            let name = "jobhunt_sp\(savepointDepth)"
            defer { savepointDepth -= 1 }
            _ = try driver.run("SAVEPOINT \(name)", [])
            do {
                let result = try body(self)
                _ = try driver.run("RELEASE SAVEPOINT \(name)", [])
                return result
            } catch {
                _ = try? driver.run("ROLLBACK TO SAVEPOINT \(name)", [])
                _ = try? driver.run("RELEASE SAVEPOINT \(name)", [])
                throw error
            }
        }
        _ = try driver.run(begin, [])
        do {
            let result = try body(self)
            _ = try driver.run("COMMIT", [])
            return result
        } catch {
            if driver.isInTransaction { _ = try? driver.run("ROLLBACK", []) }
            throw error
        }
    }

    public var isInTransaction: Bool { driver.isInTransaction }

    /// Closes the connection now rather than when the value is released.
    public func close() { driver.close() }

}

/// Connection settings that are not part of the URL.
public struct DatabaseOptions: Sendable {
    /// How long SQLite waits for another writer before failing with `.busy`.
    public var busyTimeoutMilliseconds: Int32
    /// PostgreSQL `connect_timeout` in seconds, unless the URL sets one.
    public var connectTimeoutSeconds: Int
    /// PostgreSQL `application_name`, shown in `pg_stat_activity`.
    public var applicationName: String
    /// Create the SQLite file's directory (0700) when missing.
    public var createDirectories: Bool

    public init(
        busyTimeoutMilliseconds: Int32 = 5000, connectTimeoutSeconds: Int = 10, applicationName: String = "jobhunt",
        createDirectories: Bool = true
    ) {
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.applicationName = applicationName
        self.createDirectories = createDirectories
    }
}
