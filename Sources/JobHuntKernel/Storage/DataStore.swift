// The database a command works on: opened on first use, checked against the
// schema this binary expects, and (for the embedded SQLite default only)
// migrated automatically.
import Foundation
internal import JobHuntDatabase

/// Opens the configured database when a service first needs it.
///
/// The embedded SQLite database belongs to this one user and this binary, so
/// it is created and migrated on first use: the first minute needs no set-up.
/// A PostgreSQL database is shared and may be upgraded by an operator on its
/// own schedule, so jobhunt never migrates it implicitly: a command refuses to
/// run against a schema that is behind or ahead and says which command fixes it.
package final class DataStore {
    package let databaseURL: String
    private var connection: Database?
    private var schemaChecked = false

    package init(databaseURL: String) {
        self.databaseURL = databaseURL
    }

    /// True for the embedded SQLite file, which belongs to one user and migrates itself.
    package var isEmbedded: Bool {
        (try? DatabaseLocation(databaseURL))?.engine == .sqlite
    }

    /// Where the database is, safe to print (no password).
    package var displayLocation: String {
        (try? DatabaseLocation(databaseURL).description) ?? "(invalid database URL)"
    }

    /// The open database, its schema checked (and, for SQLite, migrated) once.
    package func database() throws -> Database {
        let db = try unmigratedDatabase()
        if !schemaChecked {
            let migrator = try Schema.migrator(for: db.dialect)
            if db.dialect == .sqlite {
                try migrator.up(db)
            } else {
                try Self.requireCurrent(try migrator.status(db))
            }
            schemaChecked = true
        }
        return db
    }

    /// The open database without the schema check, for schema work itself.
    package func unmigratedDatabase() throws -> Database {
        if let connection { return connection }
        let db = try Database(location: DatabaseLocation(databaseURL))
        connection = db
        return db
    }

    private static func requireCurrent(_ status: Migrator.Status) throws {
        if let unknown = status.unknownVersions.last {
            throw DatabaseError(
                .migration, message: "the database has migration \(unknown), which this jobhunt does not know",
                remedy: "upgrade jobhunt to the version that migrated this database")
        }
        if let first = status.pending.first {
            throw DatabaseError(
                .migration,
                message:
                    "the database schema is behind this jobhunt (\(status.pending.count) migration(s) pending, from \(first.version))",
                remedy: "run \(.migrateUp)")
        }
    }
}
