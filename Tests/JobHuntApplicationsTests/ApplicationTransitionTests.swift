// The pipeline's rules: which status may follow which, what a refused move
// says, and that a refused or invalid change writes nothing.
import Foundation
import JobHuntApplications
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Application transitions")
struct ApplicationTransitionTests {
    /// The table docs/status.md shows, written out pair by pair.
    static let allowed: [ApplicationStatus: Set<ApplicationStatus>] = [
        .pending: [.submitted, .withdrawn],
        .submitted: [.reviewing, .interviewed, .offered, .rejected, .withdrawn],
        .reviewing: [.interviewed, .offered, .rejected, .withdrawn],
        .interviewed: [.interviewed, .offered, .rejected, .withdrawn],
        .offered: [.rejected, .withdrawn],
        .rejected: [],
        .withdrawn: [],
    ]

    @Test("every pair of statuses is allowed or refused as documented")
    func table() {
        for from in ApplicationStatus.allCases {
            for to in ApplicationStatus.allCases {
                #expect(from.allows(to) == Self.allowed[from]!.contains(to), "\(from) → \(to)")
            }
        }
        #expect(ApplicationStatus.submitted.allows(.offered), "an offer needs no interview first")
    }

    @Test(
        "a refused move names the allowed ones, exits as a failure and changes nothing", arguments: TestEngine.allCases)
    func refused(engine: TestEngine) throws {
        let fixture = try ApplicationFixture(engine)
        let me = try fixture.user()
        let service = fixture.applications
        let application = try service.add(NewApplication(source: .acme(), status: .submitted), for: me).application
        try service.set(application.handle, StatusChange(status: .offered), for: me)
        let back = try #require(throws: JobHuntError.self) {
            try service.set(application.handle, StatusChange(status: .reviewing), for: me)
        }
        #expect(back.code == .applicationTransitionRefused)
        #expect(
            back.problem
                == "\(application.handle) cannot go from offered to reviewing: from offered it can become rejected, withdrawn"
        )
        #expect(back.remedy?.hints == [.forceApplicationStatus(application: application.handle, status: "reviewing")])
        #expect(back.exitKind == .failure)
        try service.withdraw(application.handle, for: me)
        let final = try #require(throws: JobHuntError.self) {
            try service.set(application.handle, StatusChange(status: .submitted), for: me)
        }
        #expect(final.problem.hasSuffix("nothing leaves withdrawn"))
        let same = try #require(throws: JobHuntError.self) {
            try service.set(application.handle, StatusChange(status: .withdrawn), for: me)
        }
        #expect(same.problem.contains("is already withdrawn"))
        #expect(try service.application(application.handle, for: me).status == .withdrawn)
        #expect(try fixture.count("application_status_history") == 3)
    }

    @Test("--force reopens a closed application and the history says it was forced", arguments: TestEngine.allCases)
    func forced(engine: TestEngine) throws {
        let fixture = try ApplicationFixture(engine)
        let me = try fixture.user()
        let handle = try fixture.applications.add(NewApplication(source: .acme(), status: .submitted), for: me)
            .application.handle
        try fixture.applications.set(handle, StatusChange(status: .rejected), for: me)
        let reopened = try fixture.applications.set(
            handle, StatusChange(status: .reviewing, note: "they called back", force: true), for: me)
        #expect(reopened.application.status == .reviewing)
        #expect(reopened.history.last?.notes == "they called back; forced from rejected")
        let pending = try fixture.applications.set(handle, StatusChange(status: .pending, force: true), for: me)
        #expect(pending.application.submittedAt == nil, "back to pending: not sent after all")
    }

    static let invalid: [(String, NewApplication?, StatusChange?, String)] = [
        (
            "a future submission date",
            NewApplication(source: .acme(), status: .submitted, submittedAt: ApplicationFixture.start + 86_400),
            nil, "submitted_at: 2026-12-07 12:00 UTC is in the future"
        ),
        (
            "a pending application with a date", NewApplication(source: .acme(), submittedAt: ApplicationFixture.start),
            nil,
            "submitted_at: a pending application has not been submitted"
        ),
        (
            "an empty company", NewApplication(source: .scratch(company: " ", title: "x", url: nil)), nil,
            "company_name: is empty"
        ),
        (
            "a long title",
            NewApplication(source: .scratch(company: "A", title: String(repeating: "x", count: 301), url: nil)),
            nil, "job_title: is 301 characters, more than 300"
        ),
        (
            "an interview without interviewed", nil,
            StatusChange(status: .submitted, interviews: [ApplicationFixture.start]),
            "interview_dates: interviews go with the interviewed status, not submitted"
        ),
        ("a negative offer", nil, StatusChange(status: .offered, offerSalary: -5), "offer_salary: -5 is negative"),
        (
            "an offer while reviewing", nil, StatusChange(status: .reviewing, offerSalary: 5),
            "offer_salary: offer details go with the offered status, not reviewing"
        ),
        (
            "a reason without rejected", nil, StatusChange(status: .withdrawn, reason: "meh"),
            "rejection_reason: a reason goes with the rejected status, not withdrawn"
        ),
        (
            "a change dated tomorrow", nil, StatusChange(status: .reviewing, date: ApplicationFixture.start + 86_400),
            "date: 2026-12-07 12:00 UTC is in the future"
        ),
    ]

    @Test("bad input is refused with the field named, and nothing is written", arguments: TestEngine.allCases)
    func badInput(engine: TestEngine) throws {
        let fixture = try ApplicationFixture(engine)
        let me = try fixture.user()
        let handle = try fixture.applications.add(NewApplication(source: .acme(), status: .submitted), for: me)
            .application.handle
        for (name, new, change, problem) in Self.invalid {
            let error = try #require(throws: JobHuntError.self, "\(name)") {
                if let new { try fixture.applications.add(new, for: me) }
                if let change { try fixture.applications.set(handle, change, for: me) }
            }
            #expect(error.code == .applicationInvalidValue, "\(name)")
            #expect(error.problem == problem, "\(name)")
        }
        #expect(try fixture.count("applications") == 1)
        #expect(try fixture.count("application_status_history") == 1)
        #expect(try fixture.applications.application(handle, for: me).status == .submitted)
    }
}
