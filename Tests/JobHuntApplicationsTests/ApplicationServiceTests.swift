// Adding, changing and removing applications on both engines: what is
// stored, the history row each change writes, and the columns that follow.
import Foundation
import JobHuntApplications
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Application service")
struct ApplicationServiceTests {
    @Test(
        "an application from a posting copies company, title and URL and writes one history row",
        arguments: TestEngine.allCases)
    func addFromPosting(engine: TestEngine) throws {
        let fixture = try ApplicationFixture(engine)
        let me = try fixture.user()
        let posting = try fixture.posting("Staff Engineer", company: "Initech", url: "https://boards.example/initech/1")
        let details = try fixture.applications.add(
            NewApplication(source: .posting(PostingHandle.short(posting)), method: .referral, note: "via Dana"),
            for: me)
        let application = details.application
        #expect(application.jobPostingID == posting)
        #expect(application.companyName == "Initech")
        #expect(application.jobTitle == "Staff Engineer")
        #expect(application.jobURL == "https://boards.example/initech/1")
        #expect(application.status == .pending)
        #expect(application.applicationMethod == .referral)
        #expect(application.submittedAt == nil, "pending means not sent")
        #expect(application.notes == "via Dana")
        #expect(details.posting?.id == posting)
        #expect(details.history.map(\.status) == [.pending])
        #expect(details.history.first?.changedBy == .user)
        #expect(details.history.first?.notes == "via Dana")
        #expect(try fixture.applications.details(application.handle, for: me).application == application)
    }

