// PostgreSQL's binary COPY format: what `Database.copy(_:rows:)` sends, one
// tuple per row, each value in the binary form of the type its DatabaseValue
// case names. https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.4
import Foundation

/// Builds the byte stream of a `COPY … FROM STDIN (FORMAT binary)`.
///
/// Binary COPY carries no type names: each value must be in the binary form
/// of its destination column's type. So every case maps to exactly one type,
/// and the destination (normally a temporary table the caller declares) must
/// use it: `.integer` → `bigint`, `.double` → `double precision`, `.text` →
/// `text` (or `varchar`), `.json` → `jsonb`, `.bool`, `.bytes` → `bytea`,
/// `.timestamp` → `timestamptz`, `.date`, `.uuid`, `.textArray` → `text[]`,
/// `.timestampArray` → `timestamptz[]`, `.vector` → pgvector's `vector`.
/// `.decimal` has no binary form here (NUMERIC's base-10000 digits are not
/// worth it for a bulk path): copying one is refused.
struct PostgresCopyEncoder {
    private(set) var bytes: [UInt8] = []

    /// Microseconds and days between the Unix epoch and PostgreSQL's (2000-01-01 UTC).
    static let epochMicros: Int64 = 946_684_800_000_000
    static let epochDays = 10_957

    init() {
        bytes.reserveCapacity(1 << 16)
        bytes.append(contentsOf: Array("PGCOPY\n".utf8) + [0xFF, 0x0D, 0x0A, 0x00])
        append(Int32(0))  // flags: no OIDs
        append(Int32(0))  // header extension length
    }

    /// Appends one tuple of values as callers hold them (nil is NULL).
    mutating func append(row: [(any DatabaseValueConvertible)?]) throws {
        append(Int16(row.count))
        for value in row { try append(value?.databaseValue ?? .null) }
    }

    /// The end-of-data marker; the stream is complete after it.
    mutating func finish() { append(Int16(-1)) }

    /// Hands the bytes written so far to `body` and forgets them (the stream is sent in pieces).
    mutating func drain(_ body: ([UInt8]) throws -> Void) rethrows {
        try body(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func append(_ value: DatabaseValue) throws {
        switch value {
        case .null: append(Int32(-1))
        case .integer(let number): field(8) { $0.append(number) }
        case .double(let number): field(8) { $0.append(number.bitPattern) }
        case .decimal:
            throw DatabaseError(
                .sql, message: "COPY cannot send a decimal value in binary",
                remedy: "copy it as text into a text column and cast it in SQL")
        case .text(let string): text(string)
        case .json(let string):
            var string = string
            string.makeContiguousUTF8()
            append(Int32(1 + string.utf8.count))
            bytes.append(1)  // jsonb's version byte
            bytes.append(contentsOf: string.utf8)
        case .bool(let flag): field(1) { $0.bytes.append(flag ? 1 : 0) }
        case .bytes(let data): bytesField(Array(data))
        case .timestamp(let date): field(8) { $0.append(Self.micros(date)) }
        case .date(let day): field(4) { $0.append(Int32(Self.days(day))) }
        case .uuid(let uuid):
            field(16) { encoder in withUnsafeBytes(of: uuid.uuid) { encoder.bytes.append(contentsOf: $0) } }
        case .textArray(let items): textArray(items)
        case .timestampArray(let dates):
            array(
                elementType: 1184, dates.map { date in withUnsafeBytes(of: Self.micros(date).bigEndian) { Array($0) } })
        case .vector(let values):
            field(4 + 4 * values.count) { encoder in
                encoder.append(Int16(values.count))
                encoder.append(Int16(0))
                for value in values { encoder.append(value.bitPattern) }
            }
        }
    }

    /// A field of `length` bytes that `body` writes.
    private mutating func field(_ length: Int, _ body: (inout Self) -> Void) {
        append(Int32(length))
        body(&self)
    }

    /// A string's UTF-8 bytes as a field, copied straight from its storage (no array in between:
    /// text is most of a posting row's bytes).
    private mutating func text(_ string: String) {
        var string = string
        string.makeContiguousUTF8()
        append(Int32(string.utf8.count))
        bytes.append(contentsOf: string.utf8)
    }

    /// A `text[]` without NULLs, each element copied straight from its string.
    private mutating func textArray(_ items: [String]) {
        let length = 12 + (items.isEmpty ? 0 : 8) + items.reduce(0) { $0 + 4 + $1.utf8.count }
        field(length) { encoder in
            encoder.append(Int32(items.isEmpty ? 0 : 1))
            encoder.append(Int32(0))
            encoder.append(UInt32(25))
            if !items.isEmpty {
                encoder.append(Int32(items.count))
                encoder.append(Int32(1))
            }
            for item in items { encoder.text(item) }
        }
    }

    private mutating func bytesField(_ value: [UInt8]) {
        append(Int32(value.count))
        bytes.append(contentsOf: value)
    }

    /// A one-dimensional array without NULLs (an empty one has no dimensions).
    private mutating func array(elementType: UInt32, _ elements: [[UInt8]]) {
        let length = 12 + (elements.isEmpty ? 0 : 8) + elements.reduce(0) { $0 + 4 + $1.count }
        field(length) { encoder in
            encoder.append(Int32(elements.isEmpty ? 0 : 1))
            encoder.append(Int32(0))
            encoder.append(elementType)
            if !elements.isEmpty {
                encoder.append(Int32(elements.count))
                encoder.append(Int32(1))
            }
            for element in elements { encoder.bytesField(element) }
        }
    }

    /// The instant as microseconds since 2000-01-01 UTC, rounded as `Timestamp.format` rounds.
    static func micros(_ date: Date) -> Int64 {
        // Exactly Timestamp.format's arithmetic (round in Unix microseconds, clamp), then shift the epoch.
        var micros = (date.timeIntervalSince1970 * 1_000_000).rounded()
        micros = min(max(micros, -62_135_596_800_000_000), 253_402_300_799_000_000)
        return Int64(micros) - epochMicros
    }

    /// Days since 2000-01-01 (the proleptic Gregorian day count of Howard Hinnant's `days_from_civil`).
    static func days(_ day: CalendarDate) -> Int {
        let year = day.month <= 2 ? day.year - 1 : day.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (day.month + (day.month > 2 ? -3 : 9)) + 2) / 5 + day.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468 - epochDays
    }

    private mutating func append(_ value: some FixedWidthInteger) {
        withUnsafeBytes(of: value.bigEndian) { bytes.append(contentsOf: $0) }
    }
}
