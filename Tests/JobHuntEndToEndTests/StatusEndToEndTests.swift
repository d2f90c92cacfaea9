// `jobhunt status` through the built binary on SQLite and PostgreSQL: the
// pipeline from add to offer, the JSON it prints, and bad input refused with
// one line, the right exit status and nothing changed.
import Foundation
import JobHuntTesting
import Testing

@Suite("status, end to end")
struct StatusEndToEndTests {
    @Test("add from a posting, move it along, read its history, list and show it", arguments: TestEngine.allCases)
    func pipeline(engine: TestEngine) throws {
        let e2e = try StatusEndToEnd(engine)
        let posting = try e2e.posting("Staff Engineer", company: "Initech", externalID: "4012345")
        let added = try e2e.object(
            [
                "status", "add", "greenhouse:4012345", "--status", "submitted", "--date", "2026-12-01T09:30Z",
                "--method", "referral", "--follow-up", "2026-12-08", "--note", "via Dana",
            ])
        #expect(Set(added.keys) == StatusEndToEnd.detailKeys)
        #expect(added["job_posting_id"] as? String == posting.uuidString.lowercased())
        #expect(added["company_name"] as? String == "Initech")
        #expect(added["job_title"] as? String == "Staff Engineer")
        #expect(added["job_url"] as? String == "https://boards.example/4012345")
        #expect(added["status"] as? String == "submitted")
        #expect(added["submitted_at"] as? String == "2026-12-01T09:30:00Z")
        #expect(added["follow_up_date"] as? String == "2026-12-08")
        #expect(added["application_method"] as? String == "referral")
        let id = try #require(added["id"] as? String)
        let handle = String(id.suffix(8))

        let again = try e2e.run(["status", "add", String(posting.uuidString.prefix(8))])
        #expect(again.status == 1)
        #expect(again.errorLine.hasPrefix("jobhunt: you already track an application for this posting: \(handle)"))

        let interviewed = try e2e.object(
            ["status", "set", handle, "interviewed", "--interview", "2026-12-09T15:00Z", "--interview-note", "panel"])
        #expect(interviewed["interview_dates"] as? [String] == ["2026-12-09T15:00:00Z"])
        #expect(interviewed["due_interviews"] as? [String] == ["2026-12-09T15:00:00Z"])
        let offered = try e2e.object(
            ["status", "set", handle, "offered", "--offer-salary", "140000", "--offer", "equity=0.1%"])
        #expect(offered["offer_salary"] as? Int == 140_000)
        #expect(offered["offer_details"] as? [String: String] == ["equity": "0.1%"])
        let shown = try e2e.object(["status", "show", handle])
        #expect(Set(shown.keys) == Set(offered.keys), "add, set and show print one shape")
        #expect((shown["posting"] as? [String: Any])?["title"] as? String == "Staff Engineer")

        let history = try e2e.objects(["status", "history", handle])
        #expect(history.map { $0["status"] as? String } == ["submitted", "interviewed", "offered"])
        #expect(history.map { $0["changed_by"] as? String } == ["user", "user", "user"])
        #expect(Set(history[0].keys) == ["id", "application_id", "status", "notes", "changed_by", "created_at"])
        #expect(history[1]["notes"] as? String == "interview 2026-12-09 15:00 UTC: panel")

        let scratch = try e2e.object(
            ["status", "add", "--company", "Acme", "--title", "Engineer", "--note", "say \"hi\"\tto Zoë \\ / 💼\u{01}"])
        let list = try e2e.objects(["status", "list"])
        #expect(list.map { $0["id"] as? String } == [scratch["id"] as? String, id], "newest first")
        #expect(Set(list[0].keys) == StatusEndToEnd.applicationColumns)
        // `list --json` writes its objects by hand, for speed: they must be what
        // `show --json` (JSONEncoder) writes for the same columns, in sorted key order.
        for listed in list {
            let shown = try e2e.object(["status", "show", try #require(listed["id"] as? String)])
            let columns = shown.filter { StatusEndToEnd.applicationColumns.contains($0.key) }
            #expect(NSDictionary(dictionary: columns).isEqual(to: listed), "\(listed) vs \(columns)")
        }
        let raw = try e2e.run(["status", "list", "--json"]).stdout
        let keys = StatusEndToEnd.applicationColumns.sorted().map { "\"\($0)\":" }
        let positions = keys.map { raw.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil } && positions.map { $0! } == positions.map { $0! }.sorted())
        #expect(try e2e.objects(["status", "list", "--status", "offered"]).count == 1)
        #expect(
            try e2e.objects(["status", "list", "--company", "acm"]).map { $0["company_name"] as? String } == ["Acme"])

        let table = try e2e.run(["status", "list"])
        #expect(table.stdout.hasPrefix("ID"))
        #expect(table.stdout.contains("\(handle)  offered"))
        let text = try e2e.run(["status", "show", handle])
        #expect(text.stdout.contains("offer        140000; equity=0.1%"))
        #expect(text.stdout.contains("interview 2026-12-09 15:00 UTC: panel"))

        let withdrawn = try e2e.run(["status", "withdraw", handle, "--note", "took another offer"])
        #expect(withdrawn.status == 0, "\(withdrawn.stderr)")
        #expect(withdrawn.stdout == id + "\n")
        let noted = try e2e.object(["status", "note", handle, "sent a thank-you"])
        #expect(noted["notes"] as? String == "via Dana\nsent a thank-you")

        let refused = try e2e.run(["status", "remove", handle])
        #expect(refused.status == 2)
        #expect(refused.errorLine.contains("add --yes"))
        #expect(try e2e.run(["status", "remove", handle, "--yes"]).status == 0)
        #expect(try e2e.objects(["status", "list"]).count == 1)
        let gone = try e2e.run(["status", "history", handle])
        #expect(gone.status == 1)
    }

