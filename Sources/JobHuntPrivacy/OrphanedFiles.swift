// The file step of `cleanup`: stored objects no row points at any more (a
// generated document whose row went with its application, a resume replaced,
// everything of a user deleted outside `forget`).
import Foundation
internal import JobHuntDatabase
internal import JobHuntIO
import JobHuntKernel

/// Finds and deletes orphaned objects under `policy.filesPrefix`.
///
/// An object is orphaned when its key is `users/<id>/…` of an id that has no
/// account, or when none of the file-reference columns
/// (``UserOwnedTables/fileReferences``) holds its location and it is not in the
/// folder of a row that exists (``UserOwnedTables/folderReferences``); and only once it is
/// older than `policy.files`, so a file written just before its row is
/// committed is never taken. Listing goes page by page, so memory stays
/// bounded however large the bucket.
struct OrphanedFiles {
    let services: Services
    let policy: RetentionPolicy

    func run(_ db: Database, now: Date, dryRun: Bool, listIDs: Bool) throws -> CleanupStep {
        let cutoff = policy.files.cutoff(before: now)
        var step = CleanupStep(
            table: "objects", action: "delete", olderThan: policy.files, cutoff: cutoff, count: 0, batches: 0,
            ids: listIDs ? [] : nil)
        let store = try services.objectStore()
        let catalog = try SchemaCatalog.read(db)
        var token: String?
        repeat {
            let page = try store.list(prefix: policy.filesPrefix, continuation: token, limit: policy.batchSize)
            token = page.continuation
            let orphans = try unreferenced(page.keys, store: store, db: db, catalog: catalog).filter { key in
                guard let info = try? store.head(key: key) else { return false }
                return (info.lastModified ?? now) <= cutoff
            }
            if orphans.isEmpty { continue }
            if !dryRun {
                for key in orphans { try store.delete(key: key) }
                step.batches += 1
            }
            step.count += orphans.count
            if listIDs { step.ids?.append(contentsOf: orphans) }
        } while token != nil
        return step
    }

    /// The keys of `keys` whose user is gone or that no reference column names.
    func unreferenced(_ keys: [String], store: any ObjectStore, db: Database, catalog: SchemaCatalog) throws
        -> [String]
    {
        guard !keys.isEmpty else { return [] }
        let owners = Dictionary(uniqueKeysWithValues: keys.map { ($0, Self.owner(of: $0)) })
        let ids = Set(owners.values.compactMap { $0 })
        let existing = Set(
            try db.query("SELECT id FROM users WHERE id IN \(list: Array(ids))").map {
                try $0.get("id", as: UUID.self)
            })
        var locations: [String: String] = [:]
        for key in keys { locations[key] = try store.location(of: key).description }
        var referenced = Set<String>()
        for reference in UserOwnedTables.fileReferences
        where catalog.columns(of: reference.table).contains(reference.column) {
            let column = SQL.trusted(reference.column)
            let rows = try db.query(
                """
                SELECT \(sql: column) AS location FROM \(sql: .trusted(reference.table))
                WHERE \(sql: column) IN \(list: Array(locations.values))
                """)
            for row in rows { if let text = try row.optional("location", as: String.self) { referenced.insert(text) } }
        }
        let rowOwned = try rowOwnedKeys(keys, db: db)
        return keys.filter { key in
            if let owner = owners[key] ?? nil, !existing.contains(owner) { return true }
            return !referenced.contains(locations[key] ?? "") && !rowOwned.contains(key)
        }
    }

    /// The keys under a ``UserOwnedTables/folderReferences`` folder whose row still exists.
    func rowOwnedKeys(_ keys: [String], db: Database) throws -> Set<String> {
        var owned = Set<String>()
        for reference in UserOwnedTables.folderReferences {
            var rows: [String: UUID] = [:]
            for key in keys {
                let parts = key.split(separator: "/", maxSplits: 4)
                guard parts.count == 5, parts[0] == "users", parts[2] == reference.folder,
                    let id = UUID(uuidString: String(parts[3]))
                else { continue }
                rows[key] = id
            }
            guard !rows.isEmpty else { continue }
            let present = Set(
                try db.query(
                    "SELECT id FROM \(sql: .trusted(reference.table)) WHERE id IN \(list: Array(Set(rows.values)))"
                ).map { try $0.get("id", as: UUID.self) })
            owned.formUnion(rows.filter { present.contains($0.value) }.keys)
        }
        return owned
    }

    /// The account a `users/<uuid>/…` key belongs to.
    static func owner(of key: String) -> UUID? {
        let parts = key.split(separator: "/", maxSplits: 2)
        guard parts.count >= 2, parts[0] == "users" else { return nil }
        return UUID(uuidString: String(parts[1]))
    }
}
