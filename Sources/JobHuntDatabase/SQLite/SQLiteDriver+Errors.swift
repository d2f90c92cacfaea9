internal import CSQLite
// Turns SQLite result codes into DatabaseError, recovering constraint names
// SQLite leaves out of its messages.
import Foundation

extension SQLiteDriver {
    /// The error for `status` on this connection, with the constraint named where possible.
    ///
    /// SQLite reports CHECK violations by constraint name (`CHECK constraint
    /// failed: valid_email`) but UNIQUE violations by column (`UNIQUE
    /// constraint failed: users.email`); the unique index on those columns is
    /// looked up so both engines name the same constraint.
    func error(_ status: Int32, sql: String) -> DatabaseError {
        let message = currentMessage(status)
        switch status {
        case csqlite_constraint_unique, csqlite_constraint_primarykey:
            let columns = Self.detail(of: message, after: "UNIQUE constraint failed: ")
            return DatabaseError(
                .uniqueViolation, message: message, constraint: uniqueIndexName(columns) ?? columns, sql: sql)
        case csqlite_constraint_check:
            return DatabaseError(
                .checkViolation, message: message,
                constraint: Self.detail(of: message, after: "CHECK constraint failed: "), sql: sql)
        case csqlite_constraint_notnull:
            return DatabaseError(
                .notNullViolation, message: message,
                constraint: Self.detail(of: message, after: "NOT NULL constraint failed: "), sql: sql)
        case csqlite_constraint_trigger where message.hasPrefix("CHECK constraint failed: "):
            // A trigger standing in for a CHECK that SQLite cannot express (valid_date_range).
            return DatabaseError(
                .checkViolation, message: message,
                constraint: Self.detail(of: message, after: "CHECK constraint failed: "), sql: sql)
        case csqlite_constraint_foreignkey:
            return DatabaseError(.foreignKeyViolation, message: message, sql: sql)
        default:
            break
        }
        switch status & 0xff {
        case SQLITE_BUSY, SQLITE_LOCKED:
            return DatabaseError(
                .busy, message: message, sql: sql, remedy: "another jobhunt process is writing; try again")
        case SQLITE_CONSTRAINT:
            return DatabaseError(.checkViolation, message: message, sql: sql)
        case SQLITE_FULL, SQLITE_IOERR, SQLITE_READONLY, SQLITE_CANTOPEN:
            return diskError(status & 0xff, message: message, sql: sql)
        case SQLITE_NOTADB, SQLITE_CORRUPT:
            return DatabaseError(.connection, message: "\(path): \(message)", sql: sql)
        case SQLITE_ERROR:
            return DatabaseError(.sql, message: message, sql: sql)
        default:
            return DatabaseError(.other, message: message, sql: sql)
        }
    }

    /// The disk under the database failed it: full, read-only, or unwritable.
    /// SQLite's own words ("database or disk is full", "unable to open database
    /// file") name neither the file nor the fix, so these do. The transaction in
    /// flight is rolled back; what was committed before is intact.
    private func diskError(_ primary: Int32, message: String, sql: String) -> DatabaseError {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        // access(2) answers EROFS for a read-only mount even to root, whom modes do not stop.
        let writable = access(folder, W_OK) == 0 || errno != EROFS && errno != EACCES
        if !writable {
            return DatabaseError(
                .connection, message: "cannot write the database \(path): \(folder) is read-only (\(message))",
                sql: sql, remedy: "make \(folder) writable (or point database.url elsewhere) and run the command again")
        }
        if primary == SQLITE_FULL || Self.diskIsFull(folder) {
            return DatabaseError(
                .connection, message: "the disk holding the database \(path) is full (\(message))", sql: sql,
                remedy: "free space on it and run the command again; work committed before is kept")
        }
        return DatabaseError(
            .connection, message: "cannot use the database \(path): \(message)", sql: sql,
            remedy: "check that \(folder) is writable and its disk has space, then run the command again")
    }

    /// Whether the file system holding `folder` has no block left for us (ENOSPC
    /// reaches SQLite as an I/O error when it hits a journal or the WAL index).
    private static func diskIsFull(_ folder: String) -> Bool {
        var stats = statvfs()
        guard statvfs(folder, &stats) == 0 else { return false }
        return stats.f_bavail < 8
    }

    private func currentMessage(_ status: Int32) -> String {
        guard let handle = try? connectionHandle() else { return String(cString: sqlite3_errstr(status)) }
        return String(cString: sqlite3_errmsg(handle))
    }

    private static func detail(of message: String, after prefix: String) -> String? {
        guard let range = message.range(of: prefix) else { return nil }
        return String(message[range.upperBound...])
    }

    /// The unique index covering exactly `columns` (`"table.a, table.b"`).
    private func uniqueIndexName(_ columns: String?) -> String? {
        guard let columns else { return nil }
        let qualified = columns.components(separatedBy: ", ")
        guard let table = qualified.first?.split(separator: ".").first.map(String.init) else { return nil }
        let wanted = Set(qualified.compactMap { $0.split(separator: ".").last.map(String.init) })
        guard
            let indexes = try? run(
                "SELECT name FROM pragma_index_list($1) WHERE \"unique\" = 1 AND origin <> 'pk'", [.text(table)]
            ).rows
        else { return nil }
        for row in indexes {
            guard case .text(let name)? = row["name"],
                let info = try? run("SELECT name FROM pragma_index_info($1)", [.text(name)]).rows
            else { continue }
            let indexed = Set(
                info.compactMap { row -> String? in
                    if case .text(let column)? = row["name"] { return column }
                    return nil
                })
            if indexed == wanted { return name }
        }
        return nil
    }
}