    /// `(arguments, exit status, the start of the error line)`.
    static let badInput: [([String], Int32, String)] = [
        (
            ["status", "set", "HANDLE", "hired"], 2,
            "jobhunt: invalid value 'hired' for 'STATUS' (expected one of: pending"
        ),
        (
            ["status", "add", "--company", "A", "--title", "B", "--status", "submitted", "--date", "2026-12-07"], 2,
            "jobhunt: --date: 2026-12-07 00:00 UTC is in the future"
        ),
        (
            ["status", "set", "HANDLE", "reviewing", "--date", "2027-01-01T00:00Z"], 2,
            "jobhunt: --date: 2027-01-01 00:00 UTC is in the future"
        ),
        (["status", "set", "deadbeef", "reviewing"], 1, "jobhunt: no application matches 'deadbeef'"),
        (["status", "show", "nope"], 1, "jobhunt: no application matches 'nope'"),
        (
            ["status", "set", "HANDLE", "offered", "--offer-salary", "-5"], 2,
            "jobhunt: invalid value '-5' for '--offer-salary'"
        ),
        (
            ["status", "set", "HANDLE", "offered", "--offer", "equity"], 2,
            "jobhunt: invalid value 'equity' for '--offer'"
        ),
        (
            ["status", "set", "HANDLE", "reviewing", "--interview", "2026-12-09T10:00Z"], 2,
            "jobhunt: --interview: interviews go with the interviewed status, not reviewing"
        ),
        (
            ["status", "set", "HANDLE", "interviewed", "--interview", "next tuesday"], 2,
            "jobhunt: --interview: 'next tuesday' is not a date or time"
        ),
        (
            ["status", "set", "HANDLE", "pending"], 1,
            "jobhunt: HANDLE cannot go from submitted to pending: from submitted it can become reviewing, interviewed, offered, rejected, withdrawn (to correct the record anyway, run `jobhunt status set HANDLE pending --force`)"
        ),
        (["status", "add"], 2, "jobhunt: status add needs JOB or --company and --title"),
        (["status", "add", "nosuchjob"], 1, "jobhunt: no posting matches 'nosuchjob'"),
        (
            ["status", "add", "--company", "A", "--title", "B", "--url", "ftp://x"], 2,
            "jobhunt: invalid value 'ftp://x' for '--url'"
        ),
        (["status", "list", "--status", "open"], 2, "jobhunt: invalid value 'open' for '--status'"),
        (["status", "note", "HANDLE", " "], 2, "jobhunt: TEXT: the note is empty"),
        (["status", "set", "HANDLE", "rejected", "--reason", " "], 2, "jobhunt: --reason: is empty"),
    ]

    @Test("bad input gets one line, exit 2 or 1, and changes nothing", arguments: TestEngine.allCases)
    func badInput(engine: TestEngine) throws {
        let e2e = try StatusEndToEnd(engine)
        let added = try e2e.object(
            ["status", "add", "--company", "Acme", "--title", "Engineer", "--status", "submitted"])
        let handle = String(try #require(added["id"] as? String).suffix(8))
        let before = try e2e.snapshot()
        for (arguments, status, line) in Self.badInput {
            let arguments = arguments.map { $0 == "HANDLE" ? handle : $0 }
            let result = try e2e.run(arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.errorLine.hasPrefix(line.replacingOccurrences(of: "HANDLE", with: handle)), "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
        #expect(try e2e.snapshot() == before)
    }

    @Test("Grace cannot see, change or remove Ada's applications on a shared database")
    func isolation() throws {
        let e2e = try StatusEndToEnd(.postgres)
        let grace = try e2e.login("grace@example.com")
        let adas = try e2e.object([
            "status", "add", "--company", "Acme", "--title", "Engineer", "--status", "submitted",
        ])
        let id = try #require(adas["id"] as? String)
        #expect(try e2e.objects(["status", "list"], as: grace).isEmpty)
        for reference in [id, String(id.suffix(8))] {
            for arguments in [
                ["status", "show", reference], ["status", "history", reference],
                ["status", "set", reference, "reviewing"], ["status", "withdraw", reference],
                ["status", "note", reference, "mine"], ["status", "remove", reference, "--yes"],
            ] {
                let result = try e2e.run(arguments, as: grace)
                #expect(result.status == 1, "\(arguments)")
                #expect(result.errorLine.hasPrefix("jobhunt: no application matches '\(reference)'"), "\(arguments)")
            }
        }
        let due = try e2e.run(["status", "due"], as: grace)
        #expect(due.status == 0 && due.stdout.isEmpty)
        #expect(try e2e.objects(["status", "history", id]).count == 1, "Ada's is untouched")
    }
}
