// `jobhunt apply submit` through the built binary on both engines: refused
// without a terminal or --yes, a dry run that prints the message and writes
// nothing, an e-mail sent with --yes to a real SMTP server (STARTTLS, AUTH,
// settings from the environment), and a manual submission.
import Foundation
import JobHuntTesting
import Testing

@Suite("apply submit end to end")
struct SubmitEndToEndTests {
    /// The status end-to-end world plus a data directory and an application with documents.
    final class World: @unchecked Sendable {
        let status: StatusEndToEnd
        let dataDirectory: URL
        var application: [String: Any] = [:]
        var handle: String { application["id"] as? String ?? "" }

        init(_ engine: TestEngine) throws {
            status = try StatusEndToEnd(engine)
            dataDirectory = status.home.file("data")
            status.environment["JOBHUNT_DATA_DIR"] = dataDirectory.path
            let account = try status.object(["whoami"])
            let userID = try #require(UUID(uuidString: account["id"] as? String ?? ""), "\(account)")
            let db = try status.scratch.open()
            try db.execute("UPDATE users SET first_name = 'Zoë', last_name = 'Ørsted' WHERE id = \(userID)")
            db.close()
            application = try status.object([
                "status", "add", "--company", "Acme", "--title", "Staff Engineer", "--url",
                "https://boards.example/acme/1",
            ])
            let applicationID = try #require(UUID(uuidString: handle))
            for (kind, text) in [
                ("resume", "# Zoë Ørsted"), ("cover_letter", "Dear Acme,\n\nI would like to apply.\n\nZoë"),
            ] {
                try GeneratedDocumentSeed.insert(
                    kind, data: GeneratedDocumentSeed.pdf(kind), fileName: "\(kind).pdf", text: text, approved: true,
                    applicationID: applicationID, userID: userID, databaseURL: status.scratch.url,
                    dataDirectory: dataDirectory, createdAt: Date(timeIntervalSince1970: 1_796_558_400))
            }
        }

        func count(_ table: String) throws -> Int {
            let db = try status.scratch.open()
            defer { db.close() }
            return try db.scalar("SELECT COUNT(*) FROM \(sql: .trusted(table))", as: Int.self) ?? -1
        }
    }

