internal import CSQLite
// The SQLite engine: one sqlite3 handle in WAL mode with foreign keys on and
// a busy timeout, prepared statements cached by SQL text, `$N` placeholders.
import Foundation

/// Owns one `sqlite3*` and every statement prepared on it.
final class SQLiteDriver: DatabaseDriver {
    private var handle: OpaquePointer?
    private var statements: [String: SQLiteStatement] = [:]
    let dialect = SQLDialect.sqlite
    /// The database file, for errors about the disk under it (full, read-only).
    let path: String

    init(path: String, options: DatabaseOptions) throws {
        self.path = path
        if path != ":memory:" { try Self.prepareFile(at: path, createDirectories: options.createDirectories) }
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let status = sqlite3_open_v2(path, &db, flags, nil)
        guard status == SQLITE_OK, let db else {
            // "Whether or not an error occurs when it is opened, resources
            // associated with the database connection handle should be released
            // by passing it to sqlite3_close()." https://www.sqlite.org/c3ref/open.html
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(db)
            throw DatabaseError(
                .connection, message: "cannot open SQLite database \(path): \(message)",
                remedy: "check that the directory exists and is writable")
        }
        handle = db
        sqlite3_busy_timeout(db, options.busyTimeoutMilliseconds)
        sqlite3_extended_result_codes(db, 1)
        try setUp(inMemory: path == ":memory:", busyTimeoutMilliseconds: options.busyTimeoutMilliseconds)
    }

    deinit { close() }

    /// Connection set-up, in order: WAL (readers never block the writer),
    /// NORMAL sync (safe with WAL), foreign keys (off by default in SQLite), cache and
    /// temporary storage sized for bulk writes, memory-mapped reads.
    private func setUp(inMemory: Bool, busyTimeoutMilliseconds: Int32) throws {
        if !inMemory { try enableWAL(retryingFor: busyTimeoutMilliseconds) }
        try runScript("PRAGMA synchronous = NORMAL")
        try runScript("PRAGMA foreign_keys = ON")
        // 32 MiB of page cache (the default is 2 MiB): a batch of postings touches
        // a dozen indexes and the FTS5 index, and a smaller cache spills dirty
        // pages to the WAL in the middle of the transaction. Memory is taken only as used.
        try runScript("PRAGMA cache_size = -32768")
        // Statement journals (what lets one statement of a transaction fail
        // alone) in memory: past 64 KiB SQLite otherwise spills them to a
        // temporary file, and a multi-row INSERT with triggers passes that.
        try runScript("PRAGMA temp_store = MEMORY")
        // Reads through a 1 GiB memory map instead of a pread per page into
        // the page cache: a cold `discover match` reads a few thousand rows
        // of a 100k-posting file and was 10 ms faster (docs/vector-search.md).
        if !inMemory { try runScript("PRAGMA mmap_size = 1073741824") }
    }

    /// Switches a file to WAL, retrying while another connection holds the
    /// lock: SQLite can answer this pragma BUSY at once, without calling the
    /// busy handler, when several processes open a new database together
    /// (the first cron runs, concurrent `migrate up`).
    private func enableWAL(retryingFor milliseconds: Int32) throws {
        let deadline = Date().addingTimeInterval(Double(milliseconds) / 1000)
        while true {
            do {
                return try runScript("PRAGMA journal_mode = WAL")
            } catch let error as DatabaseError where error.code == .busy && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.01)
            }
        }
    }

    /// Creates the file 0600 (and its folder 0700) before SQLite does, since
    /// SQLite would use the umask; its -wal and -shm files copy these modes.
    private static func prepareFile(at path: String, createDirectories: Bool) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if createDirectories, !FileManager.default.fileExists(atPath: directory) {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        // Only when it does not exist (O_EXCL): closing any descriptor of the
        // file drops every POSIX lock this process holds on it, so opening and
        // closing an existing database beside a connection in the middle of a
        // transaction (a second connection in the same process, as a
        // `worker --concurrency` thread opens) lets another process write
        // under it and corrupts the file (https://www.sqlite.org/howtocorrupt.html#_posix_advisory_locks_canceled_by_a_separate_thread_doing_close_).
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd >= 0 { Foundation.close(fd) }
    }

    var isInTransaction: Bool {
        guard let handle else { return false }
        return sqlite3_get_autocommit(handle) == 0
    }

    func run(_ sql: String, _ arguments: [DatabaseValue]) throws -> StatementResult {
        let statement = try cachedStatement(sql)
        defer { statement.reset() }
        try statement.bind(arguments)
        let rows = try statement.step { [unowned self] status in self.error(status, sql: sql) }
        return StatementResult(rows: rows, changes: Int(sqlite3_changes(try connection())))
    }

    func runScript(_ sql: String) throws {
        for text in SQLScript.statements(sql) {
            let statement = try SQLiteStatement(connection: try connection(), sql: text, persistent: false) {
                [unowned self] status in
                self.error(status, sql: text)
            }
            defer { statement.finalize() }
            _ = try statement.step { [unowned self] status in self.error(status, sql: text) }
        }
    }

    func close() {
        for statement in statements.values { statement.finalize() }
        statements.removeAll()
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    func connectionHandle() throws -> OpaquePointer { try connection() }

    private func connection() throws -> OpaquePointer {
        guard let handle else { throw DatabaseError(.connection, message: "the SQLite connection is closed") }
        return handle
    }

    private func cachedStatement(_ sql: String) throws -> SQLiteStatement {
        if let statement = statements[sql] { return statement }
        let statement = try SQLiteStatement(connection: try connection(), sql: sql, persistent: true) {
            [unowned self] status in
            self.error(status, sql: sql)
        }
        statements[sql] = statement
        return statement
    }
}
