// Migration 008 on both engines: `user_profiles.summary` comes with the step
// and goes with its down, leaving a profile's other columns alone.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Profile summary migration")
struct ProfileMigrationTests {
    @Test("008 adds user_profiles.summary and its down removes it", arguments: TestEngine.allCases)
    func summaryColumn(engine: TestEngine) throws {
        let scratch = try ScratchDatabase(engine)
        let db = try scratch.open()
        let migrator = try Schema.migrator(for: db.dialect)
        try migrator.up(db)
        #expect(try SchemaCatalog.columns(of: "user_profiles", in: db).contains("summary"))

        let versions = try Schema.migrations(for: db.dialect).map(\.version)
        let index = try #require(versions.firstIndex(of: "008_add_profile_summary"))
        let reverted = try migrator.down(db, steps: versions.count - index)
        #expect(reverted.last?.version == "008_add_profile_summary")
        let columns = try SchemaCatalog.columns(of: "user_profiles", in: db)
        #expect(!columns.contains("summary"))
        #expect(columns.contains("phone_encrypted") && columns.contains("current_title"))

        try migrator.up(db)
        #expect(try SchemaCatalog.columns(of: "user_profiles", in: db).contains("summary"))
    }
}
