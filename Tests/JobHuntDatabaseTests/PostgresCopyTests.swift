// Binary COPY: every value kind it sends reads back as the same value bound
// as a parameter would, NULLs and empty arrays included; a failing row fails
// the COPY and leaves the connection usable; SQLite refuses it.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDatabase

@Suite("PostgreSQL binary COPY")
struct PostgresCopyTests {
    /// The same columns twice: one table filled by COPY, one by INSERT parameters.
    static func table(_ name: SQL) -> SQL {
        """
        CREATE TEMPORARY TABLE \(sql: name) (
            position bigint, n bigint, x double precision, t text, b boolean, raw bytea, at timestamptz, day date,
            id uuid, tags text[], times timestamptz[], doc jsonb
        )
        """
    }
    static let columns: SQL = "position, n, x, t, b, raw, at, day, id, tags, times, doc"

    static let rows: [[(any DatabaseValueConvertible)?]] = [
        [
            Int64(1), Int64(-9_000_000_000), 2.5, "Zürich – \"quoted\"\t\\ tab", true, Data([0, 1, 255]),
            Date(timeIntervalSince1970: 1_767_225_600.123456), CalendarDate(year: 1999, month: 12, day: 31),
            UUID(uuidString: "0191F2A4-7B3C-7D4E-8F00-0123456789AB"), ["Go", "", "C++", "ü"] as [String],
            TimestampArray([Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 946_684_800)]),
            DatabaseValue.json(#"{"a": [1, 2]}"#),
        ],
        [
            Int64(2), nil, nil, nil, false, nil, Date(timeIntervalSince1970: -1_000_000.5),
            CalendarDate(year: 2026, month: 2, day: 28), nil, [String](), nil, nil,
        ],
    ]

    @Test("each value kind reads back as the same value an INSERT parameter stores")
    func roundTrip() throws {
        let scratch = try ScratchDatabase(.postgres)
        let db = try scratch.open()
        try db.execute(Self.table("copied"))
        try db.execute(Self.table("inserted"))
        #expect(try db.copy("COPY copied (\(sql: Self.columns)) FROM STDIN (FORMAT binary)", rows: Self.rows) == 2)
        try db.execute("INSERT INTO inserted (\(sql: Self.columns)) VALUES \(rows: Self.rows)")
        let copied = try db.query("SELECT \(sql: Self.columns) FROM copied ORDER BY position")
        let inserted = try db.query("SELECT \(sql: Self.columns) FROM inserted ORDER BY position")
        #expect(copied.count == 2 && inserted.count == 2)
        for (copiedRow, insertedRow) in zip(copied, inserted) {
            for column in copiedRow.columns {
                let value = try copiedRow.optional(column, as: DatabaseValue.self)
                #expect(value == (try insertedRow.optional(column, as: DatabaseValue.self)), "column \(column)")
            }
        }
        #expect(try copied[0].get("day", as: CalendarDate.self) == CalendarDate(year: 1999, month: 12, day: 31))
        #expect(try copied[0].get("t", as: String.self) == "Zürich – \"quoted\"\t\\ tab")
        #expect(try copied[1].get("tags", as: [String].self) == [])
    }

    @Test("a row the server rejects fails the COPY, and the connection carries on")
    func rejectedRow() throws {
        let scratch = try ScratchDatabase(.postgres)
        let db = try scratch.open()
        try db.execute("CREATE TEMPORARY TABLE small (n bigint NOT NULL)")
        #expect(throws: DatabaseError.self) {
            try db.copy("COPY small (n) FROM STDIN (FORMAT binary)", rows: [[Int64(1)], [nil]])
        }
        #expect(try db.scalar("SELECT count(*) FROM small", as: Int.self) == 0)
        #expect(try db.copy("COPY small (n) FROM STDIN (FORMAT binary)", rows: [[Int64(3)]]) == 1)
    }

    @Test("a value without a binary form is refused before the server stores anything")
    func decimalRefused() throws {
        let scratch = try ScratchDatabase(.postgres)
        let db = try scratch.open()
        try db.execute("CREATE TEMPORARY TABLE money (n bigint, m numeric)")
        #expect(throws: DatabaseError.self) {
            try db.copy(
                "COPY money (n, m) FROM STDIN (FORMAT binary)", rows: [[Int64(1), nil], [Int64(2), Decimal(1.5)]])
        }
        #expect(try db.scalar("SELECT count(*) FROM money", as: Int.self) == 0)
    }

    @Test("SQLite has no COPY")
    func sqliteRefuses() throws {
        let scratch = try ScratchDatabase(.sqlite)
        let db = try scratch.open()
        #expect(throws: DatabaseError.self) { try db.copy("COPY t FROM STDIN", rows: []) }
    }
}
