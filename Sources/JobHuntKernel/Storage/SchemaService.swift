// `jobhunt migrate`: reporting and moving the schema version, in the core's
// own value types so the CLI never touches the database layer.
import Foundation
internal import JobHuntDatabase

/// One migration as the CLI shows it.
public struct SchemaStep: Sendable, Equatable, Codable {
    /// `001_initial_schema`, as stored in `schema_migrations.version`.
    public var version: String
    public var number: Int
    public var name: String
    /// When it was applied; nil while pending.
    public var appliedAt: Date?

    enum CodingKeys: String, CodingKey {
        case version, number, name
        case appliedAt = "applied_at"
    }
}

/// Where a database stands against this binary's migrations.
public struct SchemaReport: Sendable, Equatable {
    public var engine: String
    public var location: String
    public var steps: [SchemaStep]
    /// Versions in the database this binary does not know (a newer jobhunt migrated it).
    public var unknownVersions: [String]

    public var pendingCount: Int { steps.filter { $0.appliedAt == nil }.count }
}

/// Applies, reverts and reports migrations on the configured database.
public struct SchemaService {
    private let store: DataStore

    public init(store: DataStore) { self.store = store }

    public func report() throws -> SchemaReport {
        let db = try store.unmigratedDatabase()
        let status = try Schema.migrator(for: db.dialect).status(db)
        return SchemaReport(
            engine: db.dialect.rawValue, location: db.location.description,
            steps: status.steps.map { Self.step($0.migration, appliedAt: $0.appliedAt) },
            unknownVersions: status.unknownVersions)
    }

    /// Applies pending migrations (up to `target` when given); returns what was applied.
    public func up(to target: Int? = nil) throws -> [SchemaStep] {
        let db = try store.unmigratedDatabase()
        return try Schema.migrator(for: db.dialect).up(db, to: target).map { Self.step($0, appliedAt: nil) }
    }

    /// Reverts the newest `steps` migrations; returns what was reverted, newest first.
    public func down(steps: Int) throws -> [SchemaStep] {
        let db = try store.unmigratedDatabase()
        return try Schema.migrator(for: db.dialect).down(db, steps: steps).map { Self.step($0, appliedAt: nil) }
    }

    /// Reverts and re-applies the newest migration.
    public func redo() throws -> SchemaStep? {
        let db = try store.unmigratedDatabase()
        return try Schema.migrator(for: db.dialect).redo(db).map { Self.step($0, appliedAt: nil) }
    }

    private static func step(_ migration: Migration, appliedAt: Date?) -> SchemaStep {
        SchemaStep(version: migration.version, number: migration.number, name: migration.name, appliedAt: appliedAt)
    }
}
