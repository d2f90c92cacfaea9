// With Redis configured but unreachable, commands keep working from the
// database and say so once per process, not once per cache call.
import Foundation
import JobHuntTesting
import Testing

@Suite("cache fallback, end to end")
struct CacheFallbackEndToEndTests {
    @Test("an unreachable Redis gives one warning and the same results as no cache")
    func unreachableRedis() throws {
        let home = try TemporaryDirectory()
        let plain = ["HOME": home.path]
        #expect(
            try CommandRunner.run(["profile", "set", "--title", "Staff Engineer", "--years", "9"], environment: plain)
                .status == 0)
        let expected = try CommandRunner.run(["profile", "show", "--json"], environment: plain)

        let broken = plain.merging(["JOBHUNT_REDIS_URL": "redis://127.0.0.1:1/0"]) { $1 }
        let set = try CommandRunner.run(["profile", "set", "--city", "Lisbon"], environment: broken)
        #expect(set.status == 0, "\(set.stderr)")
        let show = try CommandRunner.run(["profile", "show", "--json"], environment: broken)
        #expect(show.status == 0)
        let warnings = show.stderr.components(separatedBy: "\n").filter { $0.contains("warning") }
        #expect(warnings.count == 1, "\(show.stderr)")
        #expect(warnings.first?.contains("Redis") == true)
        let profile = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(profile["location_city"] as? String == "Lisbon")
        #expect(profile["current_title"] as? String == "Staff Engineer")
        #expect(!expected.stdout.isEmpty)
    }
}
