// `jobhunt user forget`: the right to erasure (GDPR Art. 17). Every row the
// person owns goes, in one transaction; their files and cache keys go too;
// only their analytics stay, under an anonymous id nobody can trace back.
import Foundation
internal import JobHuntDatabase
internal import JobHuntIO
import JobHuntKernel

/// What forgetting removed, or would remove.
package struct ForgetReport: Sendable, Equatable, Codable {
    package struct TableCount: Sendable, Equatable, Codable {
        package var table: String
        package var action: ForgetAction
        package var rows: Int
    }

    package var tables: [TableCount]
    /// Stored files deleted (under `users/<id>/` and any a row of theirs named).
    package var objects: Int
    /// Redis keys deleted (0 without Redis).
    package var cacheKeys: Int
    package var dryRun: Bool

    enum CodingKeys: String, CodingKey {
        case tables, objects
        case cacheKeys = "cache_keys"
        case dryRun = "dry_run"
    }
}

/// Forgets one person.
package struct ForgetService {
    let services: Services

    package init(services: Services) { self.services = services }

    /// Forgets `target` on behalf of `actor` (the person or an administrator).
    ///
    /// Order, so that re-running after any failure finishes the job: files first
    /// (the account still exists to find them by), then every table in one
    /// transaction, then the cache. A crash between files and rows leaves the
    /// account with fewer files, and the next run removes the rest.
    @discardableResult
    package func forget(_ target: UserAccount, actor: ActingUser?, dryRun: Bool = false) throws -> ForgetReport {
        try PrivacyAccess(services: services).authorize(actor, toHandle: target, "forget this account")
        let db = try services.store.database()
        let catalog = try SchemaCatalog.read(db)
        let store = try services.objectStore()
        let keys = try Self.objectKeys(of: target.id, db: db, catalog: catalog, store: store)
        let tables = UserOwnedTables.all.filter { catalog.has($0.name) }
        guard !dryRun else {
            let counts = try tables.map { table in
                ForgetReport.TableCount(
                    table: table.name, action: table.action,
                    rows: try db.scalar(
                        """
                        SELECT COUNT(*) FROM \(sql: .trusted(table.name))
                        WHERE \(sql: UserOwnedTables.ownerCondition(table, user: target.id))
                        """, as: Int.self) ?? 0)
            }
            return ForgetReport(tables: counts, objects: keys.count, cacheKeys: 0, dryRun: true)
        }
        for key in keys { try store.delete(key: key) }
        let anonymousID = UUID()  // random, drawn once: the same for all their rows, derived from nothing
        // The counts are what each statement changed, inside the one transaction.
        let counts = try db.writeTransaction { db in
            try tables.map { table in
                let condition = UserOwnedTables.ownerCondition(table, user: target.id)
                let name = SQL.trusted(table.name)
                let rows: Int
                switch table.action {
                case .delete:
                    rows = try db.execute("DELETE FROM \(sql: name) WHERE \(sql: condition)")
                case .anonymise:
                    rows = try db.execute(
                        "UPDATE \(sql: name) SET user_id = NULL, anonymous_id = \(anonymousID) WHERE \(sql: condition)")
                }
                return ForgetReport.TableCount(table: table.name, action: table.action, rows: rows)
            }
        }
        let cacheKeys = try Self.dropCache(of: target.id, cache: try services.cache())
        return ForgetReport(tables: counts, objects: keys.count, cacheKeys: cacheKeys, dryRun: false)
    }

    /// Every object of the person: their `users/<id>/` prefix, and any object a
    /// file-reference column of their rows names in this store.
    static func objectKeys(of userID: UUID, db: Database, catalog: SchemaCatalog, store: any ObjectStore) throws
        -> [String]
    {
        var keys = Set(try store.allKeys(prefix: ObjectKey.userPrefix(userID)))
        for location in try referencedLocations(of: userID, db: db, catalog: catalog) {
            guard let parsed = try? ObjectLocation(parsing: location) else { continue }
            if let key = key(of: parsed, in: store) { keys.insert(key) }
        }
        return keys.sorted()
    }

    /// The stored-file locations the person's rows name.
    static func referencedLocations(of userID: UUID, db: Database, catalog: SchemaCatalog) throws -> [String] {
        var locations: [String] = []
        for reference in UserOwnedTables.fileReferences {
            guard let table = UserOwnedTables.table(reference.table),
                catalog.columns(of: reference.table).contains(reference.column)
            else { continue }
            let column = SQL.trusted(reference.column)
            let rows = try db.query(
                """
                SELECT \(sql: column) AS location FROM \(sql: .trusted(table.name))
                WHERE \(sql: UserOwnedTables.ownerCondition(table, user: userID)) AND \(sql: column) IS NOT NULL
                """)
            locations += try rows.compactMap { try $0.optional("location", as: String.self) }
        }
        return locations
    }

    /// The key of `location` when it is in `store` (same bucket, or under the local root).
    static func key(of location: ObjectLocation, in store: any ObjectStore) -> String? {
        switch location {
        case .s3(_, let key):
            return (try? store.location(of: key)) == location ? key : nil
        case .file(let path):
            // The local store's location of "x" ends in "/x": find the root from a probe key.
            guard case .file(let probe)? = try? store.location(of: "probe") else { return nil }
            let root = String(probe.dropLast("probe".count))
            guard path.hasPrefix(root) else { return nil }
            return String(path.dropFirst(root.count))
        }
    }

    /// Every cache key of the person: the seed's per-user keys: `user:profile:{id}`, `jobs:recommendations:{id}`,
    /// `applications:status:{id}`, `analytics:daily:{id}:*`.
    static func dropCache(of userID: UUID, cache: any Cache) throws -> Int {
        var removed = 0
        for key in [CacheKey.userProfile(userID), .jobRecommendations(userID), .applicationStatus(userID)]
        where cache.delete(key) {
            removed += 1
        }
        removed += cache.delete(matching: .dailyAnalytics(userID))
        // And any other key that names them (a feature's own key with the id in
        // it): a UUID holds no glob characters, so the pattern is literal.
        removed += cache.delete(matching: CachePattern(glob: "*\(userID.uuidString.lowercased())*"))
        return removed
    }
}
