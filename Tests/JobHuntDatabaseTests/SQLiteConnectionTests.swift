// SQLite-specific set-up: WAL, foreign keys, file modes, and the busy error
// another writer causes.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@Suite("SQLite connection")
struct SQLiteConnectionTests {
    @Test("a new database is in WAL mode with foreign keys on, and its file is 0600 in a 0700 folder")
    func setUp() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("nested/deeper/jobhunt.sqlite3").path
        let db = try Database(location: DatabaseLocation("sqlite:" + path))
        #expect(try db.scalar("PRAGMA journal_mode", as: String.self) == "wal")
        #expect(try db.scalar("PRAGMA foreign_keys", as: Int.self) == 1)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: directory.file("nested/deeper").path)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
    }

    @Test("a second writer waits, then fails with a busy error naming the fix")
    func busy() throws {
        let directory = try TemporaryDirectory()
        let location = try DatabaseLocation("sqlite:" + directory.file("db.sqlite3").path)
        let first = try Database(location: location)
        try first.executeScript("CREATE TABLE t (v INTEGER)")
        let second = try Database(location: location, options: DatabaseOptions(busyTimeoutMilliseconds: 50))
        try first.writeTransaction { first in
            try first.execute("INSERT INTO t (v) VALUES (\(1))")
            do {
                try second.writeTransaction { _ in }
                Issue.record("the second writer should have been refused")
            } catch let error as DatabaseError {
                #expect(error.code == .busy)
                #expect(error.recoverySuggestion != nil)
            }
        }
    }

    @Test("a file that is not a database gives a clear error")
    func notADatabase() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("garbage.sqlite3")
        try Data(repeating: 0x41, count: 4096).write(to: path)
        #expect(throws: DatabaseError.self) {
            let db = try Database(location: DatabaseLocation(path.path))
            _ = try db.query("SELECT * FROM sqlite_schema")
        }
    }

    @Test("two statements in one query are refused rather than half-run")
    func multipleStatements() throws {
        let db = try Database(location: DatabaseLocation(":memory:"))
        try db.executeScript("CREATE TABLE t (v INTEGER)")
        #expect(throws: DatabaseError.self) { try db.execute("INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)") }
        #expect(try db.scalar("SELECT COUNT(*) FROM t", as: Int.self) == 0)
    }
}
