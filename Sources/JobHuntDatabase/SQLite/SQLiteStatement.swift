internal import CSQLite
// One prepared sqlite3_stmt: binding DatabaseValues to `$N` placeholders,
// stepping, and reading columns back.
import Foundation

/// Owns a `sqlite3_stmt*`; finalized explicitly by the driver or in deinit.
final class SQLiteStatement {
    private var statement: OpaquePointer?
    private let connection: OpaquePointer
    let sql: String
    /// For each parameter slot (1-based), which argument index it takes.
    private let argumentIndexes: [Int]

    init(connection: OpaquePointer, sql: String, persistent: Bool, error: (Int32) -> DatabaseError) throws {
        self.connection = connection
        self.sql = sql
        var statement: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        let status = sql.withCString { sqlite3_prepare_v3(connection, $0, -1, flags, &statement, &tail) }
        guard status == SQLITE_OK, let statement else {
            sqlite3_finalize(statement)
            throw error(status)
        }
        if let tail, tail.pointee != 0, !String(cString: tail).allSatisfy({ $0.isWhitespace || $0 == ";" }) {
            sqlite3_finalize(statement)
            throw DatabaseError(
                .sql, message: "more than one statement in a single query", sql: sql,
                remedy: "run scripts with executeScript, or split the statements")
        }
        self.statement = statement
        // `$3` is a named parameter to SQLite, numbered by first appearance;
        // map each slot back to the argument its name asks for.
        let count = Int(sqlite3_bind_parameter_count(statement))
        argumentIndexes = (0..<count).map { slot in
            guard let name = sqlite3_bind_parameter_name(statement, Int32(slot + 1)) else { return slot }
            let text = String(cString: name)
            return Int(text.dropFirst()).map { $0 - 1 } ?? slot
        }
    }

    deinit { finalize() }

    func finalize() {
        if let statement { sqlite3_finalize(statement) }
        statement = nil
    }

    func reset() {
        guard let statement else { return }
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
    }

    func bind(_ arguments: [DatabaseValue]) throws {
        guard let statement else { return }
        let expected = (argumentIndexes.max() ?? -1) + 1
        guard arguments.count == expected else {
            throw DatabaseError(
                .sql, message: "the statement takes \(expected) argument(s) but \(arguments.count) were given", sql: sql
            )
        }
        for (slot, argumentIndex) in argumentIndexes.enumerated() {
            let status = Self.bind(arguments[argumentIndex], to: statement, at: Int32(slot + 1))
            guard status == SQLITE_OK else {
                throw DatabaseError(
                    .sql,
                    message: "cannot bind argument \(argumentIndex + 1): \(String(cString: sqlite3_errstr(status)))",
                    sql: sql)
            }
        }
    }

    /// Steps to completion, collecting rows.
    func step(error: (Int32) -> DatabaseError) throws -> [Row] {
        guard let statement else { return [] }
        var rows: [Row] = []
        var columns: [String]?
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { return rows }
            guard status == SQLITE_ROW else { throw error(status) }
            let names =
                columns
                ?? (0..<sqlite3_column_count(statement)).map { String(cString: sqlite3_column_name(statement, $0)) }
            columns = names
            rows.append(Row(columns: names, values: (0..<Int32(names.count)).map { Self.column(statement, $0) }))
        }
    }

    private static func bind(_ value: DatabaseValue, to statement: OpaquePointer, at index: Int32) -> Int32 {
        switch value {
        case .null: return sqlite3_bind_null(statement, index)
        case .integer(let number): return sqlite3_bind_int64(statement, index, number)
        case .double(let number): return sqlite3_bind_double(statement, index, number)
        case .bool(let flag): return sqlite3_bind_int64(statement, index, flag ? 1 : 0)
        // Exact text; NUMERIC column affinity stores it as a number.
        case .decimal(let number): return bindText("\(number)", statement, index)
        case .text(let text), .json(let text): return bindText(text, statement, index)
        case .timestamp(let date): return bindText(Timestamp.format(date), statement, index)
        case .date(let day): return bindText(day.description, statement, index)
        case .uuid(let uuid): return bindText(uuid.lowercaseText, statement, index)
        case .textArray(let items): return bindText(JSONArrayText.encode(items), statement, index)
        case .timestampArray(let dates):
            return bindText(JSONArrayText.encode(dates.map(Timestamp.format)), statement, index)
        case .bytes(let data): return bindBlob(data, statement, index)
        case .vector(let values): return bindBlob(Vector(values).littleEndianBytes, statement, index)
        }
    }

    private static func bindText(_ text: String, _ statement: OpaquePointer, _ index: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { buffer in
            sqlite3_bind_text64(
                statement, index, UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self),
                sqlite3_uint64(buffer.count), csqlite_transient(), UInt8(SQLITE_UTF8))
        }
    }

    private static func bindBlob(_ data: Data, _ statement: OpaquePointer, _ index: Int32) -> Int32 {
        data.withUnsafeBytes { raw in
            // A zero-length blob must not be bound as NULL, so never pass a nil pointer.
            sqlite3_bind_blob64(
                statement, index, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1), sqlite3_uint64(raw.count),
                csqlite_transient())
        }
    }

    private static func column(_ statement: OpaquePointer, _ index: Int32) -> DatabaseValue {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, index))
        case SQLITE_FLOAT: return .double(sqlite3_column_double(statement, index))
        case SQLITE_TEXT:
            let count = Int(sqlite3_column_bytes(statement, index))
            guard let pointer = sqlite3_column_text(statement, index) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(statement, index))
            guard let pointer = sqlite3_column_blob(statement, index), count > 0 else { return .bytes(Data()) }
            return .bytes(Data(bytes: pointer, count: count))
        default: return .null
        }
    }
}

/// JSON arrays of strings, the SQLite form of `TEXT[]` columns.
enum JSONArrayText {
    /// `["a","b\"c"]`: what `JSONEncoder` writes with `.withoutEscapingSlashes`,
    /// by hand, since ingest binds two arrays per posting and an encoder per call is slow.
    static func encode(_ items: [String]) -> String {
        var text = "["
        for (index, item) in items.enumerated() {
            if index > 0 { text += "," }
            text += "\""
            for scalar in item.unicodeScalars {
                switch scalar {
                case "\"": text += "\\\""
                case "\\": text += "\\\\"
                case "\n": text += "\\n"
                case "\r": text += "\\r"
                case "\t": text += "\\t"
                case "\u{08}": text += "\\b"
                case "\u{0C}": text += "\\f"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: text.unicodeScalars.append(scalar)
                }
            }
            text += "\""
        }
        return text + "]"
    }
}
