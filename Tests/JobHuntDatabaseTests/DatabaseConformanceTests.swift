// One suite run against both engines: whatever a service writes on SQLite
// must behave the same on PostgreSQL.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDatabase

@Suite("Database conformance")
struct DatabaseConformanceTests {
    /// A table with one column of each kind jobhunt stores, in each dialect.
    static func createSample(_ db: Database) throws {
        switch db.dialect {
        case .postgres:
            try db.executeScript(
                """
                CREATE EXTENSION IF NOT EXISTS vector;
                CREATE TABLE sample (
                    id UUID PRIMARY KEY, n INTEGER, big BIGINT, ratio DOUBLE PRECISION, amount DECIMAL(5,1),
                    label VARCHAR(50), flag BOOLEAN, raw BYTEA, at TIMESTAMPTZ, day DATE, tags TEXT[],
                    moments TIMESTAMPTZ[], doc JSONB, embedding vector(3))
                """)
        case .sqlite:
            try db.executeScript(
                """
                CREATE TABLE sample (
                    id TEXT PRIMARY KEY, n INTEGER, big INTEGER, ratio REAL, amount NUMERIC, label TEXT,
                    flag INTEGER, raw BLOB, at TEXT, day TEXT, tags TEXT, moments TEXT, doc TEXT, embedding BLOB)
                """)
        }
    }

    @Test("every value kind round-trips", arguments: TestEngine.allCases)
    func roundTrip(engine: TestEngine) throws {
        let scratch = try ScratchDatabase(engine)
        let db = try scratch.open()
        try Self.createSample(db)
        let id = UUID()
        let instant = Date(timeIntervalSince1970: 1_772_355_000.123456)
        let moments = [instant, instant.addingTimeInterval(86_400)]
        let tags = ["Swift", "with \"quotes\"", "back\\slash", "comma, inside", "ünïcödé", ""]
        let bytes = Data([0, 1, 2, 255, 0])
        try db.execute(
            """
            INSERT INTO sample (id, n, big, ratio, amount, label, flag, raw, at, day, tags, moments, doc, embedding)
            VALUES (\(id), \(42), \(Int64.max), \(0.25), \(Decimal(string: "4.5")!), \("O'Brien; DROP TABLE sample"), \(true), \(bytes), \(instant), \(CalendarDate("2026-02-28")!), \(tags), \(TimestampArray(moments)), \(JSONText("{\"a\": [1, 2]}")), \(Vector([0.5, -1, 0.125])))
            """)
        let row = try #require(try db.queryOne("SELECT * FROM sample WHERE id = \(id)"))
        #expect(try row.get("id", as: UUID.self) == id)
        #expect(try row.get("n", as: Int.self) == 42)
        #expect(try row.get("big", as: Int64.self) == Int64.max)
        #expect(try row.get("ratio", as: Double.self) == 0.25)
        #expect(try row.get("amount", as: Decimal.self) == Decimal(string: "4.5"))
        #expect(try row.get("label", as: String.self) == "O'Brien; DROP TABLE sample")
        #expect(try row.get("flag", as: Bool.self) == true)
        #expect(try row.get("raw", as: Data.self) == bytes)
        let readInstant = try row.get("at", as: Date.self)
        #expect(abs(readInstant.timeIntervalSince(instant)) < 0.000_001)
        #expect(try row.get("day", as: CalendarDate.self) == CalendarDate("2026-02-28"))
        #expect(try row.get("tags", as: [String].self) == tags)
        let readMoments = try row.get("moments", as: TimestampArray.self).dates
        #expect(readMoments.count == 2 && abs(readMoments[1].timeIntervalSince(moments[1])) < 0.000_001)
        let doc = try row.get("doc", as: JSONText.self).text
        let parsed = try JSONSerialization.jsonObject(with: Data(doc.utf8)) as? [String: [Int]]
        #expect(parsed == ["a": [1, 2]])
        #expect(try row.get("embedding", as: Vector.self) == Vector([0.5, -1, 0.125]))
    }

    @Test("NULLs read back as nil and empty values stay empty", arguments: TestEngine.allCases)
    func nullsAndEmpties(engine: TestEngine) throws {
        let scratch = try ScratchDatabase(engine)
        let db = try scratch.open()
        try Self.createSample(db)
        let id = UUID()
        try db.execute(
            "INSERT INTO sample (id, label, raw, tags) VALUES (\(id), \(""), \(Data()), \([String]()))")
        let row = try #require(try db.queryOne("SELECT * FROM sample WHERE id = \(id)"))
        #expect(try row.optional("n", as: Int.self) == nil)
        #expect(try row.optional("at", as: Date.self) == nil)
        #expect(try row.get("label", as: String.self) == "")
        #expect(try row.get("raw", as: Data.self) == Data())
        #expect(try row.get("tags", as: [String].self) == [])
        #expect(throws: DatabaseError.self) { try row.get("n", as: Int.self) }
    }

