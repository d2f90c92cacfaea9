// The live schema as the database reports it: every table and its columns, on
// both engines. Forget, export and the archive read it at run time, so a column
// a later migration adds flows through without a code change.
import Foundation
package import JobHuntDatabase

/// Tables and columns of the connected database, read from `sqlite_master` or
/// `information_schema`.
package struct SchemaCatalog: Sendable {
    /// Table name → column names in declaration order.
    package var tables: [String: [String]]
    /// On SQLite, what a column stands in for: JSON, a JSON array, a boolean
    /// (read from the CHECKs the schema names `<table>_<column>_json`,
    /// `_json_array`, `_boolean`), so an export reads alike on both engines.
    package var storedKinds: [String: [String: StoredKind]] = [:]

    package enum StoredKind: Sendable, Equatable {
        case json, jsonArray, boolean
    }

    package init(tables: [String: [String]], storedKinds: [String: [String: StoredKind]] = [:]) {
        self.tables = tables
        self.storedKinds = storedKinds
    }

    package static func read(_ db: Database) throws -> SchemaCatalog {
        var tables: [String: [String]] = [:]
        switch db.dialect {
        case .sqlite:
            // FTS5 shadow tables and SQLite's own are not jobhunt's data.
            let names = try db.query(
                """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                  AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
                  AND name NOT IN (SELECT m.name || suffix FROM sqlite_master m,
                    (SELECT '_data' AS suffix UNION ALL SELECT '_idx' UNION ALL SELECT '_content'
                     UNION ALL SELECT '_docsize' UNION ALL SELECT '_config')
                    WHERE m.sql LIKE 'CREATE VIRTUAL TABLE%')
                ORDER BY name
                """
            ).map { try $0.get("name", as: String.self) }
            var kinds: [String: [String: StoredKind]] = [:]
            for name in names {
                tables[name] = try db.query("SELECT name FROM pragma_table_info(\(name)) ORDER BY cid")
                    .map { try $0.get("name", as: String.self) }
                let sql = try db.scalar("SELECT sql FROM sqlite_master WHERE name = \(name)", as: String.self) ?? ""
                kinds[name] = Self.checkedKinds(in: sql, table: name)
            }
            return SchemaCatalog(tables: tables, storedKinds: kinds)
        case .postgres:
            let rows = try db.query(
                """
                SELECT c.table_name, c.column_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                ORDER BY c.table_name, c.ordinal_position
                """)
            for row in rows {
                tables[try row.get("table_name", as: String.self), default: []].append(
                    try row.get("column_name", as: String.self))
            }
        }
        return SchemaCatalog(tables: tables)
    }

    package func columns(of table: String) -> [String] { tables[table] ?? [] }

    /// The columns `CREATE TABLE` text names in `CONSTRAINT <table>_<column>_json` (and so on).
    static func checkedKinds(in sql: String, table: String) -> [String: StoredKind] {
        var kinds: [String: StoredKind] = [:]
        let suffixes: [(String, StoredKind)] = [("_json_array", .jsonArray), ("_json", .json), ("_boolean", .boolean)]
        for part in sql.components(separatedBy: "CONSTRAINT ").dropFirst() {
            let name = String(part.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
            guard name.hasPrefix(table + "_") else { continue }
            for (suffix, kind) in suffixes where name.hasSuffix(suffix) {
                let column = String(name.dropFirst(table.count + 1).dropLast(suffix.count))
                if !column.isEmpty { kinds[column] = kind }
                break
            }
        }
        return kinds
    }

    package func has(_ table: String) -> Bool { tables[table] != nil }
}
