internal import CLibPQ
// DatabaseValue to and from PostgreSQL's text format (binary for bytea), by
// column type OID. Types are left for the server to infer from the statement.
import Foundation

/// One parameter as libpq takes it: bytes (nil for NULL) and whether they are binary.
struct PostgresParameter {
    var bytes: Data?
    var isBinary: Bool
}

enum PostgresValueCoding {
    static func encode(_ value: DatabaseValue) -> PostgresParameter {
        func text(_ string: String) -> PostgresParameter {
            PostgresParameter(bytes: Data(string.utf8), isBinary: false)
        }
        switch value {
        case .null: return PostgresParameter(bytes: nil, isBinary: false)
        case .integer(let number): return text(String(number))
        case .double(let number):
            return text(
                number.isNaN ? "NaN" : number.isInfinite ? (number > 0 ? "Infinity" : "-Infinity") : "\(number)")
        case .decimal(let number): return text("\(number)")
        case .text(let string), .json(let string): return text(string)
        case .bool(let flag): return text(flag ? "t" : "f")
        case .bytes(let data): return PostgresParameter(bytes: data, isBinary: true)
        case .timestamp(let date): return text(Timestamp.format(date))
        case .date(let day): return text(day.description)
        case .uuid(let uuid): return text(uuid.lowercaseText)
        case .textArray(let items): return text(PostgresArrayLiteral.encode(items))
        case .timestampArray(let dates): return text(PostgresArrayLiteral.encode(dates.map(Timestamp.format)))
        case .vector(let values): return text(Vector(values).pgvectorLiteral)
        }
    }

    static func rows(of result: OpaquePointer) -> [Row] {
        let columnCount = PQnfields(result)
        let columns = (0..<columnCount).map { String(cString: PQfname(result, $0)) }
        let types = (0..<columnCount).map { PQftype(result, $0) }
        return (0..<PQntuples(result)).map { row in
            Row(
                columns: columns,
                values: (0..<columnCount).map { column in
                    guard PQgetisnull(result, row, column) == 0 else { return .null }
                    let length = Int(PQgetlength(result, row, column))
                    let text = PQgetvalue(result, row, column).withMemoryRebound(to: UInt8.self, capacity: length) {
                        String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
                    }
                    return decode(text, type: types[Int(column)])
                })
        }
    }

    /// Type OIDs from pg_type.dat; anything else (pgvector's `vector`
    /// included, whose OID varies) is returned as text for the caller to parse.
    static func decode(_ text: String, type: UInt32) -> DatabaseValue {
        switch type {
        case 16: return .bool(text == "t")
        case 17: return Self.bytea(text).map(DatabaseValue.bytes) ?? .text(text)
        case 20, 21, 23, 26: return Int64(text).map(DatabaseValue.integer) ?? .text(text)
        case 700, 701: return Double(text).map(DatabaseValue.double) ?? .text(text)
        case 1700: return Decimal(string: text).map(DatabaseValue.decimal) ?? .text(text)
        case 1082: return CalendarDate(text).map(DatabaseValue.date) ?? .text(text)
        case 1114, 1184: return Timestamp.parse(text).map(DatabaseValue.timestamp) ?? .text(text)
        case 2950: return UUID(uuidString: text).map(DatabaseValue.uuid) ?? .text(text)
        case 114, 3802: return .json(text)
        case 1009, 1015: return PostgresArrayLiteral.decode(text).map(DatabaseValue.textArray) ?? .text(text)
        case 1115, 1185:
            guard let items = PostgresArrayLiteral.decode(text) else { return .text(text) }
            let dates = items.compactMap(Timestamp.parse)
            return dates.count == items.count ? .timestampArray(dates) : .text(text)
        default: return .text(text)
        }
    }

    /// bytea's hex output format: `\x0a1b…`.
    private static func bytea(_ text: String) -> Data? {
        guard text.hasPrefix("\\x") else { return nil }
        let hex = Array(text.utf8.dropFirst(2))
        guard hex.count % 2 == 0 else { return nil }
        var data = Data(capacity: hex.count / 2)
        var index = 0
        while index < hex.count {
            guard let high = hexValue(hex[index]), let low = hexValue(hex[index + 1]) else { return nil }
            data.append(high << 4 | low)
            index += 2
        }
        return data
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: return byte - 48
        case 97...102: return byte - 87
        case 65...70: return byte - 55
        default: return nil
        }
    }
}

/// One-dimensional array literals: `{a,"b c",NULL}`.
enum PostgresArrayLiteral {
    static func encode(_ items: [String]) -> String {
        let quoted = items.map { item -> String in
            let escaped = item.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(escaped)\""
        }
        return "{" + quoted.joined(separator: ",") + "}"
    }

    /// Nil for NULL elements or nested arrays, which jobhunt never stores.
    static func decode(_ text: String) -> [String]? {
        let characters = Array(text)
        guard characters.first == "{", characters.last == "}" else { return nil }
        var items: [String] = []
        var index = 1
        let end = characters.count - 1
        if index == end { return [] }
        while index < end {
            var item = ""
            if characters[index] == "\"" {
                index += 1
                while index < end, characters[index] != "\"" {
                    if characters[index] == "\\" { index += 1 }
                    item.append(characters[index])
                    index += 1
                }
                index += 1
            } else {
                while index < end, characters[index] != "," {
                    item.append(characters[index])
                    index += 1
                }
                if item == "NULL" || item.hasPrefix("{") { return nil }
            }
            items.append(item)
            index += 1  // the comma
        }
        return items
    }
}
