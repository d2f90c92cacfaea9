// Applies and reverts migrations, one transaction per step, recorded in
// `schema_migrations`. Safe when several processes migrate at once.
import Foundation

/// Applies an ordered list of migrations to a database.
///
///     let migrator = try Migrator(migrations: Schema.migrations(for: db.dialect))
///     let applied = try migrator.up(db)
///
/// Each step runs in its own transaction with its `schema_migrations` row, so
/// a failing step leaves the schema as it was before that step and the error
/// names the statement. Concurrent runs serialise on a lock (a transaction-
/// scoped advisory lock on PostgreSQL, the write lock on SQLite) and re-check
/// what is applied after taking it, so each step runs exactly once.
public struct Migrator: Sendable {
    public let migrations: [Migration]

    /// `pg_advisory_xact_lock` key: "jobhunt" in ASCII.
    static let lockKey: Int64 = 0x6a6f_6268_756e_74

    public init(migrations: [Migration]) {
        self.migrations = migrations.sorted { $0.number < $1.number }
    }

    /// Where the database stands against this binary's migrations.
    public struct Status: Sendable, Equatable {
        /// Every known migration with when it was applied (nil if pending).
        public var steps: [(migration: Migration, appliedAt: Date?)]
        /// Versions recorded in the database that this binary does not know:
        /// a newer jobhunt migrated it.
        public var unknownVersions: [String]

        public var pending: [Migration] { steps.filter { $0.appliedAt == nil }.map(\.migration) }
        public var isCurrent: Bool { pending.isEmpty && unknownVersions.isEmpty }

        public static func == (lhs: Status, rhs: Status) -> Bool {
            lhs.unknownVersions == rhs.unknownVersions
                && lhs.steps.map(\.migration) == rhs.steps.map(\.migration)
                && lhs.steps.map(\.appliedAt) == rhs.steps.map(\.appliedAt)
        }
    }

    /// Reads only: no lock, no table created, so every command can check the
    /// schema while another process holds the write lock (an ingest from cron),
    /// and a read-only database role can run `migrate status`.
    public func status(_ db: Database) throws -> Status {
        guard try versionTableExists(db) else {
            return Status(steps: migrations.map { ($0, nil) }, unknownVersions: [])
        }
        let rows = try db.query("SELECT version, applied_at FROM schema_migrations ORDER BY version")
        var applied: [String: Date] = [:]
        for row in rows {
            applied[try row.get("version")] =
                try row.optional("applied_at", as: Date.self) ?? Date(timeIntervalSince1970: 0)
        }
        let known = Set(migrations.map(\.version))
        return Status(
            steps: migrations.map { ($0, applied[$0.version]) },
            unknownVersions: applied.keys.filter { !known.contains($0) }.sorted())
    }

    /// Applies pending migrations up to and including `target` (all when nil);
    /// returns those this call applied.
    ///
    /// A current schema is found without taking the write lock: the embedded
    /// default calls this at every start, and must not queue behind a writer.
    @discardableResult
    public func up(_ db: Database, to target: Int? = nil) throws -> [Migration] {
        let pending = try status(db).pending.filter { migration in target.map { migration.number <= $0 } ?? true }
        guard !pending.isEmpty else { return [] }
        try ensureVersionTable(db)
        var applied: [Migration] = []
        // Each step re-checks under the lock: another process may have applied it meanwhile.
        for migration in pending {
            let didApply = try locked(db) { db in
                guard try !isApplied(migration, db) else { return false }
                try run(migration.up, of: migration, direction: "up", db)
                try db.execute(
                    "INSERT INTO schema_migrations (version, applied_at) VALUES (\(migration.version), \(Date()))")
                return true
            }
            if didApply { applied.append(migration) }
        }
        return applied
    }

    /// Reverts the `steps` most recently applied migrations, newest first;
    /// returns those this call reverted.
    @discardableResult
    public func down(_ db: Database, steps: Int = 1) throws -> [Migration] {
        try ensureVersionTable(db)
        var reverted: [Migration] = []
        for _ in 0..<max(steps, 0) {
            let migration: Migration? = try locked(db) { db in
                let status = try status(db)
                if let unknown = status.unknownVersions.last {
                    throw DatabaseError(
                        .migration, message: "the newest applied migration, \(unknown), is unknown to this jobhunt",
                        remedy: "revert it with the jobhunt version that applied it")
                }
                guard let newest = status.steps.last(where: { $0.appliedAt != nil })?.migration else { return nil }
                try run(newest.down, of: newest, direction: "down", db)
                try db.execute("DELETE FROM schema_migrations WHERE version = \(newest.version)")
                return newest
            }
            guard let migration else { break }
            reverted.append(migration)
        }
        return reverted
    }

    /// Reverts the newest migration and applies it again (for developing one).
    @discardableResult
    public func redo(_ db: Database) throws -> Migration? {
        guard let reverted = try down(db, steps: 1).first else { return nil }
        try up(db, to: reverted.number)
        return reverted
    }

    private func versionTableExists(_ db: Database) throws -> Bool {
        switch db.dialect {
        case .sqlite:
            try db.queryOne(
                "SELECT 1 AS present FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'") != nil
        case .postgres:
            // The search path decides, as it does for the unqualified CREATE TABLE below.
            try db.scalar("SELECT to_regclass('schema_migrations') IS NOT NULL", as: Bool.self) ?? false
        }
    }

    private func isApplied(_ migration: Migration, _ db: Database) throws -> Bool {
        try db.queryOne("SELECT 1 AS applied FROM schema_migrations WHERE version = \(migration.version)") != nil
    }

    /// Runs `body` in a write transaction holding the migration lock.
    private func locked<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
        try db.writeTransaction { db in
            if db.dialect == .postgres {
                try db.execute("SELECT pg_advisory_xact_lock(\(Self.lockKey))")
            }
            return try body(db)
        }
    }

    private func ensureVersionTable(_ db: Database) throws {
        let timestamp = db.dialect == .postgres ? "TIMESTAMP WITH TIME ZONE DEFAULT NOW()" : "TEXT"
        try locked(db) { db in
            try db.executeScript(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version VARCHAR(255) PRIMARY KEY, applied_at \(timestamp))"
            )
        }
    }

    /// Runs a migration's statements one by one so a failure can name its statement.
    private func run(_ script: String, of migration: Migration, direction: String, _ db: Database) throws {
        let statements = SQLScript.statements(script)
        for (index, statement) in statements.enumerated() {
            do {
                try db.executeScript(statement)
            } catch let error as DatabaseError {
                let summary =
                    statement.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }
                    .map { String($0.prefix(80)) } ?? ""
                throw DatabaseError(
                    .migration,
                    message:
                        "migration \(migration.version) (\(direction)) failed at statement \(index + 1) of \(statements.count) `\(summary)`: \(error.message)",
                    constraint: error.constraint, sql: statement,
                    remedy: "the step was rolled back; fix the statement and run the migration again")
            }
        }
    }
}
