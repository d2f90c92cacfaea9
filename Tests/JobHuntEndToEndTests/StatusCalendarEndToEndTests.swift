// `jobhunt status export --ics` through the built binary, read back by a real
// iCalendar parser (Python's icalendar, from scripts/setup's venv).
import Foundation
import JobHuntTesting
import Testing

@Suite("status export --ics, end to end")
struct StatusCalendarEndToEndTests {
    /// Parses $ICS with icalendar and prints each VEVENT as JSON, in file order.
    static let reader = """
        import json, os, sys
        import icalendar
        with open(os.environ["ICS"], "rb") as f:
            calendar = icalendar.Calendar.from_ical(f.read())
        assert calendar["VERSION"] == "2.0", calendar.get("VERSION")
        events = []
        for event in calendar.walk("VEVENT"):
            start = event.decoded("DTSTART")
            events.append({
                "uid": str(event["UID"]), "summary": str(event["SUMMARY"]),
                "start": start.isoformat(), "utc": getattr(start, "tzinfo", None) is not None
                    and start.utcoffset().total_seconds() == 0,
                "all_day": not hasattr(start, "hour"), "status": str(event.get("STATUS")),
                "sequence": int(event.get("SEQUENCE", 0)), "description": str(event.get("DESCRIPTION")),
            })
        print(json.dumps(events))
        """

    @Test("interviews and follow-ups parse as RFC 5545 events with stable UIDs", arguments: TestEngine.allCases)
    func calendar(engine: TestEngine) throws {
        let e2e = try StatusEndToEnd(engine)
        let acme = try e2e.object(
            [
                "status", "add", "--company", "Acme, Inc.", "--title", "Staff Engineer; Platform", "--status",
                "submitted", "--follow-up", "2026-12-10", "--url", "https://acme.example/jobs/1",
            ])
        let handle = String(try #require(acme["id"] as? String).suffix(8))
        _ = try e2e.object(
            [
                "status", "set", handle, "interviewed", "--interview", "2026-12-09T15:00+01:00", "--interview",
                "2026-12-16T09:30Z",
            ])
        let closed = try e2e.object(
            [
                "status", "add", "--company", "Initech", "--title",
                "Ünïcode Engineer with a very long title that needs folding at seventy-five octets", "--status",
                "submitted", "--follow-up", "2026-12-12",
            ])
        _ = try e2e.object(["status", "withdraw", String(try #require(closed["id"] as? String).suffix(8))])

        let file = e2e.home.file("applications.ics")
        let export = try e2e.run(["status", "export", "--ics", file.path])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("wrote 4 event(s)"))
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        let bytes = try Data(contentsOf: file)
        #expect(
            String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        #expect(!String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "").contains("\n"))

        let parsed = try TestTools.python(Self.reader, environment: ["ICS": file.path])
        #expect(parsed.status == 0, "\(parsed.stderr)")
        let events = try #require(
            try JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8)) as? [[String: Any]], "\(parsed.stdout)")
        #expect(events.count == 4)
        let id = try #require(acme["id"] as? String)
        #expect(events[0]["uid"] as? String == "interview-\(id)-20261209T140000Z@jobhunt")
        #expect(events[0]["summary"] as? String == "Interview: Staff Engineer; Platform at Acme, Inc.")
        #expect(events[0]["start"] as? String == "2026-12-09T14:00:00+00:00")
        #expect(events[0]["utc"] as? Bool == true)
        #expect(events[0]["sequence"] as? Int == 1, "one change after creation")
        #expect(events[1]["start"] as? String == "2026-12-16T09:30:00+00:00")
        #expect(events[2]["uid"] as? String == "follow-up-\(id)@jobhunt")
        #expect(events[2]["all_day"] as? Bool == true)
        #expect(events[2]["start"] as? String == "2026-12-10")
        #expect(events[2]["status"] as? String == "CONFIRMED")
        #expect((events[2]["description"] as? String)?.contains("https://acme.example/jobs/1") == true)
        #expect(
            events[3]["summary"] as? String
                == "Follow up: Ünïcode Engineer with a very long title that needs folding at seventy-five octets at Initech"
        )
        #expect(events[3]["status"] as? String == "CANCELLED", "a withdrawn application's event is cancelled")

        // A later export keeps every UID: a re-import updates, never duplicates.
        _ = try e2e.object(["status", "set", handle, "interviewed", "--follow-up", "2026-12-11"])
        let stdout = try e2e.run(["status", "export", "--ics"])
        #expect(stdout.status == 0)
        #expect(stdout.stdout.hasPrefix("BEGIN:VCALENDAR\r\n") && stdout.stdout.hasSuffix("END:VCALENDAR\r\n"))
        try Data(stdout.stdout.utf8).write(to: file)
        let again = try #require(
            try JSONSerialization.jsonObject(
                with: Data(try TestTools.python(Self.reader, environment: ["ICS": file.path]).stdout.utf8))
                as? [[String: Any]])
        #expect(again.map { $0["uid"] as? String } == events.map { $0["uid"] as? String })
        #expect(again[2]["start"] as? String == "2026-12-11")
        #expect(again[2]["sequence"] as? Int == 2)

        let noFormat = try e2e.run(["status", "export"])
        #expect(noFormat.status == 2)
        #expect(noFormat.errorLine == "jobhunt: status export needs a format (add --ics)")
    }
}
