// `--via browser` end to end below the CLI: a real headless Chromium fills
// the fixture forms (Tests/Fixtures/forms, served by Tests/Support/form_server.py,
// which records each POST), questions stop it, a CAPTCHA stops it and is
// counted, and a success is recorded with a screenshot in the object store.
import Foundation
import JobHuntApplications
import JobHuntBrowser
import JobHuntDatabase
import JobHuntIO
import JobHuntTesting
import Testing

@testable import JobHuntKernel
@testable import JobHuntSubmission

@Suite("Browser submission", .serialized)
struct BrowserSubmissionTests {
    static var configuration: BrowserConfiguration {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return BrowserConfiguration(searchPath: path + BrowserConfiguration.standardSearchPath)
    }

    /// Chromium is installed, or CI=true (then a missing one fails the test).
    static var canRun: Bool {
        if ProcessInfo.processInfo.environment["CI"] == "true" { return true }
        return (try? configuration.resolveChromium()) != nil && (try? configuration.resolveChromedriver()) != nil
    }

    func service(_ fixture: SubmissionFixture) -> SubmissionService {
        SubmissionService(
            services: fixture.services,
            channels: [ManualChannel(), BrowserChannel(services: fixture.services, configuration: Self.configuration)],
            minimumInterval: 0)
    }

    @Test(
        "a question stops the run and is listed; with the answer the form is submitted and recorded",
        .enabled(if: canRun, "chromium and chromedriver are not installed: run scripts/setup"),
        arguments: TestEngine.allCases)
    func generic(engine: TestEngine) throws {
        let server = try FormFixtureServer()
        let fixture = try SubmissionFixture(engine)
        let me = try fixture.user()
        let application = try fixture.application(for: me, url: server.url("generic.html"))
        let (resume, _) = try fixture.documents(for: application, user: me)
        var request = SubmissionRequest(application: application.handle, channel: .browser, confirmed: true)

        let stop = try #require(throws: JobHuntError.self) { try service(fixture).submit(request, for: me) }
        #expect(stop.code == .submissionNeedsAnswers)
        #expect(stop.problem.contains("Years of experience with Swift"))
        #expect(stop.problem.contains("Do you need visa sponsorship? (Yes / No)"))
        #expect(try server.submissions().isEmpty, "nothing is submitted while a question is open")
        #expect(try fixture.count("automation_tasks") == 0, "only the person can answer: no retry")
        #expect(try fixture.count("submissions") == 0)

        request.answers = ["Years of experience with Swift": "7", "Do you need visa sponsorship?": "No"]
        let outcome = try service(fixture).submit(request, for: me)
        #expect(outcome.application.status == .submitted)
        #expect(outcome.application.applicationMethod == .automated)
        let posted = try #require(try server.submissions().last)
        let fields = posted["fields"] as? [String: [String]] ?? [:]
        #expect(fields["f1"] == ["Zoë"])
        #expect(fields["f2"] == ["Ørsted"])
        #expect(fields["f3"] == [me.user.email])
        #expect(fields["f8"] == ["7"])
        #expect(fields["f9"] == ["no"])
        let files = posted["files"] as? [String: [[String: Any]]] ?? [:]
        #expect(files["f5"]?.first.flatMap { Data(base64Encoded: $0["base64"] as? String ?? "") } == resume)
        #expect(files["f5"]?.first?["filename"] as? String == "Resume - Zoe Orsted.pdf", "uploads go by ASCII names")

        let record = try #require(outcome.record)
        #expect(record.channel == .browser)
        #expect(record.recipient == server.url("generic.html"))
        #expect(record.platform == "browser:127.0.0.1")
        #expect(record.receiptData?["final_url"] == server.url("submit/generic"))
        #expect(record.receiptData?["title"] == "Application received")
        #expect(record.receipt == "submitted: Application received (\(server.url("submit/generic")))")
        let screenshot = try #require(record.receiptData?["screenshot"])
        let key = try #require(screenshot.range(of: "users/").map { String(screenshot[$0.lowerBound...]) })
        let png = try fixture.services.objectStore().get(key: key).data
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "the screenshot is a PNG in the object store")
    }

    @Test(
        "a CAPTCHA stops the run, counts a detection for the platform's day, and says to finish by hand",
        .enabled(if: canRun, "chromium and chromedriver are not installed: run scripts/setup"),
        arguments: [TestEngine.sqlite])
    func captcha(engine: TestEngine) throws {
        let server = try FormFixtureServer()
        let fixture = try SubmissionFixture(engine)
        let me = try fixture.user()
        let application = try fixture.application(for: me, url: server.url("captcha.html"))
        try fixture.documents(for: application, user: me)
        let request = SubmissionRequest(application: application.handle, channel: .browser, confirmed: true)
        let stop = try #require(throws: JobHuntError.self) { try service(fixture).submit(request, for: me) }
        #expect(stop.code == .submissionBlocked)
        #expect(stop.problem.contains("never solves CAPTCHAs"))
        #expect(stop.remedy?.description.contains("submitApplication") == true)
        let metrics = try fixture.rows(
            "SELECT platform_name, metric_date, detection_events FROM platform_metrics")
        #expect(metrics.count == 1)
        #expect(try metrics.first?.get("platform_name", as: String.self) == "127.0.0.1")
        #expect(try metrics.first?.get("detection_events", as: Int.self) == 1)
        #expect(
            try metrics.first?.get("metric_date", as: CalendarDate.self) == CalendarDate(utcDayOf: fixture.clock.now))
        let current = try ApplicationService(services: fixture.services).history(application.handle, for: me)
        #expect(current.0.status == .pending)
        #expect(current.1.last?.notes?.hasPrefix("submission by browser failed: ") == true)
        #expect(try fixture.count("automation_tasks") == 0)
        #expect(try server.submissions().isEmpty)
    }

    @Test(
        "a dry run fills the form without submitting and writes nothing",
        .enabled(if: canRun, "chromium and chromedriver are not installed: run scripts/setup"),
        arguments: [TestEngine.sqlite])
    func dryRun(engine: TestEngine) throws {
        let server = try FormFixtureServer()
        let fixture = try SubmissionFixture(engine)
        let me = try fixture.user()
        let application = try fixture.application(for: me, url: server.url("generic.html"))
        try fixture.documents(for: application, user: me, approved: false)
        let outcome = try service(fixture).submit(
            SubmissionRequest(
                application: application.handle, channel: .browser, dryRun: true,
                answers: ["Years of experience with Swift": "7", "Do you need visa sponsorship?": "Yes"]), for: me)
        let rehearsal = try #require(outcome.rehearsal)
        #expect(rehearsal.lines.contains("Given name: Zoë"), "\(rehearsal.lines)")
        #expect(outcome.record == nil)
        #expect(try server.submissions().isEmpty)
        #expect(try fixture.count("submissions") == 0)
        #expect(try fixture.count("platform_metrics") == 0)
    }
}

