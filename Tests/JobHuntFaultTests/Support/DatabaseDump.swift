// Every row of every table as text, for "the same final state as an undisturbed
// run": the fault matrix dumps the database after a disturbed run plus its
// re-run and after a clean run, and compares. Ids and clocks differ between two
// runs by design, so the caller names the columns to mask.
import Foundation
import JobHuntDatabase
import JobHuntTesting

/// A database's contents: table name → its rows, each row `column=value|…`, sorted.
struct DatabaseDump: Equatable, Sendable {
    var tables: [String: [String]]

    /// Dumps every base table of `db` (either engine) except `schema_migrations`,
    /// with each column for which `mask(table, column)` is true shown as `*`.
    init(_ db: Database, mask: (String, String) -> Bool = { _, _ in false }) throws {
        let names: [String]
        switch db.dialect {
        case .sqlite:
            names = try db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                .map { try $0.get("name", as: String.self) }
        case .postgres:
            names = try db.query(
                """
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name
                """
            ).map { try $0.get("table_name", as: String.self) }
        }
        var tables: [String: [String]] = [:]
        for table in names where !table.hasPrefix("sqlite_") && table != "schema_migrations" {
            // A name read from the catalogue, not a value: identifiers cannot be bound.
            tables[table] = try db.query("SELECT * FROM \(sql: .trusted(table))").map { row in
                zip(row.columns, row.values).map { column, value in
                    "\(column)=\(mask(table, column) ? "*" : "\(value)")"
                }.joined(separator: "|")
            }.sorted()
        }
        self.tables = tables
    }

    /// The tables whose rows differ, each with the first row found on one side only.
    func differences(from other: DatabaseDump) -> [String] {
        Set(tables.keys).union(other.tables.keys).sorted().compactMap { table in
            let mine = tables[table] ?? []
            let theirs = other.tables[table] ?? []
            guard mine != theirs else { return nil }
            let onlyMine = mine.first { !theirs.contains($0) }
            let onlyTheirs = theirs.first { !mine.contains($0) }
            return
                "\(table): \(mine.count) rows vs \(theirs.count); only here: \(onlyMine ?? "-"); only there: \(onlyTheirs ?? "-")"
        }
    }

    /// The number of rows of `table` (0 when it is not there).
    func count(_ table: String) -> Int { tables[table]?.count ?? 0 }
}
