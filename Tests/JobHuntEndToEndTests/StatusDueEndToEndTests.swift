// `jobhunt status` (the overview) and `status due` through the built binary:
// counts per status, what needs action, and silence when nothing does.
import Foundation
import JobHuntTesting
import Testing

@Suite("status overview and due, end to end")
struct StatusDueEndToEndTests {
    @Test(
        "due prints nothing and exits 0 until something is due, then one line per thing", arguments: TestEngine.allCases
    )
    func due(engine: TestEngine) throws {
        let e2e = try StatusEndToEnd(engine)
        // The first command on an embedded database may note the local user it made.
        _ = try e2e.run(["status", "due"])
        let empty = try e2e.run(["status", "due"])
        #expect(empty.status == 0)
        #expect(empty.stdout.isEmpty && empty.stderr.isEmpty, "\(empty.stderr)")
        let json = try e2e.run(["status", "due", "--json"])
        #expect(json.status == 0 && json.stdout.isEmpty, "nothing, not [], so `mail -E` sends nothing")
        let none = try e2e.run(["status"])
        #expect(none.status == 0 && none.stdout.isEmpty)
        #expect(none.stderr.contains("no applications yet"))

        // Not due: a follow-up tomorrow, an interview in 9 days, a closed application.
        let later = try e2e.object(
            [
                "status", "add", "--company", "Later", "--title", "Engineer", "--status", "submitted", "--follow-up",
                "2026-12-07",
            ])
        let far = try e2e.object(["status", "add", "--company", "Far", "--title", "Engineer", "--status", "submitted"])
        _ = try e2e.object(
            ["status", "set", try handle(far), "interviewed", "--interview", "2026-12-15T10:00Z"])
        let closed = try e2e.object(
            [
                "status", "add", "--company", "Closed", "--title", "Engineer", "--status", "submitted", "--follow-up",
                "2026-12-01",
            ])
        _ = try e2e.object(["status", "set", try handle(closed), "rejected", "--reason", "filled"])
        let quiet = try e2e.run(["status", "due"])
        #expect(quiet.status == 0 && quiet.stdout.isEmpty, "\(quiet.stdout)")

        let overdue = try e2e.object(
            [
                "status", "add", "--company", "Acme", "--title", "Staff Engineer", "--status", "submitted",
                "--follow-up", "2026-12-02",
            ])
        let soon = try e2e.object(["status", "add", "--company", "Initech", "--title", "Lead", "--status", "submitted"])
        _ = try e2e.object(["status", "set", try handle(soon), "interviewed", "--interview", "2026-12-08T15:00Z"])

        let lines = try e2e.run(["status", "due"])
        #expect(lines.status == 0)
        #expect(
            lines.stdout == """
                ID        DUE        WHEN                  APPLICATION
                \(try handle(soon))  interview  2026-12-08 15:00 UTC  Lead at Initech (interviewed)
                \(try handle(overdue))  follow up  2026-12-02            Staff Engineer at Acme (submitted)

                """)
        let due = try e2e.objects(["status", "due"])
        #expect(due.map { $0["company_name"] as? String } == ["Initech", "Acme"])
        #expect(due[0]["due_interviews"] as? [String] == ["2026-12-08T15:00:00Z"])
        #expect(due[1]["due_follow_up"] as? String == "2026-12-02")
        #expect(Set(due[0].keys) == StatusEndToEnd.applicationColumns.union(["due_follow_up", "due_interviews"]))

        let overview = try e2e.object(["status"])
        #expect(
            overview["counts"] as? [String: Int] == [
                "pending": 0, "submitted": 2, "reviewing": 0, "interviewed": 2, "rejected": 1, "offered": 0,
                "withdrawn": 0,
            ])
        #expect(overview["total"] as? Int == 5)
        #expect((overview["actions"] as? [[String: Any]])?.count == 2)
        let text = try e2e.run(["status"])
        #expect(text.stdout.contains("submitted        2\n"))
        #expect(text.stdout.contains("total            5\n"))
        #expect(text.stdout.contains("needs action:\n"))
        #expect(text.stdout.contains("follow up  2026-12-02"))
        #expect(!text.stdout.contains(try handle(later)), "a follow-up tomorrow is not due")

        let cron = try CommandRunner.runShell(
            "\"$JOBHUNT\" -q status due | wc -l", environment: e2e.environment)
        #expect(cron.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "3", "header and two lines in a pipe")
    }

    private func handle(_ object: [String: Any]) throws -> String {
        String(try #require(object["id"] as? String).suffix(8))
    }
}