@Suite("Browser sessions")
struct BrowserSessionTests {
    @Test("cookies are kept sealed, read back until they expire", arguments: TestEngine.allCases)
    func cookies(engine: TestEngine) throws {
        let fixture = try SubmissionFixture(engine)
        let me = try fixture.user()
        let store = BrowserSessionStore(services: fixture.services)
        let expiry = Int(fixture.clock.now.timeIntervalSince1970) + 3600
        let cookies = [
            WebDriverCookie(name: "session", value: "s3cret-cookie-value", domain: "127.0.0.1", expiry: expiry)
        ]
        try store.keep(cookies, userID: me.user.id, platform: "greenhouse", now: fixture.clock.now)
        try store.keep(cookies, userID: me.user.id, platform: "greenhouse", now: fixture.clock.now)
        #expect(try store.cookies(userID: me.user.id, platform: "greenhouse", now: fixture.clock.now) == cookies)
        let rows = try fixture.rows(
            "SELECT cookies, cookies_encrypted, last_used_at, expires_at FROM browser_sessions")
        #expect(rows.count == 1, "one row per user and platform")
        let sealed = try #require(try rows.first?.optional("cookies_encrypted", as: Data.self))
        #expect(sealed.range(of: Data("s3cret-cookie-value".utf8)) == nil, "sealed, not plaintext")
        #expect(try rows.first?.optional("cookies", as: String.self) == nil)
        #expect(try rows.first?.get("last_used_at", as: Date.self) == fixture.clock.now)
        #expect(try rows.first?.get("expires_at", as: Date.self) == Date(timeIntervalSince1970: Double(expiry)))
        fixture.clock.advance(7200)
        #expect(try store.cookies(userID: me.user.id, platform: "greenhouse", now: fixture.clock.now).isEmpty)
    }
}
