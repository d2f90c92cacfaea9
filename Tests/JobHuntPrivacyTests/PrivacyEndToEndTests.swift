// The privacy commands through the built binary: cleanup killed with SIGKILL
// mid-run leaves whole batches only, forget refuses off a terminal without
// --yes and erases a person's S3 files, export writes a zip unzip accepts.
import Foundation
import JobHuntDatabase
import JobHuntIO
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Privacy through the binary")
struct PrivacyEndToEndTests {
    /// A migrated scratch database, a home folder, and the environment that uses them.
    final class Setup: @unchecked Sendable {
        let scratch: ScratchDatabase
        let home: TemporaryDirectory
        var environment: [String: String]

        init(_ engine: TestEngine, s3: Bool = false) throws {
            scratch = try ScratchDatabase(engine)
            home = try TemporaryDirectory()
            environment = [
                "HOME": home.path, "XDG_DATA_HOME": home.file("data").path, "XDG_CONFIG_HOME": home.file("config").path,
                "JOBHUNT_DATABASE_URL": scratch.url, "JOBHUNT_NOW": "2026-12-06T12:00:00Z",
            ]
            if s3 {
                let settings = try TestServices.s3
                environment.merge([
                    "JOBHUNT_S3_BUCKET": settings.bucket, "JOBHUNT_S3_ENDPOINT": settings.endpoint,
                    "JOBHUNT_S3_REGION": settings.region, "JOBHUNT_S3_PATH_STYLE": "true",
                    "JOBHUNT_S3_ACCESS_KEY_ID": settings.accessKeyID,
                    "JOBHUNT_S3_SECRET_ACCESS_KEY": settings.secretAccessKey,
                ]) { $1 }
            }
            let migrate = try CommandRunner.run(["migrate", "up", "-q"], environment: environment)
            #expect(migrate.status == 0, "\(migrate.stderr)")
        }

        /// Creates an account and returns the environment acting as it.
        func login(_ email: String) throws -> [String: String] {
            try CommandRunner.logIn(email, password: "correct horse battery \(email)", environment: environment)
        }
    }

    static let interruptions: [(TestEngine, Int32)] = [
        (.sqlite, SIGKILL), (.postgres, SIGKILL), (.sqlite, SIGINT), (.postgres, SIGINT),
    ]

