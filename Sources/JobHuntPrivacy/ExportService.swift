// `jobhunt user export`: the right to data portability (GDPR Art. 20). Every
// row the person owns, their stored files, their profile as a JSON Resume, and
// a manifest with a SHA-256 per file, written to a folder or a zip.
import Foundation
internal import JobHuntDatabase
internal import JobHuntIO
import JobHuntKernel
internal import JobHuntProfiles

/// The table files' format.
package enum ExportFormat: String, Sendable, CaseIterable {
    case json, csv
}

/// What was written.
package struct ExportReport: Sendable, Equatable, Codable {
    package struct Entry: Sendable, Equatable, Codable {
        package var path: String
        package var bytes: Int
        package var sha256: String
    }

    /// The folder or zip written.
    package var destination: String
    package var files: [Entry]
    /// Rows per table.
    package var rows: [String: Int]
}

/// Collects and writes one person's export.
package struct ExportService {
    let services: Services

    package init(services: Services) { self.services = services }

    /// Exports `target` on behalf of `actor` (the person or an administrator) to
    /// `destination`: a folder (created 0700, refused when not empty) or, for a
    /// name ending in `.zip`, a zip archive (0600). Files inside are 0600.
    package func export(
        _ target: UserAccount, actor: ActingUser?, to destination: URL, format: ExportFormat
    ) throws -> ExportReport {
        try PrivacyAccess(services: services).authorize(actor, toHandle: target, "export this account")
        let entries = try collect(target, format: format)
        let written = try ExportWriter.write(entries, to: destination)
        var rows: [String: Int] = [:]
        for entry in entries { if let count = entry.rows { rows[entry.table ?? entry.path] = count } }
        return ExportReport(destination: destination.path, files: written, rows: rows)
    }

    /// One file of the export.
    struct Entry {
        var path: String
        var data: Data
        var table: String? = nil
        var rows: Int? = nil
    }

    func collect(_ target: UserAccount, format: ExportFormat) throws -> [Entry] {
        let db = try services.store.database()
        let catalog = try SchemaCatalog.read(db)
        var entries: [Entry] = []
        for table in UserOwnedTables.all where catalog.has(table.name) {
            let exported = try ExportRows.read(
                table, user: target.id, db: db, catalog: catalog, keyring: { try services.keyring() })
            let data = try format == .json ? Self.json(exported) : Self.csv(exported)
            entries.append(
                Entry(
                    path: "tables/\(table.name).\(format.rawValue)", data: data, table: table.name,
                    rows: exported.rows.count))
        }
        let acting = ActingUser(user: target, sessionID: nil)
        let resume = try ProfileTransferService(services: services).export(for: acting).rendered(as: .jsonResume)
        entries.append(Entry(path: "resume.json", data: resume))
        let store = try services.objectStore()
        for key in try ForgetService.objectKeys(of: target.id, db: db, catalog: catalog, store: store) {
            let prefix = ObjectKey.userPrefix(target.id)
            let name = key.hasPrefix(prefix) ? String(key.dropFirst(prefix.count)) : "other/" + key
            entries.append(Entry(path: "files/" + name, data: try store.get(key: key).data))
        }
        return entries
    }

    static func json(_ table: ExportedTable) throws -> Data {
        let objects = table.rows.map { row in
            Dictionary(uniqueKeysWithValues: zip(table.columns, row))
        }
        var data = try JSONSerialization.data(
            withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }

    /// RFC 4180: a header line, fields quoted when they hold a comma, quote or
    /// line break; arrays and objects as JSON text; NULL as an empty field.
    static func csv(_ table: ExportedTable) throws -> Data {
        func field(_ value: Any) throws -> String {
            let text: String
            switch value {
            case is NSNull: text = ""
            case let string as String: text = string
            // On Linux an NSNumber 1 also casts to Bool: only a real Bool is one.
            case let flag as Bool where type(of: value) == Bool.self: text = flag ? "true" : "false"
            case let number as NSNumber: text = number.stringValue
            default:
                text = String(
                    decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
            }
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var lines = [try table.columns.map(field).joined(separator: ",")]
        for row in table.rows { lines.append(try row.map(field).joined(separator: ",")) }
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }
}