    @Test("placeholders bind by number, in any order and repeated", arguments: TestEngine.allCases)
    func placeholderNumbering(engine: TestEngine) throws {
        let scratch = try ScratchDatabase(engine)
        let db = try scratch.open()
        // The drivers' side of the contract, below `SQL`: text numbered by hand.
        let sql =
            db.dialect == .postgres
            ? "SELECT $2::text AS b, $1::text AS a, $2::text AS again" : "SELECT $2 AS b, $1 AS a, $2 AS again"
        let row = try #require(try db.run(text: sql, arguments: [.text("first"), .text("second")]).rows.first)
        #expect(try row.get("a", as: String.self) == "first")
        #expect(try row.get("b", as: String.self) == "second")
        #expect(try row.get("again", as: String.self) == "second")
        #expect(throws: DatabaseError.self) { try db.run(text: sql, arguments: [.text("only one")]) }
    }

    @Test("a transaction commits on return and rolls back on throw", arguments: TestEngine.allCases)
    func transactions(engine: TestEngine) throws {
        struct Abort: Error {}
        let scratch = try ScratchDatabase(engine)
        let db = try scratch.open()
        try db.executeScript("CREATE TABLE t (v INTEGER)")
        try db.transaction { db in try db.execute("INSERT INTO t (v) VALUES (\(1))") }
        #expect(throws: Abort.self) {
            try db.transaction { db in
                try db.execute("INSERT INTO t (v) VALUES (\(2))")
                throw Abort()
            }
        }
        #expect(try db.scalar("SELECT COUNT(*) FROM t", as: Int.self) == 1)
        #expect(!db.isInTransaction)
    }

    @Test("a nested transaction that fails undoes only its own work", arguments: TestEngine.allCases)
    func savepoints(engine: TestEngine) throws {
        let scratch = try ScratchDatabase(engine)
        let db = try scratch.open()
        try db.executeScript("CREATE TABLE t (v INTEGER UNIQUE)")
        try db.transaction { db in
            try db.execute("INSERT INTO t (v) VALUES (\(1))")
            do {
                try db.transaction { db in
                    try db.execute("INSERT INTO t (v) VALUES (\(2))")
                    try db.execute("INSERT INTO t (v) VALUES (\(1))")  // unique violation
                }
                Issue.record("the inner transaction should have failed")
            } catch DatabaseError.Code.uniqueViolation {
            }
            try db.execute("INSERT INTO t (v) VALUES (\(3))")
        }
        let values = try db.query("SELECT v FROM t ORDER BY v").map { try $0.get("v", as: Int.self) }
        #expect(values == [1, 3])
    }

    @Test("constraint violations are matchable and name the constraint", arguments: TestEngine.allCases)
    func constraintErrors(engine: TestEngine) throws {
        let scratch = try ScratchDatabase(engine)
        let db = try scratch.open()
        try db.executeScript(
            """
            CREATE TABLE parent (id INTEGER PRIMARY KEY, email VARCHAR(50) NOT NULL, n INTEGER,
                CONSTRAINT positive_n CHECK (n > 0));
            CREATE UNIQUE INDEX unique_parent_email ON parent (email);
            CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id))
            """)
        try db.execute("INSERT INTO parent (id, email, n) VALUES (\(1), \("a@example.com"), \(1))")
        func failure(_ sql: SQL) -> DatabaseError? {
            do {
                try db.execute(sql)
                return nil
            } catch { return error as? DatabaseError }
        }
        let unique = failure("INSERT INTO parent (id, email, n) VALUES (\(2), \("a@example.com"), \(1))")
        #expect(unique?.code == .uniqueViolation)
        #expect(unique?.constraint == "unique_parent_email")
        let check = failure("INSERT INTO parent (id, email, n) VALUES (\(3), \("b@example.com"), \(-1))")
        #expect(check?.code == .checkViolation)
        #expect(check?.constraint == "positive_n")
        let notNull = failure("INSERT INTO parent (id, email) VALUES (\(4), \(nil))")
        #expect(notNull?.code == .notNullViolation)
        let foreignKey = failure("INSERT INTO child (id, parent_id) VALUES (\(1), \(99))")
        #expect(foreignKey?.code == .foreignKeyViolation)
        #expect(unique?.errorDescription?.contains("a@example.com") == false, "messages must not echo row values")
        let syntax = failure("SELEC 1")
        #expect(syntax?.code == .sql)
    }
}
