// `status list`'s filters, what `status due` finds, and the reading of the
// times people type.
import Foundation
import JobHuntApplications
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Application list, due and times")
struct ApplicationListTests {
    @Test("list is newest first and filters by status, date and company text", arguments: TestEngine.allCases)
    func filters(engine: TestEngine) throws {
        let fixture = try ApplicationFixture(engine)
        let me = try fixture.user()
        let service = fixture.applications
        try service.add(NewApplication(source: .scratch(company: "Acme", title: "Old", url: nil)), for: me)
        fixture.clock.advance(2 * 86_400)
        try service.add(
            NewApplication(source: .scratch(company: "100% Remote Co", title: "Mid", url: nil), status: .submitted),
            for: me)
        fixture.clock.advance(60)
        try service.add(
            NewApplication(source: .scratch(company: "ACME Labs", title: "New", url: nil), status: .reviewing), for: me)
        #expect(try service.list(for: me).map(\.jobTitle) == ["New", "Mid", "Old"])
        #expect(
            try service.list(ApplicationFilter(statuses: [.submitted, .reviewing]), for: me).map(\.jobTitle) == [
                "New", "Mid",
            ])
        #expect(try service.list(ApplicationFilter(company: "acme"), for: me).map(\.jobTitle) == ["New", "Old"])
        #expect(
            try service.list(ApplicationFilter(company: "100%"), for: me).map(\.jobTitle) == ["Mid"], "% is literal")
        #expect(try service.list(ApplicationFilter(company: "_"), for: me).isEmpty, "_ is literal")
        let since = CalendarDate(utcDayOf: fixture.clock.now)
        #expect(try service.list(ApplicationFilter(since: since), for: me).map(\.jobTitle) == ["New", "Mid"])
        #expect(try service.list(ApplicationFilter(statuses: [.offered]), for: me).isEmpty)
    }

    @Test(
        "due finds follow-ups today or overdue and interviews in the next 7 days of open applications",
        arguments: TestEngine.allCases)
    func due(engine: TestEngine) throws {
        let fixture = try ApplicationFixture(engine)
        let me = try fixture.user()
        let service = fixture.applications
        #expect(try service.due(for: me).isEmpty)
        let today = CalendarDate(utcDayOf: fixture.clock.now)
        let yesterday = CalendarDate(utcDayOf: fixture.clock.now - 86_400)
        let tomorrow = CalendarDate(utcDayOf: fixture.clock.now + 86_400)
        let overdue = try service.add(
            NewApplication(source: .acme("Overdue"), status: .submitted, followUp: yesterday), for: me
        ).application
        try service.add(NewApplication(source: .acme("Later"), status: .submitted, followUp: tomorrow), for: me)
        let closed = try service.add(
            NewApplication(source: .acme("Closed"), status: .submitted, followUp: today), for: me
        ).application
        try service.set(closed.handle, StatusChange(status: .rejected), for: me)
        let soon = fixture.clock.now + 2 * 86_400
        let far = fixture.clock.now + 8 * 86_400
        let past = fixture.clock.now - 3600
        let interviewing = try service.add(NewApplication(source: .acme("Interviewing"), status: .submitted), for: me)
            .application
        try service.set(
            interviewing.handle, StatusChange(status: .interviewed, interviews: [far, soon, past]), for: me)
        let todays = try service.add(
            NewApplication(source: .acme("Today"), status: .submitted, followUp: today), for: me
        )
        .application

        let due = try service.due(for: me)
        #expect(due.map(\.application.jobTitle) == ["Today", "Interviewing", "Overdue"], "newest application first")
        #expect(due[0].due.followUp == today)
        #expect(due[1].due == DueReasons(followUp: nil, interviews: [soon]))
        #expect(due[2].due.followUp == yesterday)
        #expect(due.map(\.application.id).contains(overdue.id) && due.map(\.application.id).contains(todays.id))
        let details = try service.details(interviewing.handle, for: me)
        #expect(details.due.interviews == [soon])
    }

    @Test("times: ISO-8601 with or without seconds and offset, a plain day, and refusals")
    func times() throws {
        let cases: [(String, String)] = [
            ("2026-12-10T15:00Z", "2026-12-10T15:00:00Z"), ("2026-12-10T15:00", "2026-12-10T15:00:00Z"),
            ("2026-12-10 15:00", "2026-12-10T15:00:00Z"), ("2026-12-10T15:00:30Z", "2026-12-10T15:00:30Z"),
            ("2026-12-10T15:00+01:00", "2026-12-10T14:00:00Z"), ("2026-12-10T15:00-0530", "2026-12-10T20:30:00Z"),
            ("2026-12-10", "2026-12-10T00:00:00Z"), ("2026-12-10T15:00:00.250Z", "2026-12-10T15:00:00Z"),
        ]
        let formatter = ISO8601DateFormatter()
        for (text, expected) in cases {
            let date = try ApplicationTime.parse(text, field: "date")
            #expect(formatter.string(from: date) == expected, "\(text)")
        }
        for bad in ["tomorrow", "2026-13-01", "2026-12-10T25:00Z", "2026-12-10T15:00+1", "12/10/2026"] {
            let error = try #require(throws: JobHuntError.self, "\(bad)") {
                try ApplicationTime.parse(bad, field: "date")
            }
            #expect(error.problem == "date: '\(bad)' is not a date or time")
        }
        #expect(
            ApplicationTime.text(try ApplicationTime.parse("2026-12-10T15:07:59Z", field: "d"))
                == "2026-12-10 15:07 UTC")
    }
}
