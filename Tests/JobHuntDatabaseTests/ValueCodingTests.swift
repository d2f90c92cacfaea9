// Text forms shared by both engines: timestamps, calendar days, vectors, scripts.
import Foundation
import JobHuntDatabase
import Testing

@Suite("Value coding")
struct ValueCodingTests {
    @Test("timestamps format as UTC with microseconds and parse both engines' forms")
    func timestamps() throws {
        let date = Date(timeIntervalSince1970: 1_772_355_000.5)
        #expect(Timestamp.format(date) == "2026-03-01T08:50:00.500000Z")
        #expect(Timestamp.parse("2026-03-01T08:50:00.500000Z") == date)
        #expect(Timestamp.parse("2026-03-01 08:50:00.5+00") == date)
        #expect(Timestamp.parse("2026-03-01 10:50:00.5+02:00") == date)
        #expect(Timestamp.parse("2026-03-01T08:50Z") == Date(timeIntervalSince1970: 1_772_355_000))
        for bad in [
            "2026-02-30T00:00:00Z", "2026-03-01", "2026-03-01T25:00:00Z", "yesterday", "2026-03-01T08:50:00Zjunk",
        ] {
            #expect(Timestamp.parse(bad) == nil, "\(bad) should not parse")
        }
    }

    @Test("calendar days accept only real YYYY-MM-DD days")
    func calendarDays() {
        #expect(CalendarDate("2024-02-29")?.description == "2024-02-29")
        for bad in ["2023-02-29", "2026-13-01", "2026-1-01", "20260101", "2026-01-01T00:00", "２０２６-01-01"] {
            #expect(CalendarDate(bad) == nil, "\(bad) should be rejected")
        }
        #expect(CalendarDate("2026-01-31")! < CalendarDate("2026-02-01")!)
    }

    @Test("vectors encode as 4 little-endian bytes per dimension and as pgvector text")
    func vectors() throws {
        let vector = Vector([1, -0.5, 0])
        #expect(vector.littleEndianBytes == Data([0, 0, 0x80, 0x3f, 0, 0, 0, 0xbf, 0, 0, 0, 0]))
        #expect(Vector(littleEndianBytes: vector.littleEndianBytes) == vector)
        #expect(Vector(littleEndianBytes: Data([1, 2, 3])) == nil)
        #expect(Vector(pgvectorLiteral: vector.pgvectorLiteral) == vector)
        #expect(Vector(pgvectorLiteral: "[1,x]") == nil)
    }

    @Test("scripts split on semicolons outside quotes, comments, dollar quotes and trigger bodies")
    func scriptSplitting() {
        let script = """
            -- a comment; with a semicolon
            CREATE TABLE a (x TEXT DEFAULT ';');
            /* block; comment */ INSERT INTO a VALUES ('it''s; fine');
            CREATE TRIGGER t AFTER INSERT ON a BEGIN
                UPDATE a SET x = CASE WHEN 1 THEN 'y' ELSE 'z' END;
                DELETE FROM a WHERE x = 'q';
            END;
            SELECT $tag$ ; $tag$, $1;
            -- trailing comment only
            """
        let statements = SQLScript.statements(script)
        #expect(statements.count == 4)
        #expect(statements[0].hasSuffix("CREATE TABLE a (x TEXT DEFAULT ';')"))
        #expect(statements[1].contains("'it''s; fine'"))
        #expect(statements[2].hasPrefix("CREATE TRIGGER") && statements[2].hasSuffix("END"))
        #expect(statements[3] == "SELECT $tag$ ; $tag$, $1")
    }
}
