// The data `scripts/bench status` times: its seed scripts fill 10,000
// applications × 5 history rows on each engine, and every status command
// reads them correctly. The timing itself is the bench's job, in release mode.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@Suite("status at 10k applications, end to end")
struct StatusScaleEndToEndTests {
    /// scripts/lib/bench/status-seed.<engine>.sql with the user's id filled in
    /// where the script takes it from sqlite3 or psql.
    static func seed(_ engine: TestEngine, user: String) throws -> String {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/lib/bench/status-seed.\(engine).sql")
        return try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: ":'user'", with: "'\(user)'")
            .replacingOccurrences(of: ":user", with: "'\(user)'")
    }

    @Test("the bench's seed gives 10,000 applications with 5 history rows each", arguments: TestEngine.allCases)
    func seeded(engine: TestEngine) throws {
        let e2e = try StatusEndToEnd(engine)
        let whoami = try ProfileEndToEnd.object(try e2e.run(["whoami", "--json"]))
        let user = try #require(whoami["id"] as? String)
        let db = try e2e.scratch.open()
        defer { db.close() }
        try db.executeScript(try Self.seed(engine, user: user))

        let list = try e2e.objects(["status", "list"])
        #expect(list.count == 10_000)
        #expect(Set(list[0].keys) == StatusEndToEnd.applicationColumns)
        let created = list.compactMap { $0["created_at"] as? String }
        #expect(created == created.sorted(by: >), "newest first")
        let overview = try e2e.object(["status"])
        #expect(overview["total"] as? Int == 10_000)
        #expect((overview["counts"] as? [String: Int])?.values.allSatisfy { $0 >= 1428 } == true)
        let handle = String(try #require(list[0]["id"] as? String).suffix(8))
        #expect(try e2e.objects(["status", "history", handle]).count == 5)
        #expect(try e2e.objects(["status", "list", "--status", "offered", "--company", "company 42"]).count > 0)
    }
}