    @Test(
        "the same posting twice is refused and nothing is added; another user may apply to it",
        arguments: TestEngine.allCases)
    func duplicatePosting(engine: TestEngine) throws {
        let fixture = try ApplicationFixture(engine)
        let ada = try fixture.user()
        let grace = try fixture.user()
        let posting = try fixture.posting("Engineer")
        let first = try fixture.applications.add(NewApplication(source: .posting(posting.uuidString)), for: ada)
        let error = try #require(throws: JobHuntError.self) {
            try fixture.applications.add(NewApplication(source: .posting("greenhouse:gh-Engineer")), for: ada)
        }
        #expect(error.code == .applicationDuplicate)
        #expect(error.problem.contains(first.application.handle))
        #expect(try fixture.count("applications") == 1)
        #expect(try fixture.count("application_status_history") == 1)
        let graces = try fixture.applications.add(NewApplication(source: .posting(posting.uuidString)), for: grace)
        #expect(graces.application.userID == grace.user.id)
    }

    @Test(
        "a submitted application from scratch takes --date as submitted_at and last_status_update",
        arguments: TestEngine.allCases)
    func addSubmitted(engine: TestEngine) throws {
        let fixture = try ApplicationFixture(engine)
        let me = try fixture.user()
        let sent = ApplicationFixture.start.addingTimeInterval(-3 * 86_400)
        let details = try fixture.applications.add(
            NewApplication(
                source: .scratch(company: " Acme ", title: "Engineer", url: "https://acme.example/jobs/1"),
                status: .submitted, submittedAt: sent, followUp: CalendarDate("2026-12-10")), for: me)
        let application = details.application
        #expect(application.companyName == "Acme")
        #expect(application.jobPostingID == nil)
        #expect(application.submittedAt == sent)
        #expect(application.lastStatusUpdate == sent)
        #expect(application.followUpDate == CalendarDate("2026-12-10"))
        #expect(details.history.map(\.createdAt) == [sent])
        let now = try fixture.applications.add(NewApplication(source: .acme("Lead"), status: .reviewing), for: me)
        #expect(now.application.submittedAt == ApplicationFixture.start, "default now for non-pending")
    }

    @Test(
        "set moves the status, keeps interviews, offers and reasons, and writes a history row each time",
        arguments: TestEngine.allCases)
    func pipeline(engine: TestEngine) throws {
        let fixture = try ApplicationFixture(engine)
        let me = try fixture.user()
        let service = fixture.applications
        let handle = try service.add(NewApplication(source: .acme()), for: me).application.handle
        fixture.clock.advance(3600)
        let submitted = try service.set(handle, StatusChange(status: .submitted), for: me).application
        #expect(submitted.submittedAt == fixture.clock.now)
        fixture.clock.advance(3600)
        let second = try ApplicationTime.parse("2026-12-12T10:00Z", field: "interview")
        let first = try ApplicationTime.parse("2026-12-09T15:30+01:00", field: "interview")
        let interviewed = try service.set(
            handle, StatusChange(status: .interviewed, interviews: [second, first], interviewNote: "panel"), for: me)
        #expect(interviewed.application.interviewDates == [first, second], "earliest first")
        #expect(interviewed.application.submittedAt == submitted.submittedAt, "submitted_at stays")
        #expect(interviewed.history.last?.notes?.contains("interview 2026-12-09 14:30 UTC: panel") == true)
        let third = try ApplicationTime.parse("2026-12-20T09:00Z", field: "interview")
        let again = try service.set(handle, StatusChange(status: .interviewed, interviews: [third, first]), for: me)
        #expect(again.application.interviewDates == [first, second, third], "another round, no duplicate")
        let offered = try service.set(
            handle,
            StatusChange(
                status: .offered, offerSalary: 140_000, offerDetails: ["equity": "0.1%", "start": "2027-01-10"]),
            for: me)
        #expect(offered.application.offerSalary == 140_000)
        #expect(offered.application.offerDetails == ["equity": "0.1%", "start": "2027-01-10"])
        let declined = try service.withdraw(handle, note: "took another offer", for: me)
        #expect(declined.application.status == .withdrawn)
        #expect(
            declined.history.map(\.status) == [.pending, .submitted, .interviewed, .interviewed, .offered, .withdrawn])
        #expect(declined.history.last?.notes == "took another offer")

        let db = try fixture.rawDatabase()
        defer { db.close() }
        let row = try #require(try db.queryOne("SELECT offer_details, interview_dates, status FROM applications"))
        let json = try #require(try row.optional("offer_details", as: JSONText.self))
        #expect(json.text.replacingOccurrences(of: " ", with: "").contains("\"equity\":\"0.1%\""))
        #expect(try row.get("status", as: String.self) == "withdrawn")
        #expect(try row.optional("interview_dates", as: TimestampArray.self)?.dates.count == 3)
    }

    @Test(
        "a rejection keeps its reason; note appends to the notes and records a history row",
        arguments: TestEngine.allCases)
    func rejectionAndNotes(engine: TestEngine) throws {
        let fixture = try ApplicationFixture(engine)
        let me = try fixture.user()
        let service = fixture.applications
        let handle = try service.add(NewApplication(source: .acme(), status: .submitted, note: "first"), for: me)
            .application.handle
        let noted = try service.note(handle, "recruiter is Dana", for: me)
        #expect(noted.application.notes == "first\nrecruiter is Dana")
        #expect(noted.history.map(\.status) == [.submitted, .submitted])
        let rejected = try service.set(handle, StatusChange(status: .rejected, reason: "position filled"), for: me)
        #expect(rejected.application.rejectionReason == "position filled")
        #expect(rejected.history.last?.notes == "reason: position filled")
    }

    @Test("remove deletes the application and its history with it", arguments: TestEngine.allCases)
    func remove(engine: TestEngine) throws {
        let fixture = try ApplicationFixture(engine)
        let me = try fixture.user()
        let keep = try fixture.applications.add(NewApplication(source: .acme("Keep")), for: me).application
        let gone = try fixture.applications.add(NewApplication(source: .acme("Gone")), for: me).application
        try fixture.applications.set(gone.handle, StatusChange(status: .submitted), for: me)
        #expect(try fixture.count("application_status_history") == 3)
        let removed = try fixture.applications.remove(gone.handle, for: me)
        #expect(removed.id == gone.id)
        #expect(try fixture.count("applications") == 1)
        #expect(try fixture.count("application_status_history") == 1)
        #expect(try fixture.applications.list(for: me).map(\.id) == [keep.id])
    }

    @Test("a history row that cannot be written rolls the status change back", arguments: TestEngine.allCases)
    func historyInSameTransaction(engine: TestEngine) throws {
        let fixture = try ApplicationFixture(engine)
        let me = try fixture.user()
        let handle = try fixture.applications.add(NewApplication(source: .acme()), for: me).application.handle
        let db = try fixture.rawDatabase()
        defer { db.close() }
        switch engine {
        case .sqlite:
            try db.execute(
                """
                CREATE TRIGGER refuse_boom BEFORE INSERT ON application_status_history
                WHEN NEW.notes = 'boom' BEGIN SELECT RAISE(ABORT, 'no boom'); END
                """)
        case .postgres:
            try db.execute("ALTER TABLE application_status_history ADD CONSTRAINT refuse_boom CHECK (notes <> 'boom')")
        }
        #expect(throws: DatabaseError.self) {
            try fixture.applications.set(handle, StatusChange(status: .submitted, note: "boom"), for: me)
        }
        let application = try fixture.applications.application(handle, for: me)
        #expect(application.status == .pending)
        #expect(application.submittedAt == nil)
        #expect(try fixture.count("application_status_history") == 1)
    }
}
