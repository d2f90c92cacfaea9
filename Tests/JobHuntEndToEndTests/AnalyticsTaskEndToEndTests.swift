// The nightly rollup as the worker runs it: an `analytics_rollup` task fills
// the seeded user's finished days, and a second one finds nothing to do.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@Suite("End to end: analytics rollup on the worker")
struct AnalyticsTaskEndToEndTests {
    @Test("analytics_rollup fills the missing days once", arguments: TestEngine.allCases)
    func rollupTask(engine: TestEngine) throws {
        let session = try AnalyticsEndToEndTests.seeded(engine)
        let refused = try session.run(["tasks", "add", "analytics_rollup", "since=2026-01-01"])
        #expect(refused.status == 2, "takes no configuration: \(refused.stderr)")

        for expectedDays in [11, 0] {
            let queued = try session.run(["tasks", "add", "analytics_rollup"])
            #expect(queued.status == 0, "\(queued.stderr)")
            let task = queued.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let worker = try session.run(["worker", "--once"])
            #expect(worker.status == 0, "\(worker.stderr)")
            let shown = try session.object(["tasks", "show", task])
            #expect(shown["status"] as? String == "completed", "\(shown)")
            #expect(try ApplyTaskEndToEndTests.result(shown)["days"] as? Int == expectedDays, "\(shown)")
        }
        let db = try session.scratch.open()
        defer { db.close() }
        let me = try #require(try session.object(["whoami"])["id"] as? String)
        let rows = try db.scalar(
            "SELECT COUNT(*) FROM user_analytics WHERE user_id = \(try #require(UUID(uuidString: me)))", as: Int.self)
        #expect(rows == 11, "2026-11-25 through 2026-12-05, one row a day")
    }
}
