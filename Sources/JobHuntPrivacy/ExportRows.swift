// A table's rows for the export: every column the live schema has (so a column
// a later migration adds is exported without a change here), sealed columns
// opened, secrets and derived vectors left out.
import Foundation
internal import JobHuntDatabase
internal import JobHuntIO
import JobHuntKernel

/// One exported table: column names and rows of JSON-ready values.
struct ExportedTable {
    var name: String
    var columns: [String]
    /// Each value is `String`, `NSNumber`, `Bool`, `[Any]` or `NSNull`.
    var rows: [[Any]]
}

enum ExportRows {
    /// `user`'s rows of `table`, oldest first when the table has `created_at`.
    static func read(
        _ table: OwnedTable, user: UUID, db: Database, catalog: SchemaCatalog, keyring: () throws -> Keyring
    ) throws -> ExportedTable {
        let all = catalog.columns(of: table.name)
        let columns = all.filter { !UserOwnedTables.notExported.contains("\(table.name).\($0)") }
        let order = all.contains("created_at") ? "created_at, id" : (all.contains("id") ? "id" : "1")
        let rows = try db.query(
            """
            SELECT \(sql: .trusted(columns.joined(separator: ", "))) FROM \(sql: .trusted(table.name))
            WHERE \(sql: UserOwnedTables.ownerCondition(table, user: user)) ORDER BY \(sql: .trusted(order))
            """)
        var names: [String] = []
        for column in columns {
            // `phone_encrypted` is exported opened, as `phone` (its plaintext column, always NULL, gives way).
            if column.hasSuffix("_encrypted") {
                names.append(String(column.dropLast("_encrypted".count)))
            } else if !columns.contains(column + "_encrypted") {
                names.append(column)
            }
        }
        var values: [[Any]] = []
        for row in rows {
            var out: [Any] = []
            for column in columns {
                let value = row[column] ?? .null
                if column.hasSuffix("_encrypted") {
                    out.append(try opened(value, table: table.name, column: column, keyring: keyring))
                } else if !columns.contains(column + "_encrypted") {
                    out.append(json(value, kind: catalog.storedKinds[table.name]?[column]))
                }
            }
            values.append(out)
        }
        return ExportedTable(name: table.name, columns: names, rows: values)
    }

    /// A sealed column opened with the key context its writer used, `table.column`
    /// without `_encrypted` (`user_profiles.phone`). A value that does not open
    /// with it is exported sealed (base64), never dropped.
    static func opened(_ value: DatabaseValue, table: String, column: String, keyring: () throws -> Keyring) throws
        -> Any
    {
        guard case .bytes(let sealed) = value else { return json(value) }
        let context = "\(table).\(column.dropLast("_encrypted".count))"
        if let plain = try? keyring().decrypt(sealed, context: context) {
            return String(decoding: plain, as: UTF8.self)
        }
        return ["sealed": sealed.base64EncodedString()]
    }

    /// `kind` is what a SQLite column stands in for, so both engines export
    /// booleans as booleans and JSON and arrays as JSON, not as text.
    static func json(_ value: DatabaseValue, kind: SchemaCatalog.StoredKind? = nil) -> Any {
        switch (value, kind) {
        case (.integer(let number), .boolean?): return number != 0
        case (.text(let text), .json?), (.text(let text), .jsonArray?), (.json(let text), _):
            return (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) ?? text
        default: break
        }
        switch value {
        case .null: return NSNull()
        case .integer(let number): return NSNumber(value: number)
        case .double(let number): return NSNumber(value: number)
        case .decimal(let number): return NSDecimalNumber(decimal: number)
        case .text(let text), .json(let text): return text
        case .bool(let flag): return flag
        case .bytes(let data): return data.base64EncodedString()
        case .timestamp(let date): return Timestamp.format(date)
        case .date(let day): return day.description
        case .uuid(let id): return id.uuidString.lowercased()
        case .textArray(let items): return items
        case .timestampArray(let dates): return dates.map(Timestamp.format)
        case .vector(let values): return values.map { NSNumber(value: $0) }
        }
    }
}
