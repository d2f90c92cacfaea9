// `jobhunt status` with Redis configured: the same answers with a live cache
// and with a dead one, which costs one warning line.
import Foundation
import JobHuntTesting
import Testing

@Suite("status with a cache, end to end")
struct StatusCacheEndToEndTests {
    @Test("counts follow every change through a live Redis; a dead one warns once and still answers")
    func cache() throws {
        let e2e = try StatusEndToEnd(.postgres)
        var live = e2e.environment
        live["JOBHUNT_REDIS_URL"] = TestServices.redisURL
        let added = try e2e.object(["status", "add", "--company", "Acme", "--title", "Engineer"], as: live)
        let handle = String(try #require(added["id"] as? String).suffix(8))
        #expect((try e2e.object(["status"], as: live)["counts"] as? [String: Int])?["pending"] == 1)
        _ = try e2e.object(["status", "set", handle, "submitted"], as: live)
        let counts = try e2e.object(["status"], as: live)["counts"] as? [String: Int]
        #expect(counts?["pending"] == 0 && counts?["submitted"] == 1, "the change dropped the cached counts")

        var dead = e2e.environment
        dead["JOBHUNT_REDIS_URL"] = "redis://127.0.0.1:1/0"
        let result = try e2e.run(["status", "--json"], as: dead)
        #expect(result.status == 0)
        let warnings = result.stderr.split(separator: "\n").filter { $0.contains("warning") }
        #expect(warnings.count == 1 && warnings[0].contains("Redis"), "\(result.stderr)")
        let overview = try ProfileEndToEnd.object(result)
        #expect((overview["counts"] as? [String: Int])?["submitted"] == 1)
    }
}
