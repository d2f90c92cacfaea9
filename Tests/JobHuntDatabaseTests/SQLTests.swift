// The SQL literal: values become bound arguments numbered per statement,
// fragments compose, IN lists expand, and nothing a value holds reaches the text.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@Suite("SQL literal")
struct SQLTests {
    enum Columns: String, SQLColumn {
        case id
        case createdAt = "created_at"
    }

    static func createPeople(_ db: Database) throws {
        try db.executeScript("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        for (id, name) in [(1, "Ada"), (2, "Grace"), (3, "Edsger")] {
            try db.execute("INSERT INTO people (id, name) VALUES (\(id), \(name))")
        }
    }

    static func names(_ db: Database, where condition: SQL) throws -> [String] {
        try db.query("SELECT name FROM people WHERE \(sql: condition) ORDER BY id").map {
            try $0.get("name", as: String.self)
        }
    }

    @Test("values become $1, $2, … in order on both engines, never text", arguments: SQLDialect.allCases)
    func numbering(dialect: SQLDialect) {
        let name = "Ada"
        let missing: Int? = nil
        let sql: SQL = "SELECT id FROM people WHERE name = \(name) AND n = \(42) OR m IS \(missing)"
        let built = sql.build(for: dialect)
        #expect(built.text == "SELECT id FROM people WHERE name = $1 AND n = $2 OR m IS $3")
        #expect(built.arguments == [.text("Ada"), .integer(42), .null])
    }

    @Test("fragments compose with \\(sql:), +, joined and omitted clauses, numbered as one statement")
    func composition() {
        let filters: [SQL] = ["a = \(1)", "b IN \(list: ["x", "y"])", "c <> \(true)"]
        var sql: SQL = "SELECT * FROM t WHERE \(sql: filters.joined(separator: " AND "))"
        let limit: SQL = ""
        sql += " ORDER BY \(column: Columns.createdAt)\(sql: limit)"
        sql = sql + " OFFSET \(5)"
        let built = sql.build(for: .postgres)
        #expect(
            built.text == "SELECT * FROM t WHERE a = $1 AND b IN ($2, $3) AND c <> $4 ORDER BY created_at OFFSET $5")
        #expect(built.arguments == [.integer(1), .text("x"), .text("y"), .bool(true), .integer(5)])
        #expect(limit.isEmpty && !sql.isEmpty)
    }

    @Test("columns, assignments, integer literals and trusted text are the only unbound text")
    func unboundText() {
        let sql: SQL = """
            UPDATE \(sql: .trusted("people")) SET \(sql: Columns.assignments([(.id, 7), (.createdAt, nil)]))
            RETURNING \(columns: Columns.allCases, of: "p") LIMIT \(literal: 3)
            """
        let built = sql.build(for: .sqlite)
        #expect(built.text == "UPDATE people SET id = $1, created_at = $2\nRETURNING p.id, p.created_at LIMIT 3")
        #expect(built.arguments == [.integer(7), .null])
    }

    @Test("bindOnce gives every occurrence one placeholder")
    func bindOnce() {
        let vector = SQL.bindOnce("v")
        let sql: SQL = "SELECT \(1), \(sql: vector) FROM t ORDER BY \(sql: vector) LIMIT \(2)"
        let built = sql.build(for: .postgres)
        #expect(built.text == "SELECT $1, $2 FROM t ORDER BY $2 LIMIT $3")
        #expect(built.arguments == [.integer(1), .text("v"), .integer(2)])
    }

    @Test("a dialect fragment is each engine's own, numbered with the statement's other values")
    func dialect() {
        let shared = SQL.bindOnce("s")
        let sql: SQL =
            "SELECT \(1), \(sql: .dialect(sqlite: "x GLOB \(sql: shared)", postgres: "x ~ \(2) || \(sql: shared)")), \(sql: shared)"
        let sqlite = sql.build(for: .sqlite)
        #expect(sqlite.text == "SELECT $1, x GLOB $2, $2")
        #expect(sqlite.arguments == [.integer(1), .text("s")])
        let postgres = sql.build(for: .postgres)
        #expect(postgres.text == "SELECT $1, x ~ $2 || $3, $3")
        #expect(postgres.arguments == [.integer(1), .integer(2), .text("s")])
    }

    @Test("statements built from SQL run on both engines, IN lists included", arguments: TestEngine.allCases)
    func runs(engine: TestEngine) throws {
        let scratch = try ScratchDatabase(engine)
        let db = try scratch.open()
        try Self.createPeople(db)
        #expect(try Self.names(db, where: "id IN \(list: [3, 1])") == ["Ada", "Edsger"])
        #expect(try Self.names(db, where: "name = \("Grace") OR id = \(3)") == ["Grace", "Edsger"])
        #expect(try db.execute("UPDATE people SET name = \("Ada L.") WHERE id = \(1)") == 1)
        #expect(try db.scalar("SELECT name FROM people WHERE id = \(1)", as: String.self) == "Ada L.")
    }

    @Test(
        "an empty IN list is valid SQL on both engines; isIn and isNotIn give the empty set's meaning",
        arguments: TestEngine.allCases)
    func emptyInList(engine: TestEngine) throws {
        let scratch = try ScratchDatabase(engine)
        let db = try scratch.open()
        try Self.createPeople(db)
        let none: [Int] = []
        #expect(try Self.names(db, where: "id IN \(list: none)") == [])
        #expect(try Self.names(db, where: "id NOT IN \(list: none)") == [])
        #expect(try Self.names(db, where: SQL.isIn("id", none)) == [])
        #expect(try Self.names(db, where: SQL.isNotIn("id", none)) == ["Ada", "Grace", "Edsger"])
        #expect(try Self.names(db, where: SQL.isNotIn("id", [2])) == ["Ada", "Edsger"])
    }

    @Test("a value that looks like SQL is stored and compared as a value", arguments: TestEngine.allCases)
    func valuesAreNeverSpliced(engine: TestEngine) throws {
        let scratch = try ScratchDatabase(engine)
        let db = try scratch.open()
        try Self.createPeople(db)
        let hostile = "x'); DROP TABLE people; --"
        let quoted = "Robert'); DROP TABLE people;-- $1 ? :name"
        try db.execute("INSERT INTO people (id, name) VALUES (\(4), \(hostile)), (\(5), \(quoted))")
        #expect(try Self.names(db, where: "name = \(hostile)") == [hostile])
        #expect(try Self.names(db, where: "name IN \(list: [quoted])") == [quoted])
        #expect(try db.scalar("SELECT COUNT(*) FROM people", as: Int.self) == 5)
    }

    @Test("rows of a multi-row INSERT are numbered across rows", arguments: TestEngine.allCases)
    func multiRowInsert(engine: TestEngine) throws {
        let scratch = try ScratchDatabase(engine)
        let db = try scratch.open()
        try Self.createPeople(db)
        let rows: [[(any DatabaseValueConvertible)?]] = [[10, "Barbara"], [11, "Frances"]]
        let sql: SQL = "INSERT INTO people (id, name) VALUES \(rows: rows)"
        #expect(sql.build(for: db.dialect).text == "INSERT INTO people (id, name) VALUES ($1, $2), ($3, $4)")
        #expect(try db.execute(sql) == 2)
        #expect(try Self.names(db, where: "id >= \(10)") == ["Barbara", "Frances"])
    }
}
