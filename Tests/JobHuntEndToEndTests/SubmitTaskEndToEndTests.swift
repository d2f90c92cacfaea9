// A failed e-mail submission retried by the worker, through the built binary:
// the queued `application_submission` task sends once the mail server takes
// the password, and a second task for the same application completes without
// sending again. A manual channel is refused at `tasks add`.
import Foundation
import JobHuntTesting
import Testing

@Suite("apply submit retried by the worker")
struct SubmitTaskEndToEndTests {
    @Test(
        "the queued retry sends once; another task for the sent application sends nothing",
        arguments: TestEngine.allCases)
    func retry(engine: TestEngine) throws {
        let world = try SubmitEndToEndTests.World(engine)
        let server = try SMTPTestServer(mode: .smtps)
        world.status.environment["JOBHUNT_SMTP_URL"] = server.url
        world.status.environment["JOBHUNT_SMTP_USERNAME"] = server.username
        world.status.environment["JOBHUNT_SMTP_PASSWORD"] = "not the password"
        world.status.environment["JOBHUNT_SMTP_CA_FILE"] = server.certificate.path
        let failed = try world.status.run([
            "apply", "submit", world.handle, "--via", "email", "--to", "jobs@acme.example", "--yes",
        ])
        #expect(failed.status == 1, "\(failed.stderr)")
        let queued = try world.status.objects(["tasks", "list", "--status", "pending"])
        #expect(queued.map { $0["task_type"] as? String } == ["application_submission"])

        world.status.environment["JOBHUNT_SMTP_PASSWORD"] = server.password
        _ = try world.status.run(["tasks", "list"])  // a minute on: the retry is due
        let worker = try world.status.run(["--json", "worker", "--once"])
        #expect(worker.status == 0, "\(worker.stderr)")
        #expect(worker.stdout.contains("\"outcome\":\"completed\""), "\(worker.stdout)")
        #expect(try server.received().count == 1)
        let shown = try world.status.object(["status", "show", world.handle])
        #expect(shown["status"] as? String == "submitted")

        let again = try world.status.run([
            "tasks", "add", "application_submission", "--app", world.handle, "channel=email",
            "recipient=jobs@acme.example",
        ])
        #expect(again.status == 0, "\(again.stderr)")
        let second = try world.status.run(["--json", "worker", "--once"])
        #expect(second.stdout.contains("\"outcome\":\"completed\""), "\(second.stdout)")
        #expect(try server.received().count == 1, "a sent application is never sent again")
        #expect(try world.count("submissions") == 1)

        let manual = try world.status.run([
            "tasks", "add", "application_submission", "--app", world.handle, "channel=manual",
        ])
        #expect(manual.status == 2)
        #expect(manual.stderr.contains("cannot run unattended"), "\(manual.stderr)")
    }
}
