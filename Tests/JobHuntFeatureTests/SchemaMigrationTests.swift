// The whole seed schema, migrated on both engines: every table and column,
// every named constraint rejecting a violating row, and up → down → up
// leaving the same catalog.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Schema migrations")
struct SchemaMigrationTests {
    static func migrated(_ engine: TestEngine) throws -> (ScratchDatabase, Database) {
        let scratch = try ScratchDatabase(engine)
        let db = try scratch.open()
        try Schema.migrator(for: db.dialect).up(db)
        return (scratch, db)
    }

    @Test("both dialects have the same numbered steps")
    func dialectsAgree() throws {
        let postgres = try Schema.migrations(for: .postgres).map(\.version)
        let sqlite = try Schema.migrations(for: .sqlite).map(\.version)
        #expect(postgres == sqlite)
        #expect(postgres.prefix(3) == ["001_initial_schema", "002_add_vector_search", "003_add_analytics_tables"])
    }

    @Test("every seed table has every seed column", arguments: TestEngine.allCases)
    func seedTablesAndColumns(engine: TestEngine) throws {
        let seed = SeedSchema(try SeedSchemaFile.text())
        #expect(seed.tables.count == 15, "the seed declares 15 tables")
        let (scratch, db) = try Self.migrated(engine)
        _ = scratch
        for (table, columns) in seed.tables.sorted(by: { $0.key < $1.key }) {
            let present = try SchemaCatalog.columns(of: table, in: db)
            #expect(!present.isEmpty, "table \(table) is missing")
            #expect(columns.subtracting(present).isEmpty, "\(table) lacks \(columns.subtracting(present).sorted())")
        }
        for extra in ["automation_tasks_archive"] {
            #expect(!(try SchemaCatalog.columns(of: extra, in: db)).isEmpty, "table \(extra) is missing")
        }
    }

    @Test("every seed index exists under its seed name", arguments: TestEngine.allCases)
    func seedIndexes(engine: TestEngine) throws {
        let seed = SeedSchema(try SeedSchemaFile.text())
        let (scratch, db) = try Self.migrated(engine)
        _ = scratch
        // The seed builds the same cosine index twice under two names; DESIGN.md
        // replaces both with one HNSW index (see migrations/README.md).
        let merged: Set<String> = ["idx_job_embeddings_cosine"]
        // SQLite has no vector index type; search is done in process.
        let engineless: Set<String> = engine == .sqlite ? ["idx_job_postings_embedding"] : []
        // SQLite cannot index an expression for text search: the seed's two GIN
        // indexes are the FTS5 tables job_postings_fts and companies_fts there.
        let fullText: Set<String> = engine == .sqlite ? ["idx_job_postings_fts", "idx_companies_fts"] : []
        if engine == .sqlite {
            #expect(!(try SchemaCatalog.columns(of: "job_postings_fts", in: db)).isEmpty)
            #expect(!(try SchemaCatalog.columns(of: "companies_fts", in: db)).isEmpty)
        }
        // Migration 031 drops two seed indexes another index already covers
        // (idx_job_postings_created_at, and the leading column of
        // idx_jobs_location_experience): each cost every ingest a B-tree write.
        let redundant: Set<String> = ["idx_active_job_postings", "idx_job_postings_location"]
        let missing = seed.indexes.subtracting(try SchemaCatalog.indexes(in: db)).subtracting(merged)
            .subtracting(engineless).subtracting(fullText).subtracting(redundant)
        #expect(missing.isEmpty, "missing indexes: \(missing.sorted())")
        #expect(seed.indexes.count >= 30)
    }

    @Test("up, down to nothing, and up again leaves the same catalog", arguments: TestEngine.allCases)
    func upDownUp(engine: TestEngine) throws {
        let (scratch, db) = try Self.migrated(engine)
        _ = scratch
        let migrator = try Schema.migrator(for: db.dialect)
        let first = try SchemaCatalog.snapshot(db)
        let reverted = try migrator.down(db, steps: migrator.migrations.count)
        #expect(reverted.count == migrator.migrations.count)
        let empty = try SchemaCatalog.snapshot(db).filter {
            !$0.contains("schema_migrations") && !$0.hasPrefix("extension plpgsql")
        }
        #expect(empty.filter { !$0.hasPrefix("extension vector") }.isEmpty, "left behind: \(empty)")
        try migrator.up(db)
        let second = try SchemaCatalog.snapshot(db)
        #expect(first == second, "catalog differs: \(Set(first).symmetricDifference(second).sorted())")
    }

    @Test("the embedded SQLite default migrates itself on first use")
    func sqliteAutoMigrates() throws {
        let directory = try TemporaryDirectory()
        let store = DataStore(databaseURL: "sqlite:" + directory.file("data/jobhunt.sqlite3").path)
        let report = try SchemaService(store: store).report()
        #expect(report.pendingCount == report.steps.count)
        _ = try store.database()
        #expect(try SchemaService(store: DataStore(databaseURL: store.databaseURL)).report().pendingCount == 0)
    }

    @Test("a PostgreSQL database behind the binary is refused with the command that fixes it")
    func postgresRequiresMigrate() throws {
        let scratch = try ScratchDatabase(.postgres)
        #expect {
            _ = try DataStore(databaseURL: scratch.url).database()
        } throws: { error in
            (error as? DatabaseError)?.code == .migration
                && (error as? DatabaseError)?.remedy == "run \(.migrateUp)"
        }
        let service = SchemaService(store: DataStore(databaseURL: scratch.url))
        #expect(try service.up().count == (try Schema.migrations(for: .postgres)).count)
        _ = try DataStore(databaseURL: scratch.url).database()
    }
}