    @Test(
        "cleanup killed mid-run (SIGKILL, SIGINT) leaves every task archived or live, never both or neither; a rerun finishes",
        arguments: interruptions)
    func killedMidRun(engine: TestEngine, signal: Int32) throws {
        let setup = try Setup(engine)
        let db = try setup.scratch.open()
        defer { db.close() }
        let user = UUID()
        try db.execute("INSERT INTO users (id, email, password_hash) VALUES (\(user), 'cron@example.com', 'x')")
        let total = 4000
        let old = Date(timeIntervalSince1970: 1_750_000_000)  // 2025-06: past six months
        for chunk in stride(from: 0, to: total, by: 500) {
            let rows: [[(any DatabaseValueConvertible)?]] = (chunk..<min(chunk + 500, total)).map { _ in
                [UUID(), user, "job_discovery", "completed", old]
            }
            try db.execute(
                "INSERT INTO automation_tasks (id, user_id, task_type, status, completed_at) VALUES \(rows: rows)")
        }
        let process = Process()
        // Through env(1), which execs jobhunt with SIGINT back at its default: the
        // test runner ignores SIGINT, and an ignored signal stays ignored across exec.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["--default-signal=INT", try CommandRunner.binary().path, "cleanup", "-q"]
        process.environment = setup.environment.merging(["JOBHUNT_CLEANUP_BATCH_SIZE": "1"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var archived = 0
        while process.isRunning, archived < 20 {
            archived = try db.scalar("SELECT COUNT(*) FROM automation_tasks_archive", as: Int.self) ?? 0
            usleep(5_000)
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        // SIGKILL ends it outright; SIGINT runs jobhunt's handler, which exits 130 at once.
        let stopped =
            signal == SIGKILL
            ? process.terminationReason == .uncaughtSignal
            : process.terminationReason == .exit && process.terminationStatus == 128 + signal
        #expect(stopped, "killed, not finished: \(process.terminationReason) \(process.terminationStatus)")

        let live = try db.scalar("SELECT COUNT(*) FROM automation_tasks", as: Int.self) ?? -1
        let archive = try db.scalar("SELECT COUNT(*) FROM automation_tasks_archive", as: Int.self) ?? -1
        let both = try db.scalar(
            "SELECT COUNT(*) FROM automation_tasks t JOIN automation_tasks_archive a ON a.id = t.id", as: Int.self)
        #expect(archive >= 20 && archive < total, "stopped part-way: \(archive) of \(total)")
        #expect(live + archive == total, "no task lost")
        #expect(both == 0, "no task both archived and live")

        let rerun = try CommandRunner.run(["cleanup", "--json"], environment: setup.environment)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try db.scalar("SELECT COUNT(*) FROM automation_tasks", as: Int.self) == 0)
        #expect(try db.scalar("SELECT COUNT(*) FROM automation_tasks_archive", as: Int.self) == total)
    }

    @Test("on a terminal forget asks: no cancels and keeps everything, yes forgets")
    func asksOnATerminal() throws {
        let setup = try Setup(.sqlite)
        let imported = try CommandRunner.run(
            ["init", "--email", "tty-privacy@example.com"], environment: setup.environment)
        #expect(imported.status == 0, "\(imported.stderr)")
        func onTerminal(_ answer: String) throws -> CommandResult {
            try CommandRunner.runShell(
                #"printf '%s\n' "$ANSWER" | script -qec '"$JOBHUNT" user forget tty-privacy@example.com' /dev/null"#,
                environment: setup.environment.merging(["ANSWER": answer, "TERM": "dumb"]) { $1 })
        }
        let no = try onTerminal("n")
        #expect(no.status == 1, "\(no.stdout)\(no.stderr)")
        #expect(no.stdout.contains("forget tty-privacy@example.com and everything they own, for good? [y/N]"))
        let db = try setup.scratch.open()
        defer { db.close() }
        #expect(try db.scalar("SELECT COUNT(*) FROM users WHERE email = 'tty-privacy@example.com'", as: Int.self) == 1)
        let yes = try onTerminal("y")
        #expect(yes.status == 0, "\(yes.stdout)\(yes.stderr)")
        #expect(yes.stdout.contains("users") && yes.stdout.contains("forgot tty-privacy@example.com"))
        #expect(try db.scalar("SELECT COUNT(*) FROM users WHERE email = 'tty-privacy@example.com'", as: Int.self) == 0)
    }

    @Test("forget and export on PostgreSQL with S3: refused without --yes, another's needs an admin, files go")
    func forgetAndExportOnS3() throws {
        let setup = try Setup(.postgres, s3: true)
        let ada = try setup.login("ada-privacy@example.com")
        let grace = try setup.login("grace-privacy@example.com")
        let cv = setup.home.file("cv.txt")
        try Data("Ada Lovelace, ada-privacy@example.com, analytical engines".utf8).write(to: cv)
        let stored = try CommandRunner.run(["profile", "resume", cv.path, "--json"], environment: ada)
        #expect(stored.status == 0, "\(stored.stderr)")
        let who = try CommandRunner.run(["whoami", "--json"], environment: ada)
        let id = try #require(
            (try JSONSerialization.jsonObject(with: Data(who.stdout.utf8)) as? [String: Any])?["id"] as? String)

        let archive = setup.home.file("ada.zip")
        let export = try CommandRunner.run(["user", "export", "--out", archive.path], environment: ada)
        #expect(export.status == 0, "\(export.stderr)")
        let list = try CommandRunner.runShell("unzip -l \"$A\"", environment: ["A": archive.path])
        #expect(list.stdout.contains("files/resume/cv.txt") && list.stdout.contains("manifest.json"))

        let refused = try CommandRunner.run(["user", "forget", "ada-privacy@example.com"], environment: ada)
        #expect(refused.status == 2, "off a terminal --yes is required: \(refused.stderr)")
        let notHers = try CommandRunner.run(["user", "forget", "ada-privacy@example.com", "--yes"], environment: grace)
        #expect(notHers.status == 1 && notHers.stderr.contains("administrator"), "\(notHers.stderr)")
        let notHersExport = try CommandRunner.run(
            ["user", "export", "ada-privacy@example.com", "--out", setup.home.file("x").path], environment: grace)
        #expect(notHersExport.status == 1)

        let admin = try CommandRunner.run(
            ["user", "admin", "grace-privacy@example.com"], environment: setup.environment)
        #expect(admin.status == 0, "the first administrator: \(admin.stderr)")
        let second = try CommandRunner.run(
            ["user", "admin", "ada-privacy@example.com"], environment: setup.environment)
        #expect(second.status != 0, "then only an administrator makes another")
        let password = "correct horse battery staple\n"
        let refusedAdd = try CommandRunner.run(
            ["user", "add", "--email", "ops-privacy@example.com", "--admin", "--password-stdin"], environment: ada,
            stdin: password)
        #expect(refusedAdd.status == 1, "\(refusedAdd.stderr)")
        let added = try CommandRunner.run(
            ["user", "add", "--email", "ops-privacy@example.com", "--admin", "--password-stdin"], environment: grace,
            stdin: password)
        #expect(added.status == 0, "an administrator adds another: \(added.stderr)")

        let forgot = try CommandRunner.run(
            ["user", "forget", "ada-privacy@example.com", "--yes", "--json"], environment: grace)
        #expect(forgot.status == 0, "\(forgot.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(forgot.stdout.utf8)) as? [String: Any])
        #expect(report["objects"] as? Int == 1)
        let settings = try TestServices.s3
        let store = try S3ObjectStore(
            configuration: .init(
                bucket: settings.bucket, region: settings.region, endpoint: URL(string: settings.endpoint),
                addressing: .pathStyle,
                credentials: SigV4Credentials(
                    accessKeyID: settings.accessKeyID, secretAccessKey: settings.secretAccessKey, sessionToken: nil)))
        #expect(try store.allKeys(prefix: "users/\(id)/") == [])
        let db = try setup.scratch.open()
        defer { db.close() }
        #expect(try db.scalar("SELECT COUNT(*) FROM users WHERE email = 'ada-privacy@example.com'", as: Int.self) == 0)
        #expect(try db.scalar("SELECT COUNT(*) FROM users WHERE is_admin = \(true)", as: Int.self) == 2)
    }
}
