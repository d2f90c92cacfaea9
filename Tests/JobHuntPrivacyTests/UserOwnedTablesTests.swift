// The declared list of user-owned tables against the live schema: a table or a
// file column a migration adds without being declared fails here, so forget
// and export cannot silently miss it.
import Foundation
import JobHuntDatabase
import JobHuntPrivacy
import JobHuntTesting
import Testing

@Suite("User-owned tables")
struct UserOwnedTablesTests {
    @Test("every table of the live schema is declared user-owned or shared", arguments: TestEngine.allCases)
    func everyTableClassified(engine: TestEngine) throws {
        let fixture = try PrivacyFixture(engine)
        let catalog = try SchemaCatalog.read(try fixture.db())
        #expect(catalog.has("users") && catalog.has("user_analytics"), "the catalog reads the schema")
        let owned = Set(UserOwnedTables.all.map(\.name))
        for table in catalog.tables.keys.sorted() {
            #expect(
                owned.contains(table) || UserOwnedTables.shared.contains(table),
                "table \(table) is neither in UserOwnedTables.all nor .shared: say how forget and export reach it")
        }
        for table in owned { #expect(catalog.has(table), "declared table \(table) is in the schema") }
    }

    @Test(
        "a table with a user_id or application_id column is user-owned, reached through it",
        arguments: TestEngine.allCases)
    func ownerColumns(engine: TestEngine) throws {
        let fixture = try PrivacyFixture(engine)
        let catalog = try SchemaCatalog.read(try fixture.db())
        var checked = 0
        for (table, columns) in catalog.tables where columns.contains("user_id") || columns.contains("application_id") {
            checked += 1
            let declared = UserOwnedTables.table(table)
            #expect(
                declared != nil, "\(table) has a user_id or application_id column but is not in UserOwnedTables.all")
            if let declared, declared.reach == .applicationID { #expect(columns.contains("application_id")) }
            if let declared, declared.reach == .userID { #expect(columns.contains("user_id")) }
        }
        #expect(checked >= 11)
    }

    @Test(
        "every column that may name a stored file is a declared file reference or a web address",
        arguments: TestEngine.allCases)
    func fileColumns(engine: TestEngine) throws {
        let fixture = try PrivacyFixture(engine)
        let catalog = try SchemaCatalog.read(try fixture.db())
        let references = Set(UserOwnedTables.fileReferences.map { "\($0.table).\($0.column)" })
        for (table, columns) in catalog.tables {
            for column in columns
            where column.hasSuffix("_url") || column == "url" || column.hasSuffix("_path") || column.hasSuffix("_key")
                || column.hasSuffix("_location") || column.hasSuffix("_uri") || column.contains("file")
            {
                let name = "\(table).\(column)"
                if column.hasSuffix("_key")
                    && ["skill_key", "dedupe_key", "name_key", "source_key", "cache_key"].contains(column)
                {
                    continue
                }
                #expect(
                    references.contains(name) || UserOwnedTables.webAddresses.contains(name),
                    "\(name) may hold a stored file's location: add it to fileReferences (cleanup keeps what it names) or webAddresses"
                )
            }
        }
        for reference in references {
            let parts = reference.split(separator: ".").map(String.init)
            #expect(catalog.columns(of: parts[0]).contains(parts[1]), "\(reference) exists")
        }
    }

    @Test("the archive copies every column automation_tasks and its archive share", arguments: TestEngine.allCases)
    func archiveColumns(engine: TestEngine) throws {
        let fixture = try PrivacyFixture(engine)
        let catalog = try SchemaCatalog.read(try fixture.db())
        let live = catalog.columns(of: "automation_tasks")
        let archive = Set(catalog.columns(of: "automation_tasks_archive"))
        #expect(archive.isSuperset(of: live), "every live column has an archive column to go to")
        #expect(archive.contains("archived_at"))
    }
}
