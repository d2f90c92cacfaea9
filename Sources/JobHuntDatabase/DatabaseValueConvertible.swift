// Swift types that bind to and decode from DatabaseValue. Decoding is
// tolerant of storage: a Bool reads PostgreSQL's boolean and SQLite's 0/1,
// a Date reads TIMESTAMPTZ and ISO-8601 text, so callers write one decode.
import Foundation

/// A Swift type that can be bound as a statement argument and read back from a row.
public protocol DatabaseValueConvertible: Sendable {
    var databaseValue: DatabaseValue { get }
    /// Nil when `value` cannot represent this type (the row reports which column).
    static func fromDatabaseValue(_ value: DatabaseValue) -> Self?
}

extension DatabaseValue: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { self }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> DatabaseValue? { value }
}

extension String: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .text(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> String? {
        switch value {
        case .text(let text), .json(let text): return text
        case .uuid(let uuid): return uuid.lowercaseText
        case .date(let day): return day.description
        case .timestamp(let date): return Timestamp.format(date)
        case .integer(let number): return String(number)
        case .decimal(let number): return "\(number)"
        case .double(let number): return String(number)
        default: return nil
        }
    }
}

extension Int64: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int64? {
        switch value {
        case .integer(let number): return number
        case .bool(let flag): return flag ? 1 : 0
        case .decimal(let number):
            let rounded = NSDecimalNumber(decimal: number)
            return rounded.decimalValue == number ? rounded.int64Value : nil
        case .double(let number): return number.rounded() == number ? Int64(exactly: number) : nil
        case .text(let text): return Int64(text)
        default: return nil
        }
    }
}

extension Int: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int? {
        Int64.fromDatabaseValue(value).flatMap { Int(exactly: $0) }
    }
}

extension Double: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .double(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Double? {
        switch value {
        case .double(let number): return number
        case .integer(let number): return Double(number)
        case .decimal(let number): return NSDecimalNumber(decimal: number).doubleValue
        case .text(let text): return Double(text)
        default: return nil
        }
    }
}

extension Decimal: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .decimal(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Decimal? {
        switch value {
        case .decimal(let number): return number
        case .integer(let number): return Decimal(number)
        // SQLite stores DECIMAL(3,1) as REAL; go through the shortest text form
        // so 4.5 reads back as 4.5, not 4.4999999.
        case .double(let number): return Decimal(string: String(number))
        case .text(let text): return Decimal(string: text)
        default: return nil
        }
    }
}

extension Bool: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .bool(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Bool? {
        switch value {
        case .bool(let flag): return flag
        case .integer(let number): return number != 0
        case .text("t"), .text("true"): return true
        case .text("f"), .text("false"): return false
        default: return nil
        }
    }
}

extension Data: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .bytes(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Data? {
        if case .bytes(let data) = value { return data }
        return nil
    }
}

extension Date: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .timestamp(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Date? {
        switch value {
        case .timestamp(let date): return date
        case .text(let text): return Timestamp.parse(text)
        case .date(let day): return day.startOfDayUTC
        default: return nil
        }
    }
}

extension CalendarDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .date(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> CalendarDate? {
        switch value {
        case .date(let day): return day
        case .text(let text): return CalendarDate(text)
        default: return nil
        }
    }
}

extension UUID: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .uuid(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> UUID? {
        switch value {
        case .uuid(let uuid): return uuid
        case .text(let text): return UUID.parse(text) ?? UUID(uuidString: text)
        default: return nil
        }
    }

    /// The canonical 36-character form in either case, by hand: Foundation's
    /// `UUID(uuidString:)` goes through `sscanf` on Linux, which was the
    /// largest single cost of reading 10,000 ids from SQLite text.
    static func parse(_ text: String) -> UUID? {
        var bytes = [UInt8](repeating: 0, count: 16)
        var count = 0
        var high: UInt8?
        var position = 0
        for character in text.utf8 {
            defer { position += 1 }
            if position == 8 || position == 13 || position == 18 || position == 23 {
                guard character == UInt8(ascii: "-") else { return nil }
                continue
            }
            let nibble: UInt8
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = character - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = character - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = character - UInt8(ascii: "A") + 10
            default: return nil
            }
            if let first = high {
                guard count < 16 else { return nil }
                bytes[count] = first << 4 | nibble
                count += 1
                high = nil
            } else {
                high = nibble
            }
        }
        guard position == 36, count == 16 else { return nil }
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }
}

extension Array: DatabaseValueConvertible where Element == String {
    public var databaseValue: DatabaseValue { .textArray(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> [String]? {
        switch value {
        case .textArray(let items): return items
        case .text(let text), .json(let text):
            guard let data = text.data(using: .utf8),
                let items = try? JSONDecoder().decode([String].self, from: data)
            else { return nil }
            return items
        default: return nil
        }
    }
}

extension Vector: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .vector(values) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Vector? {
        switch value {
        case .vector(let values): return Vector(values)
        case .bytes(let data): return Vector(littleEndianBytes: data)
        case .text(let text): return Vector(pgvectorLiteral: text)
        default: return nil
        }
    }
}

/// A JSON document to bind to a `JSONB` (PostgreSQL) or JSON-text (SQLite) column.
public struct JSONText: DatabaseValueConvertible, Equatable {
    public var text: String
    public init(_ text: String) { self.text = text }

    /// Encodes a value with sorted keys, so equal documents compare equal as text.
    public init(encoding value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        text = String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    public var databaseValue: DatabaseValue { .json(text) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> JSONText? {
        switch value {
        case .json(let text), .text(let text): return JSONText(text)
        default: return nil
        }
    }
}

/// Instants for `TIMESTAMPTZ[]` columns such as `applications.interview_dates`.
public struct TimestampArray: DatabaseValueConvertible, Equatable {
    public var dates: [Date]
    public init(_ dates: [Date]) { self.dates = dates }

    public var databaseValue: DatabaseValue { .timestampArray(dates) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> TimestampArray? {
        switch value {
        case .timestampArray(let dates): return TimestampArray(dates)
        case .textArray(let items):
            let dates = items.compactMap(Timestamp.parse)
            return dates.count == items.count ? TimestampArray(dates) : nil
        case .text, .json:
            guard let items = [String].fromDatabaseValue(value) else { return nil }
            return TimestampArray.fromDatabaseValue(.textArray(items))
        default: return nil
        }
    }
}
