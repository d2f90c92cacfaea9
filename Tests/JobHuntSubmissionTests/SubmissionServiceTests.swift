// Submitting on both engines against a real SMTP server: what is sent, what
// is recorded, and what is left when a send fails, is refused, or is only a
// dry run.
import Foundation
import JobHuntApplications
import JobHuntDatabase
import JobHuntIO
import JobHuntSubmission
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Submission service")
struct SubmissionServiceTests {
    @Test(
        "an e-mail submission sends the documents byte for byte and records what was sent",
        arguments: TestEngine.allCases)
    func email(engine: TestEngine) throws {
        let fixture = try SubmissionFixture(engine)
        let server = try SMTPTestServer(mode: .starttls)
        let me = try fixture.user()
        let application = try fixture.application(for: me)
        let (resume, letter) = try fixture.documents(for: application, user: me)
        fixture.clock.advance(60)
        let outcome = try fixture.service(server).submit(
            SubmissionRequest(
                application: application.handle, channel: .email, recipient: "Acme Hiring <jobs@acme.example>"),
            for: me)

        // What the server received, parsed by Python's email package.
        let received = try server.received()
        #expect(received.count == 1)
        let mail = try #require(received.first)
        #expect(mail.login == server.username)
        #expect(mail.mailFrom == me.user.email)
        #expect(mail.recipients == ["jobs@acme.example"])
        let parsed = try SMTPTestServer.parse(mail.file)
        #expect((parsed["from"] as? [[String: String]])?.first == ["name": "Zoë Ørsted", "address": me.user.email])
        #expect(
            (parsed["to"] as? [[String: String]])?.first == ["name": "Acme Hiring", "address": "jobs@acme.example"])
        #expect(parsed["subject"] as? String == "Application: Staff Engineer at Acme – Zoë Ørsted")
        #expect(
            parsed["message_id"] as? String == "<\(SubmissionFixture.messageID.uuidString.lowercased())@example.com>")
        #expect(parsed["date"] as? String == "Sun, 06 Dec 2026 12:01:00 +0000")
        let body = (parsed["body"] as? String)?.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(body == SubmissionFixture.letter)
        let attachments = try #require(parsed["attachments"] as? [[String: Any]])
        #expect(
            attachments.map { $0["filename"] as? String } == [
                "Resume - Zoë Ørsted.pdf", "Cover letter - Zoë Ørsted.pdf",
            ])
        #expect(attachments.map { $0["content_type"] as? String } == ["application/pdf", "application/pdf"])
        #expect(attachments.map { Data(base64Encoded: $0["data"] as? String ?? "") } == [resume, letter])
        #expect((parsed["defects"] as? [String])?.isEmpty == true)

        // The application and its history.
        let submitted = outcome.application
        #expect(submitted.status == .submitted)
        #expect(submitted.applicationMethod == .automated)
        #expect(submitted.submittedAt == fixture.clock.now)
        let (_, history) = try ApplicationService(services: fixture.services).history(application.handle, for: me)
        let last = try #require(history.last)
        #expect(last.status == .submitted)
        #expect(last.changedBy == .system)
        #expect(last.notes == "submitted by email to jobs@acme.example: 250 2.0.0 Ok: queued as JH1")

        // The record: recipient, documents with hashes, the receipt, the message's hash.
        let record = try #require(outcome.record)
        #expect(record.state == .sent)
        #expect(record.recipient == "jobs@acme.example")
        #expect(record.platform == "email:acme.example")
        #expect(record.receipt == "250 2.0.0 Ok: queued as JH1")
        #expect(
            record.receiptData?["message_id"] == "<\(SubmissionFixture.messageID.uuidString.lowercased())@example.com>")
        #expect(record.documents.map(\.contentType) == ["resume", "cover_letter"])
        #expect(record.documents.map(\.sha256) == [resume, letter].map { Hashing.hex(Hashing.sha256($0)) })
        #expect(
            record.messageSHA256 == Hashing.hex(Hashing.sha256(mail.raw)), "the hash is of the bytes the server got")
        let stored = try #require(try fixture.service(server).record(of: application.handle, for: me))
        #expect(stored == record)
        #expect(try fixture.count("automation_tasks") == 0)
    }

    @Test("running it again after a success never sends twice", arguments: TestEngine.allCases)
    func neverTwice(engine: TestEngine) throws {
        let fixture = try SubmissionFixture(engine)
        let server = try SMTPTestServer(mode: .smtps)
        let me = try fixture.user()
        let application = try fixture.application(for: me)
        try fixture.documents(for: application, user: me)
        let request = SubmissionRequest(
            application: application.handle, channel: .email, recipient: "jobs@acme.example")
        _ = try fixture.service(server).submit(request, for: me)
        fixture.clock.advance(3600)
        for channel in SubmissionChannelKind.allCases where channel != .browser {
            var again = request
            again.channel = channel
            let error = try #require(throws: JobHuntError.self) { try fixture.service(server).submit(again, for: me) }
            #expect(error.code == .submissionAlreadySent)
        }
        #expect(try server.received().count == 1)
        #expect(try fixture.count("submissions") == 1)
    }

    @Test("a dry run builds the message and writes nothing", arguments: TestEngine.allCases)
    func dryRun(engine: TestEngine) throws {
        let fixture = try SubmissionFixture(engine)
        let server = try SMTPTestServer(mode: .starttls)
        let me = try fixture.user()
        let application = try fixture.application(for: me)
        try fixture.documents(for: application, user: me, approved: false)
        let before = try ["submissions", "application_status_history", "automation_tasks"].map(fixture.count)
        let outcome = try fixture.service(server).submit(
            SubmissionRequest(
                application: application.handle, channel: .email, dryRun: true, recipient: "jobs@acme.example"),
            for: me)
        #expect(outcome.record == nil)
        #expect(outcome.plan.message?.to.first?.address == "jobs@acme.example")
        #expect(outcome.plan.payload.map { MIMEWriter.render(outcome.plan.message!) == $0 } == true)
        #expect(outcome.plan.unapproved.count == 2)
        #expect(try ["submissions", "application_status_history", "automation_tasks"].map(fixture.count) == before)
        #expect(
            try ApplicationService(services: fixture.services).application(application.handle, for: me).status
                == .pending)
        #expect(try server.received().isEmpty)
    }

    @Test("documents not approved are refused unless the person confirmed", arguments: TestEngine.allCases)
    func approval(engine: TestEngine) throws {
        let fixture = try SubmissionFixture(engine)
        let server = try SMTPTestServer(mode: .starttls)
        let me = try fixture.user()
        let application = try fixture.application(for: me)
        try fixture.documents(for: application, user: me, approved: false)
        var request = SubmissionRequest(
            application: application.handle, channel: .email, confirmed: false, recipient: "jobs@acme.example")
        let error = try #require(throws: JobHuntError.self) { try fixture.service(server).submit(request, for: me) }
        #expect(error.code == .submissionNotApproved)
        #expect(error.problem.contains("résumé and cover letter"))
        #expect(try server.received().isEmpty)
        #expect(try fixture.count("submissions") == 0)
        request.confirmed = true
        let outcome = try fixture.service(server).submit(request, for: me)
        #expect(outcome.application.status == .submitted)
    }

    @Test(
        "a failed send leaves the application pending with the error in history and one retry task",
        arguments: TestEngine.allCases)
    func failure(engine: TestEngine) throws {
        let fixture = try SubmissionFixture(engine)
        let server = try SMTPTestServer(mode: .starttls)
        let me = try fixture.user()
        let application = try fixture.application(for: me)
        try fixture.documents(for: application, user: me)
        let request = SubmissionRequest(
            application: application.handle, channel: .email, recipient: "jobs@acme.example")
        for attempt in 1...2 {
            let error = try #require(throws: JobHuntError.self) {
                try fixture.service(server, password: "wrong").submit(request, for: me)
            }
            #expect(error.code == .submissionFailed)
            #expect(error.problem.contains("refused the login"), "\(error.problem)")
            #expect(error.problem.contains("stays pending"))
            #expect(try fixture.count("submissions") == 0, "attempt \(attempt): the claim is gone")
            #expect(try fixture.count("automation_tasks") == 1, "attempt \(attempt): one task, updated")
            fixture.clock.advance(120)
        }
        let current = try ApplicationService(services: fixture.services).history(application.handle, for: me)
        #expect(current.0.status == .pending)
        #expect(current.0.submittedAt == nil)
        let failures = current.1.filter { $0.notes?.hasPrefix("submission by email failed: ") == true }
        #expect(failures.count == 2)
        #expect(failures.allSatisfy { $0.changedBy == .system && $0.status == .pending })
        let task = try #require(
            try fixture.rows(
                "SELECT user_id, application_id, task_type, status, task_config, error_message FROM automation_tasks"
            ).first)
        #expect(try task.get("user_id", as: UUID.self) == me.user.id)
        #expect(try task.get("application_id", as: UUID.self) == application.id)
        #expect(try task.get("task_type", as: String.self) == "application_submission")
        #expect(try task.get("status", as: String.self) == "pending")
        let config =
            try JSONSerialization.jsonObject(
                with: Data(try task.get("task_config", as: JSONText.self).text.utf8)) as? [String: String]
        #expect(config?["channel"] == "email")
        #expect(config?["application_id"] == application.id.uuidString.lowercased())
        #expect(config?["recipient"] == "jobs@acme.example")
        #expect((try task.optional("error_message", as: String.self))?.contains("refused the login") == true)
        #expect(try server.received().isEmpty)

        // The retry that works completes the task.
        let outcome = try fixture.service(server).submit(request, for: me)
        #expect(outcome.application.status == .submitted)
        #expect(
            try fixture.rows("SELECT status FROM automation_tasks").first?.get("status", as: String.self) == "completed"
        )
    }

    @Test("a manual submission records the posting's URL and the manual method", arguments: TestEngine.allCases)
    func manual(engine: TestEngine) throws {
        let fixture = try SubmissionFixture(engine)
        let me = try fixture.user()
        let application = try fixture.application(for: me)
        let outcome = try fixture.service(nil).submit(
            SubmissionRequest(application: application.handle, channel: .manual, confirmed: true), for: me)
        #expect(outcome.application.status == .submitted)
        #expect(outcome.application.applicationMethod == .manual)
        let record = try #require(outcome.record)
        #expect(record.channel == .manual)
        #expect(record.recipient == "https://boards.example/acme/1")
        #expect(record.platform == nil)
        #expect(record.documents.isEmpty)
        #expect(record.receipt == "sent by hand, confirmed by the applicant")
    }

    @Test("two e-mails to one domain keep submission.min_interval_seconds apart", arguments: TestEngine.allCases)
    func pacing(engine: TestEngine) throws {
        let fixture = try SubmissionFixture(engine)
        let server = try SMTPTestServer(mode: .starttls)
        let me = try fixture.user()
        let first = try fixture.application(for: me, company: "Acme")
        let second = try fixture.application(for: me, company: "Acme Labs")
        try fixture.documents(for: first, user: me)
        try fixture.documents(for: second, user: me)
        let service = fixture.service(server, interval: 90)
        _ = try service.submit(
            SubmissionRequest(application: first.handle, channel: .email, recipient: "jobs@acme.example"), for: me)
        fixture.clock.advance(30)
        let request = SubmissionRequest(application: second.handle, channel: .email, recipient: "labs@acme.example")
        let error = try #require(throws: JobHuntError.self) { try service.submit(request, for: me) }
        #expect(error.code == .submissionPaced)
        #expect(error.remedy?.description.contains("60s") == true, "\(String(describing: error.remedy))")
        #expect(try service.prepare(request, for: me).waitSeconds == 60)
        fixture.clock.advance(60)
        #expect(try service.submit(request, for: me).application.status == .submitted)
        #expect(try server.received().count == 2)
    }

    @Test("a document without a PDF goes as HTML, with a warning", arguments: [TestEngine.sqlite])
    func htmlFallback(engine: TestEngine) throws {
        let fixture = try SubmissionFixture(engine)
        let me = try fixture.user()
        let application = try fixture.application(for: me)
        try fixture.documents(for: application, user: me, resumeName: "resume.html")
        let plan = try fixture.service(nil).prepare(
            SubmissionRequest(application: application.handle, channel: .email, recipient: "jobs@acme.example"), for: me
        )
        #expect(plan.document(.resume)?.mediaType == "text/html; charset=utf-8")
        #expect(plan.document(.resume)?.filename == "Resume - Zoë Ørsted.html")
        #expect(plan.warnings.contains { $0.contains("résumé goes as HTML") })
        #expect(plan.message?.attachments.first?.data == Data("<h1>Zoë</h1>".utf8))
    }

    @Test("another user's application is not found, and nothing of theirs is read", arguments: TestEngine.allCases)
    func isolation(engine: TestEngine) throws {
        let fixture = try SubmissionFixture(engine)
        let me = try fixture.user()
        let other = try fixture.user()
        let theirs = try fixture.application(for: other)
        try fixture.documents(for: theirs, user: other)
        let error = try #require(throws: JobHuntError.self) {
            try fixture.service(nil).prepare(
                SubmissionRequest(application: theirs.id.uuidString, channel: .manual), for: me)
        }
        #expect(error.code == .applicationNotFound)
    }
}
