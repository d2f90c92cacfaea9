// `jobhunt migrate`: reporting and moving the schema version, in the core's
// own value types so the CLI never touches the database layer.
import Foundation
internal import JobHuntDatabase

/// One migration as the CLI shows it.
package struct SchemaStep: Sendable, Equatable, Codable {
    /// `001_initial_schema`, as stored in `schema_migrations.version`.
    package var version: String
    package var number: Int
    package var name: String
    /// When it was applied; nil while pending.
    package var appliedAt: Date?

    enum CodingKeys: String, CodingKey {
        case version, number, name
        case appliedAt = "applied_at"
    }
}

/// Where a database stands against this binary's migrations.
package struct SchemaReport: Sendable, Equatable {
    package var engine: String
    package var location: String
    package var steps: [SchemaStep]
    /// Versions in the database this binary does not know (a newer jobhunt migrated it).
    package var unknownVersions: [String]

    package var pendingCount: Int { steps.filter { $0.appliedAt == nil }.count }
}

/// Applies, reverts and reports migrations on the configured database.
package struct SchemaService {
    private let store: DataStore

    package init(store: DataStore) { self.store = store }

    package func report() throws -> SchemaReport {
        let db = try store.unmigratedDatabase()
        let status = try Schema.migrator(for: db.dialect).status(db)
        return SchemaReport(
            engine: db.dialect.rawValue, location: db.location.description,
            steps: status.steps.map { Self.step($0.migration, appliedAt: $0.appliedAt) },
            unknownVersions: status.unknownVersions)
    }

    /// Applies pending migrations (up to `target` when given); returns what was applied.
    package func up(to target: Int? = nil) throws -> [SchemaStep] {
        let db = try store.unmigratedDatabase()
        return try Schema.migrator(for: db.dialect).up(db, to: target).map { Self.step($0, appliedAt: nil) }
    }

    /// Reverts the newest `steps` migrations; returns what was reverted, newest first.
    package func down(steps: Int) throws -> [SchemaStep] {
        let db = try store.unmigratedDatabase()
        return try Schema.migrator(for: db.dialect).down(db, steps: steps).map { Self.step($0, appliedAt: nil) }
    }

    /// Reverts and re-applies the newest migration.
    package func redo() throws -> SchemaStep? {
        let db = try store.unmigratedDatabase()
        return try Schema.migrator(for: db.dialect).redo(db).map { Self.step($0, appliedAt: nil) }
    }

    private static func step(_ migration: Migration, appliedAt: Date?) -> SchemaStep {
        SchemaStep(version: migration.version, number: migration.number, name: migration.name, appliedAt: appliedAt)
    }
}
