// jobhunt's schema: the migrations compiled into the binary from migrations/,
// one list per dialect.
internal import JobHuntDatabase

/// The embedded migrations, assembled and checked once per process.
package enum Schema {
    /// The migrations for `dialect`, from `migrations/<dialect>/` at build time.
    static func migrations(for dialect: SQLDialect) throws -> [Migration] {
        let folder = dialect == .postgres ? "postgres" : "sqlite"
        return try Migration.assemble(
            files: embeddedMigrationFiles.filter { $0.dialect == folder }.map { (name: $0.name, sql: $0.sql) })
    }

    package static func migrator(for dialect: SQLDialect) throws -> Migrator {
        Migrator(migrations: try migrations(for: dialect))
    }
}
