// One person's jobhunt for a fault test: a scratch database on either engine
// (or a SQLite file at a chosen path), a throwaway HOME, the environment that
// acts on them, and the two checks every fault ends with: the database is
// intact, and a dump of it to compare with an undisturbed run.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

final class FaultHome: @unchecked Sendable {
    let engine: TestEngine
    let home: TemporaryDirectory
    /// Nil when the database is a SQLite file the test placed itself.
    let scratch: ScratchDatabase?
    let databaseURL: String
    var environment: [String: String]

    /// A migrated scratch database; on PostgreSQL an account logged in.
    init(_ engine: TestEngine, now: String = "2026-12-06T12:00:00Z", settings: [String: String] = [:]) throws {
        self.engine = engine
        home = try TemporaryDirectory(prefix: "jobhunt-fault-home")
        let scratch = try ScratchDatabase(engine)
        self.scratch = scratch
        databaseURL = scratch.url
        environment = Self.environment(home: home, databaseURL: scratch.url, now: now).merging(settings) { $1 }
        try migrate()
        if engine == .postgres {
            environment = try CommandRunner.logIn(
                "ada@example.com", password: "correct horse battery staple", environment: environment)
        }
    }

    /// A SQLite database at `path` (on a small or read-only filesystem), migrated.
    init(sqliteAt path: String, now: String = "2026-12-06T12:00:00Z") throws {
        engine = .sqlite
        home = try TemporaryDirectory(prefix: "jobhunt-fault-home")
        scratch = nil
        databaseURL = "sqlite:" + path
        environment = Self.environment(home: home, databaseURL: databaseURL, now: now)
        try migrate()
    }

    /// A SQLite database at `path` that already exists, as it is.
    init(existingSQLite path: String, home: TemporaryDirectory) throws {
        engine = .sqlite
        self.home = home
        scratch = nil
        databaseURL = "sqlite:" + path
        environment = Self.environment(home: home, databaseURL: databaseURL, now: "2026-12-06T12:00:00Z")
    }

    static func environment(home: TemporaryDirectory, databaseURL: String, now: String) -> [String: String] {
        [
            "HOME": home.path, "XDG_DATA_HOME": home.file("data").path, "XDG_CONFIG_HOME": home.file("config").path,
            "XDG_STATE_HOME": home.file("state").path, "TMPDIR": home.file("tmp").path,
            "JOBHUNT_DATABASE_URL": databaseURL, "JOBHUNT_NOW": now,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
    }

    private func migrate() throws {
        try FileManager.default.createDirectory(at: home.file("tmp"), withIntermediateDirectories: true)
        let migrate = try run(["migrate", "up", "-q"])
        guard migrate.status == 0 else { throw TestServices.ServiceUnavailable("migrate up: \(migrate.stderr)") }
    }

    /// The `discover` and other runs of a test happen at one fixed time, so an
    /// interrupted run and its re-run see the same clock as the undisturbed one.
    func run(_ arguments: [String], stdin: String? = nil) throws -> CommandResult {
        try CommandRunner.run(arguments, environment: environment, stdin: stdin)
    }

    func start(_ arguments: [String]) throws -> Child {
        try Child(arguments, environment: environment)
    }

    func open() throws -> Database { try Database(location: DatabaseLocation(databaseURL)) }

    func count(_ table: String, where condition: String = "1 = 1") throws -> Int {
        let db = try open()
        defer { db.close() }
        return try db.scalar(
            "SELECT COUNT(*) FROM \(sql: .trusted(table)) WHERE \(sql: .trusted(condition))", as: Int.self) ?? -1
    }

    /// SQLite's `PRAGMA integrity_check` and `foreign_key_check`; on PostgreSQL,
    /// which cannot be left torn by a client, a query over every table (the
    /// server answers, nothing is locked by the dead process) and the foreign
    /// keys the schema declares hold (they are enforced, so this is a read).
    func integrity() throws -> String {
        let db = try open()
        defer { db.close() }
        switch engine {
        case .sqlite:
            let rows = try db.query("PRAGMA integrity_check").map { try $0.get("integrity_check", as: String.self) }
            let keys = try db.query("PRAGMA foreign_key_check")
            return rows == ["ok"] ? (keys.isEmpty ? "ok" : "foreign keys: \(keys)") : "\(rows)"
        case .postgres:
            for table in try tables(db) { _ = try db.query("SELECT * FROM \(sql: .trusted(table)) LIMIT 1") }
            return "ok"
        }
    }

    func tables(_ db: Database) throws -> [String] {
        switch engine {
        case .sqlite:
            try db.query(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            ).map { try $0.get("name", as: String.self) }
        case .postgres:
            try db.query(
                """
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name
                """
            ).map { try $0.get("table_name", as: String.self) }
        }
    }

    /// Every row of every table, `tables` only when given, as sorted lines;
    /// values that differ between two runs of the same commands by construction
    /// are masked: ids and foreign keys (random UUIDs), timestamps columns
    /// (`*_at`), UUIDs inside text, and the columns named in `masking`.
    func dump(tables only: Set<String>? = nil, masking: Set<String> = []) throws -> [String: [String]] {
        let db = try open()
        defer { db.close() }
        var dump: [String: [String]] = [:]
        for table in try tables(db) where only?.contains(table) ?? true {
            // FTS5 shadow tables and migration bookkeeping are the engine's, not data.
            if table.contains("_fts") || table.hasPrefix("schema_") { continue }
            dump[table] = try db.query("SELECT * FROM \(sql: .trusted(table))").map { row in
                zip(row.columns, row.values).map { column, value in
                    let masked =
                        column == "id" || column.hasSuffix("_id") || column.hasSuffix("_at")
                        || masking.contains(column) || masking.contains("\(table).\(column)")
                    if masked { return "\(column)=\(value == .null ? "null" : "•")" }
                    return "\(column)=\(Self.maskingUUIDs("\(value)"))"
                }.joined(separator: "|")
            }.sorted()
        }
        return dump
    }

    private static let uuidPattern = try! NSRegularExpression(
        pattern: "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

    static func maskingUUIDs(_ text: String) -> String {
        uuidPattern.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "<uuid>")
    }

    /// The tables whose rows differ, each with a few differing lines for the failure message.
    static func differences(_ one: [String: [String]], _ two: [String: [String]]) -> [String] {
        Set(one.keys).union(two.keys).sorted().compactMap { table in
            let a = one[table] ?? []
            let b = two[table] ?? []
            guard a != b else { return nil }
            let onlyA = a.filter { !b.contains($0) }.prefix(2)
            let onlyB = b.filter { !a.contains($0) }.prefix(2)
            return "\(table) (\(a.count) vs \(b.count) rows): \(Array(onlyA)) / \(Array(onlyB))"
        }
    }
}
