// The migrator's contract on both engines: each step in one transaction,
// failures that name the statement and leave the schema untouched, exactly-once
// under concurrency, and file names that must pair up.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@Suite("Migrator")
struct MigratorTests {
    static let good = Migration(
        number: 1, name: "create_notes",
        up:
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\nCREATE INDEX idx_notes_body ON notes (body);",
        down: "DROP TABLE notes;")
    static let broken = Migration(
        number: 2, name: "broken_step",
        up: "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nINSERT INTO no_such_table_xyz (id) VALUES (1);",
        down: "DROP TABLE tags;")

    @Test("up applies pending steps once; down reverts newest first", arguments: TestEngine.allCases)
    func upAndDown(engine: TestEngine) throws {
        let scratch = try ScratchDatabase(engine)
        let db = try scratch.open()
        let second = Migration(
            number: 2, name: "add_tags", up: "CREATE TABLE tags (id INTEGER PRIMARY KEY);", down: "DROP TABLE tags;")
        let migrator = Migrator(migrations: [second, Self.good])
        #expect(try migrator.up(db).map(\.version) == ["001_create_notes", "002_add_tags"])
        #expect(try migrator.up(db).isEmpty)
        #expect(try migrator.status(db).isCurrent)
        #expect(try migrator.down(db).map(\.version) == ["002_add_tags"])
        #expect(try migrator.status(db).pending.map(\.version) == ["002_add_tags"])
        #expect(try migrator.down(db, steps: 5).map(\.version) == ["001_create_notes"])
        #expect(throws: DatabaseError.self) { try db.query("SELECT * FROM notes") }
        #expect(try migrator.up(db, to: 1).map(\.version) == ["001_create_notes"])
    }

    @Test("a failing step is rolled back whole and the error names its statement", arguments: TestEngine.allCases)
    func failingStep(engine: TestEngine) throws {
        let scratch = try ScratchDatabase(engine)
        let db = try scratch.open()
        let migrator = Migrator(migrations: [Self.good, Self.broken])
        do {
            try migrator.up(db)
            Issue.record("the broken migration should fail")
        } catch let error as DatabaseError {
            #expect(error.code == .migration)
            #expect(error.message.contains("002_broken_step"))
            #expect(error.message.contains("statement 2 of 2"))
            #expect(error.sql?.contains("no_such_table_xyz") == true)
        }
        let status = try migrator.status(db)
        #expect(status.steps.map { $0.appliedAt != nil } == [true, false])
        // The first statement of the failed step (CREATE TABLE tags) was rolled back with it.
        #expect(throws: DatabaseError.self) { try db.query("SELECT * FROM tags") }
        #expect(try db.query("SELECT * FROM notes").isEmpty)
    }

    @Test(
        "status only reads: on an empty database it creates nothing and reports every step pending",
        arguments: TestEngine.allCases)
    func statusOnlyReads(engine: TestEngine) throws {
        let scratch = try ScratchDatabase(engine)
        let db = try scratch.open()
        let status = try Migrator(migrations: [Self.good]).status(db)
        #expect(status.pending.map(\.version) == ["001_create_notes"])
        #expect(status.unknownVersions.isEmpty)
        #expect(throws: DatabaseError.self, "no schema_migrations table was created") {
            try db.query("SELECT * FROM schema_migrations")
        }
    }

    /// Every command on the embedded default runs `up` at start; a writer from
    /// cron (an ingest, a `migrate up` elsewhere) must not make it wait or fail.
    @Test(
        "a current schema is confirmed without the lock while another connection holds it",
        .timeLimit(.minutes(1)), arguments: TestEngine.allCases)
    func currentWhileLocked(engine: TestEngine) throws {
        let scratch = try ScratchDatabase(engine)
        let migrator = Migrator(migrations: [Self.good])
        let writer = try scratch.open()
        try migrator.up(writer)
        let reader = try scratch.open(options: DatabaseOptions(busyTimeoutMilliseconds: 100))
        try writer.writeTransaction { writer in
            // What a concurrent `migrate up` holds on PostgreSQL; SQLite's BEGIN IMMEDIATE holds the write lock.
            if engine == .postgres {
                try writer.execute("SELECT pg_advisory_xact_lock(\(Int64(0x6a6f_6268_756e_74)))")
            }
            try writer.execute("INSERT INTO notes (id, body) VALUES (1, 'held')")
            #expect(try migrator.up(reader).isEmpty)
            #expect(try migrator.status(reader).isCurrent)
        }
    }

    @Test("several processes migrating at once apply each step exactly once", arguments: TestEngine.allCases)
    func concurrentUp(engine: TestEngine) throws {
        let scratch = try ScratchDatabase(engine)
        let steps = (1...6).map { number in
            Migration(
                number: number, name: "step\(number)",
                up: "CREATE TABLE t\(number) (id INTEGER);\nINSERT INTO t\(number) (id) VALUES (\(number));",
                down: "DROP TABLE t\(number);")
        }
        let migrator = Migrator(migrations: steps)
        let results = ConcurrentResults()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            do {
                let db = try scratch.open(options: DatabaseOptions(busyTimeoutMilliseconds: 30_000))
                results.add(try migrator.up(db).count)
            } catch {
                results.fail(error)
            }
        }
        #expect(results.errors.isEmpty, "\(results.errors)")
        #expect(results.counts.reduce(0, +) == 6)
        let db = try scratch.open()
        #expect(try db.scalar("SELECT COUNT(*) FROM schema_migrations", as: Int.self) == 6)
        for number in 1...6 {
            #expect(try db.scalar("SELECT COUNT(*) FROM \(sql: .trusted("t\(number)"))", as: Int.self) == 1)
        }
    }

    @Test("migration files must pair up and be named NNN_name.up.sql / .down.sql")
    func assembling() throws {
        let migrations = try Migration.assemble(files: [
            ("002_b.up.sql", "B"), ("001_a.down.sql", "a"), ("001_a.up.sql", "A"), ("002_b.down.sql", "b"),
        ])
        #expect(migrations.map(\.version) == ["001_a", "002_b"])
        #expect(migrations[0].up == "A" && migrations[0].down == "a")
        for files in [
            [("001_a.up.sql", "A")],
            [("001_a.up.sql", "A"), ("001_b.down.sql", "b")],
            [("1_a.up.sql", "A"), ("1_a.down.sql", "a")],
            [("001_a.up.sql", "A"), ("001_a.down.sql", "a"), ("001_c.up.sql", "C")],
            [("001_a.sql", "A")],
        ] {
            #expect(throws: DatabaseError.self, "\(files)") { try Migration.assemble(files: files) }
        }
    }
}

/// Collects results from concurrent workers.
final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private var storedCounts: [Int] = []
    private var storedErrors: [String] = []
    var counts: [Int] { lock.withLock { storedCounts } }
    var errors: [String] { lock.withLock { storedErrors } }
    func add(_ count: Int) { lock.withLock { storedCounts.append(count) } }
    func fail(_ error: any Error) { lock.withLock { storedErrors.append("\(error)") } }
}
