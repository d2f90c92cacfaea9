// Reads a database's catalog as comparable text, per engine: the tables,
// columns, indexes and constraints a migration created.
import Foundation
import JobHuntDatabase

enum SchemaCatalog {
    /// Every schema object as one line each, sorted, so two snapshots diff cleanly.
    static func snapshot(_ db: Database) throws -> [String] {
        let sql: SQL
        switch db.dialect {
        case .sqlite:
            sql = """
                SELECT type || ' ' || name || ' ON ' || tbl_name || ': ' || COALESCE(sql, '') AS item
                FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY item
                """
        case .postgres:
            sql = """
                SELECT item FROM (
                    SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_name || ' default '
                        || COALESCE(column_default, '-') || ' null ' || is_nullable AS item
                    FROM information_schema.columns WHERE table_schema = 'public'
                    UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
                    UNION ALL SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' '
                        || pg_get_constraintdef(oid)
                    FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                    UNION ALL SELECT 'extension ' || extname FROM pg_extension
                ) items ORDER BY item
                """
        }
        return try db.query(sql).map { try $0.get("item", as: String.self) }
    }

    /// Column names of `table`.
    static func columns(of table: String, in db: Database) throws -> Set<String> {
        let sql: SQL =
            db.dialect == .sqlite
            ? "SELECT name FROM pragma_table_info(\(table))"
            : "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = \(table)"
        return Set(try db.query(sql).map { try $0.get("name", as: String.self) })
    }

    /// Index names in the schema.
    static func indexes(in db: Database) throws -> Set<String> {
        let sql: SQL =
            db.dialect == .sqlite
            ? "SELECT name FROM sqlite_schema WHERE type = 'index'"
            : "SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public'"
        return Set(try db.query(sql).map { try $0.get("name", as: String.self) })
    }
}

/// The tables, columns and index names the seed declares, read from its SQL.
struct SeedSchema {
    var tables: [String: Set<String>] = [:]
    var indexes: Set<String> = []

    init(_ text: String) {
        let lines = text.components(separatedBy: "\n")
        var current: String?
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let match = trimmed.firstMatch(of: /^CREATE TABLE (\w+) \(/) {
                current = String(match.1)
                tables[String(match.1), default: []] = []
            } else if trimmed.hasPrefix(")") {
                current = nil
            } else if let table = current, let match = trimmed.firstMatch(of: /^(\w+) [A-Z]/) {
                tables[table]?.insert(String(match.1))
            }
            if let match = trimmed.firstMatch(of: /^CREATE INDEX (\w+) ON/) {
                indexes.insert(String(match.1))
            }
            if let match = trimmed.firstMatch(of: /^ALTER TABLE (\w+) ADD COLUMN (\w+)/) {
                tables[String(match.1)]?.insert(String(match.2))
            }
        }
    }
}
