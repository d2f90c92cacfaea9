internal import CSQLite
// SQLite's online backup API (https://www.sqlite.org/backup.html): a page-by-page
// copy of a live database that is consistent even while other processes write
// to it, which copying the file (and its -wal) is not.
import Foundation

extension Database {
    /// Copies this SQLite database into a new file at `path`, consistently,
    /// while other connections and processes keep writing.
    ///
    /// The copy is made in one `sqlite3_backup_step(-1)`, which holds a read
    /// transaction on the source for its duration: in WAL mode writers are not
    /// blocked, and the copy is the database as of one instant. A `busy`
    /// answer (a writer checkpointing) is retried until `timeout`.
    ///
    /// The destination is created 0600 (it holds everything) and must not exist.
    public func backupSQLite(to path: String, timeout: TimeInterval = 30) throws {
        guard let source = driver as? SQLiteDriver else {
            throw DatabaseError(
                .other, message: "the online backup copies SQLite databases only",
                remedy: "back PostgreSQL up with pg_dump (docs/operations.md)")
        }
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw DatabaseError(
                .connection, message: "cannot create \(path): \(String(cString: strerror(errno)))",
                remedy: "choose a new file in a writable folder")
        }
        Foundation.close(fd)
        var destination: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        guard sqlite3_open_v2(path, &destination, flags, nil) == SQLITE_OK, let destination else {
            let message = destination.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(destination)
            throw DatabaseError(.connection, message: "cannot open \(path): \(message)")
        }
        defer { sqlite3_close_v2(destination) }
        try Self.copy(from: try source.connectionHandle(), to: destination, timeout: timeout)
    }

    /// Replaces this SQLite database's content with `source`'s, through the
    /// backup API, which writes the pages under this connection's locks (and
    /// so also to its WAL): the way SQLite documents to load a database into a
    /// live file.
    public func restoreSQLite(from source: Database, timeout: TimeInterval = 30) throws {
        guard let destination = driver as? SQLiteDriver, let origin = source.driver as? SQLiteDriver else {
            throw DatabaseError(.other, message: "restoring copies SQLite databases only")
        }
        try Self.copy(from: try origin.connectionHandle(), to: try destination.connectionHandle(), timeout: timeout)
    }

    private static func copy(from source: OpaquePointer, to destination: OpaquePointer, timeout: TimeInterval) throws {
        guard let backup = sqlite3_backup_init(destination, "main", source, "main") else {
            throw DatabaseError(.other, message: "backup failed: \(String(cString: sqlite3_errmsg(destination)))")
        }
        let deadline = Date().addingTimeInterval(timeout)
        var status = sqlite3_backup_step(backup, -1)
        while status == SQLITE_BUSY || status == SQLITE_LOCKED, Date() < deadline {
            sqlite3_sleep(20)
            status = sqlite3_backup_step(backup, -1)
        }
        let finish = sqlite3_backup_finish(backup)
        guard status == SQLITE_DONE, finish == SQLITE_OK else {
            let message = String(cString: sqlite3_errstr(status == SQLITE_DONE ? finish : status))
            throw DatabaseError(
                .busy, message: "copying the database did not finish: \(message)",
                remedy: "another jobhunt process held the database too long; try again")
        }
    }
}