    @Test(
        "without a terminal and without --yes it refuses with exit 2 and writes nothing", arguments: TestEngine.allCases
    )
    func refuses(engine: TestEngine) throws {
        let world = try World(engine)
        let before = try world.status.snapshot()
        for via in ["manual", "email"] {
            let result = try world.status.run([
                "apply", "submit", world.handle, "--via", via, "--to", "jobs@acme.example",
            ])
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.errorLine.hasPrefix("jobhunt: refusing to submit"))
            #expect(result.errorLine.contains("--yes"))
        }
        #expect(try world.status.snapshot() == before)
        #expect(try world.count("submissions") == 0)
    }

    @Test("--dry-run prints the message and writes nothing", arguments: TestEngine.allCases)
    func dryRun(engine: TestEngine) throws {
        let world = try World(engine)
        let before = try world.status.snapshot()
        let result = try world.status.run([
            "apply", "submit", world.handle, "--via", "email", "--to", "jobs@acme.example", "--dry-run",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("to:         jobs@acme.example"))
        #expect(result.stdout.contains("Subject: Application: Staff Engineer at Acme – Zoë Ørsted"))
        #expect(result.stdout.contains("Dear Acme,\n\nI would like to apply."))
        // The Date header as it is sent (RFC 5322), on the clock the runs share.
        #expect(result.stdout.contains("\nDate: Sun, 06 Dec 2026 12:0"), "\(result.stdout)")
        #expect(result.stdout.contains("Resume - Zoë Ørsted.pdf (application/pdf"))
        #expect(result.stderr.contains("dry run: nothing was sent or recorded"))
        let json = try world.status.object([
            "apply", "submit", world.handle, "--via", "email", "--to", "jobs@acme.example", "--dry-run",
        ])
        #expect(json["dry_run"] as? Bool == true)
        #expect((json["documents"] as? [[String: Any]])?.count == 2)
        #expect(try world.status.snapshot() == before)
        #expect(try world.count("submissions") == 0)
        #expect(try world.count("automation_tasks") == 0)
    }

    @Test(
        "--via email --yes sends through the configured server and the application is submitted",
        arguments: TestEngine.allCases)
    func email(engine: TestEngine) throws {
        let world = try World(engine)
        let server = try SMTPTestServer(mode: .starttls)
        world.status.environment["JOBHUNT_SMTP_URL"] = server.url
        world.status.environment["JOBHUNT_SMTP_USERNAME"] = server.username
        world.status.environment["JOBHUNT_SMTP_PASSWORD"] = server.password
        world.status.environment["JOBHUNT_SMTP_CA_FILE"] = server.certificate.path
        world.status.environment["JOBHUNT_SMTP_FROM"] = "Zoë Ørsted <zoe@example.com>"
        let sent = try world.status.object([
            "apply", "submit", world.handle, "--via", "email", "--to", "jobs@acme.example", "--yes",
        ])
        let submission = try #require(sent["submission"] as? [String: Any])
        #expect(submission["receipt"] as? String == "250 2.0.0 Ok: queued as JH1")
        #expect(submission["state"] as? String == "sent")
        #expect((submission["documents"] as? [[String: Any]])?.compactMap { $0["sha256"] as? String }.count == 2)
        let received = try server.received()
        #expect(received.count == 1)
        #expect(received.first?.mailFrom == "zoe@example.com")
        let parsed = try SMTPTestServer.parse(try #require(received.first?.file))
        #expect(parsed["subject"] as? String == "Application: Staff Engineer at Acme – Zoë Ørsted")
        #expect((parsed["attachments"] as? [[String: Any]])?.count == 2)
        let shown = try world.status.object(["status", "show", world.handle])
        #expect(shown["status"] as? String == "submitted")
        #expect(shown["application_method"] as? String == "automated")
        let history = try #require(shown["history"] as? [[String: Any]])
        #expect(history.last?["changed_by"] as? String == "system")

        // Again: refused, nothing sent.
        let again = try world.status.run([
            "apply", "submit", world.handle, "--via", "email", "--to", "jobs@acme.example", "--yes",
        ])
        #expect(again.status == 1)
        #expect(again.errorLine.contains("already submitted by email to jobs@acme.example"), "\(again.stderr)")
        #expect(try server.received().count == 1)
    }

    @Test("a failed send exits 1, stays pending and queues a retry", arguments: TestEngine.allCases)
    func failure(engine: TestEngine) throws {
        let world = try World(engine)
        let server = try SMTPTestServer(mode: .smtps)
        world.status.environment["JOBHUNT_SMTP_URL"] = server.url
        world.status.environment["JOBHUNT_SMTP_USERNAME"] = server.username
        world.status.environment["JOBHUNT_SMTP_PASSWORD"] = "not the password"
        world.status.environment["JOBHUNT_SMTP_CA_FILE"] = server.certificate.path
        let result = try world.status.run([
            "apply", "submit", world.handle, "--via", "email", "--to", "jobs@acme.example", "--yes",
        ])
        #expect(result.status == 1)
        #expect(result.errorLine.contains("stays pending and a retry is queued"), "\(result.stderr)")
        #expect(result.errorLine.contains("smtp.password"))
        #expect(!result.stderr.contains("not the password"), "the password is never shown")
        #expect(try world.count("automation_tasks") == 1)
        #expect(try world.count("submissions") == 0)
        let shown = try world.status.object(["status", "show", world.handle])
        #expect(shown["status"] as? String == "pending")
    }

    @Test("--via manual --yes prints the URL and records a manual submission", arguments: TestEngine.allCases)
    func manual(engine: TestEngine) throws {
        let world = try World(engine)
        let result = try world.status.run(["apply", "submit", world.handle, "--via", "manual", "--yes"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("apply at: https://boards.example/acme/1"))
        #expect(result.stdout.contains("sent by hand, confirmed by the applicant"))
        let shown = try world.status.object(["status", "show", world.handle])
        #expect(shown["status"] as? String == "submitted")
        #expect(shown["application_method"] as? String == "manual")
    }

    @Test("on a terminal it asks: no sends and records nothing, yes records", arguments: [TestEngine.sqlite])
    func terminal(engine: TestEngine) throws {
        let world = try World(engine)
        var environment = world.status.environment
        environment["TERM"] = "dumb"
        let command = "\"$JOBHUNT\" apply submit \(world.handle) --via manual"
        let no = try CommandRunner.runShell(
            "printf 'n\\n' | script -qec '\(command)' /dev/null", environment: environment)
        #expect(no.stdout.contains("Did you send it, and may jobhunt record it? [y/N]"), "\(no.stdout)")
        #expect(no.stdout.contains("cancelled"))
        #expect(try world.count("submissions") == 0)
        let yes = try CommandRunner.runShell(
            "printf 'y\\n' | script -qec '\(command)' /dev/null", environment: environment)
        #expect(yes.stdout.contains("sent by hand, confirmed by the applicant"), "\(yes.stdout)")
        #expect(try world.count("submissions") == 1)
    }

    /// Chromium is installed, or CI=true (then a missing one fails the test).
    static var browserCanRun: Bool {
        if ProcessInfo.processInfo.environment["CI"] == "true" { return true }
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/bin:/usr/local/bin"
        let found = { (name: String) in
            path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
        }
        return found("chromium") && found("chromedriver")
    }

    @Test(
        "--via browser lists the form's questions, then with --answer submits it and records the page",
        .enabled(if: browserCanRun, "chromium and chromedriver are not installed: run scripts/setup"),
        arguments: TestEngine.allCases)
    func browser(engine: TestEngine) throws {
        let world = try World(engine)
        let server = try FormFixtureServer()
        let form = server.url("generic.html")
        let first = try world.status.run(["apply", "submit", world.handle, "--via", "browser", "--to", form, "--yes"])
        #expect(first.status == 1)
        #expect(
            first.errorLine.contains("asks what only you can answer: Years of experience with Swift"), "\(first.stderr)"
        )
        #expect(first.errorLine.contains("--answer"))
        let dry = try world.status.run([
            "apply", "submit", world.handle, "--via", "browser", "--to", form, "--dry-run",
            "--answer", "Years of experience with Swift=7", "--answer", "Do you need visa sponsorship?=No",
        ])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("  Given name: Zoë"), "\(dry.stdout)")
        #expect(try server.submissions().isEmpty)
        let sent = try world.status.object([
            "apply", "submit", world.handle, "--via", "browser", "--to", form, "--yes",
            "--answer", "Years of experience with Swift=7", "--answer", "Do you need visa sponsorship?=No",
        ])
        let submission = try #require(sent["submission"] as? [String: Any])
        let receipt = submission["receipt_data"] as? [String: String]
        #expect(receipt?["title"] == "Application received")
        #expect(receipt?["final_url"] == server.url("submit/generic"))
        #expect(receipt?["screenshot"]?.hasSuffix(".png") == true)
        #expect(try server.submissions().count == 1)
        let shown = try world.status.object(["status", "show", world.handle])
        #expect(shown["status"] as? String == "submitted")
    }

    @Test("config show masks smtp.password and lists the submission settings")
    func configShow() throws {
        let home = try TemporaryDirectory()
        let result = try CommandRunner.run(
            ["config", "show"],
            environment: [
                "HOME": home.path, "JOBHUNT_SMTP_PASSWORD": "hunter2-secret",
                "JOBHUNT_SMTP_URL": "smtps://mail.example:465",
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("hunter2-secret"))
        #expect(result.stdout.contains("smtp.password"))
        #expect(result.stdout.contains("submission.min_interval_seconds"))
        let bad = try CommandRunner.run(
            ["config", "set", "submission.min_interval_seconds", "soon"], environment: ["HOME": home.path])
        #expect(bad.status == 2)
    }
}
