// Two people on one shared PostgreSQL database: through the built binary, user B
// can neither see, edit, toggle nor remove user A's saved searches.
import Foundation
import JobHuntTesting
import Testing

@Suite("saved search isolation, end to end")
struct DiscoverIsolationEndToEndTests {
    @Test("Grace cannot see, edit, disable or remove Ada's saved search")
    func searches() throws {
        let database = try ProfileEndToEnd.SharedDatabase()
        let ada = try database.login("ada@example.com")
        let grace = try database.login("grace@example.com")
        func run(_ arguments: [String], as user: [String: String]) throws -> CommandResult {
            try CommandRunner.run(["discover", "search"] + arguments, environment: user)
        }

        let added = try run(["add", "swift", "--title", "iOS Engineer", "--source", "greenhouage:x"], as: ada)
        #expect(added.status == 1, "a misspelt kind is refused: \(added.stderr)")
        #expect(
            try run(["add", "swift", "--title", "iOS Engineer", "--source", "greenhouse:stripe", "-q"], as: ada).status
                == 0)

        #expect(try ProfileEndToEnd.objects(try run(["list", "--json"], as: grace)).isEmpty)
        for command in [
            ["show", "swift"], ["edit", "swift", "--title", "COBOL"], ["disable", "swift"], ["remove", "swift"],
        ] {
            let result = try run(command, as: grace)
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.contains("you have no saved search named 'swift'"), "\(command): \(result.stderr)")
        }

        let graces = try run(["add", "SWIFT", "--title", "COBOL", "-q"], as: grace)
        #expect(graces.status == 0, "the same name is free for another person: \(graces.stderr)")
        let adas = try ProfileEndToEnd.objects(try run(["list", "--json"], as: ada))
        #expect(adas.count == 1)
        #expect(adas.first?["target_titles"] as? [String] == ["iOS Engineer"])
        #expect(adas.first?["sources"] as? [String] == ["greenhouse:stripe"])
        #expect(adas.first?["is_active"] as? Bool == true)
        #expect(try run(["remove", "swift", "-q"], as: grace).status == 0)
        #expect(try ProfileEndToEnd.objects(try run(["list", "--json"], as: ada)).count == 1, "Grace removed her own")
    }
}
