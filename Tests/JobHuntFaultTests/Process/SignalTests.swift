// SIGINT (Ctrl-C) and SIGTERM in the long-running commands: each stops at
// once with 130 or 143 (the worker, a service, finishes the task in hand and
// exits 0, as documented for systemd), keeps what it had finished, and leaves
// nothing half-done: no row of an unfinished transaction, no partial backup
// under the user's file name, no half-downloaded model.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@Suite("faults: SIGINT and SIGTERM")
struct SignalTests {
    static let signals: [Int32] = [SIGINT, SIGTERM]

    /// How long after the signal the process may take to be gone.
    static let prompt = 3.0

    static func interrupted(_ exit: ChildExit, by number: Int32) -> Bool {
        exit.shellStatus == 128 + number
    }

    @Test("discover: the finished source is kept, the hanging one is not half-stored", arguments: signals)
    func discover(signal number: Int32) throws {
        let good = try LoopbackHTTPServer(responses: [.init(status: 200, body: HostileBodies.greenhouseBoard(40))])
        let slow = try LoopbackHTTPServer(responses: [
            .init(status: 200, body: HostileBodies.greenhouseBoard(30, board: "slow"), delay: .seconds(20))
        ])
        defer {
            good.stop()
            slow.stop()
        }
        let home = try FaultHome(.sqlite)
        let child = try home.start([
            "discover", "--source", "greenhouse:\(good.baseURL.absoluteString)/v1/boards/a/jobs",
            "--source", "greenhouse:\(slow.baseURL.absoluteString)/v1/boards/b/jobs",
        ])
        #expect(try child.waitUntil(timeout: 30) { try home.count("job_postings") == 40 })
        let sent = ContinuousClock.now
        child.send(number)
        let exit = child.wait(timeout: 30)
        #expect(Self.interrupted(exit, by: number), "\(exit)")
        #expect(Child.seconds(.now - sent) < Self.prompt, "\(exit)")
        #expect(exit.stderr.contains("interrupted"), "\(exit.stderr)")
        #expect(try home.count("job_postings") == 40, "the finished source kept, nothing of the other")
        #expect(try home.integrity() == "ok")
        print(
            "fault-figure signal discover \(number): \(exit.shellStatus) after \(String(format: "%.2f", Child.seconds(.now - sent))) s; \(exit.stderr)"
        )
    }

    @Test("worker: the task in hand finishes, nothing new is claimed, exit 0", arguments: signals)
    func worker(signal number: Int32) throws {
        let slow = try LoopbackHTTPServer(responses: [
            .init(status: 200, body: HostileBodies.greenhouseBoard(30), delay: .seconds(2))
        ])
        defer { slow.stop() }
        let home = try FaultHome(.sqlite)
        let source = "greenhouse:\(slow.baseURL.absoluteString)/v1/boards/a/jobs"
        for _ in 0..<2 { #expect(try home.run(["tasks", "add", "job_discovery", "sources=\(source)"]).status == 0) }
        let child = try home.start(["worker"])
        #expect(child.waitUntil(timeout: 30) { !slow.requests.isEmpty })
        child.send(number)
        let exit = child.wait(timeout: 30)
        #expect(exit.code == 0, "\(exit)")
        #expect(exit.seconds < 15, "\(exit)")
        #expect(try home.count("automation_tasks", where: "status = 'completed'") == 1, "the task in hand finished")
        #expect(try home.count("automation_tasks", where: "status = 'pending'") == 1, "the other was not claimed")
        #expect(try home.count("job_postings") == 30)
        #expect(try home.integrity() == "ok")
        print(
            "fault-figure signal worker \(number): \(exit.shellStatus) in \(exit.seconds) s; \(exit.stdout) \(exit.stderr)"
        )
    }

    @Test("apply with a model that does not answer: stopped, no application written", arguments: signals)
    func applyWaitingForModel(signal number: Int32) throws {
        let model = try LoopbackHTTPServer(responses: [.init(status: 500, delay: .seconds(30))])
        defer { model.stop() }
        let home = try KillTests.applyHome(.sqlite)
        let job = try KillTests.firstPosting(home)
        home.environment.merge([
            "JOBHUNT_LLM_URL": model.baseURL.absoluteString + "/v1", "JOBHUNT_LLM_MODEL": "slow-7b",
        ]) { $1 }
        let child = try home.start(["apply", job, "--generator", "llm"])
        #expect(child.waitUntil(timeout: 30) { !model.requests.isEmpty })
        let sent = ContinuousClock.now
        child.send(number)
        let exit = child.wait(timeout: 30)
        #expect(Self.interrupted(exit, by: number), "\(exit)")
        #expect(Child.seconds(.now - sent) < Self.prompt)
        #expect(try home.count("applications") == 0 && home.count("generated_content") == 0)
        #expect(KillTests.storedFiles(home).isEmpty)
        #expect(try home.integrity() == "ok")
        home.environment["JOBHUNT_LLM_URL"] = nil
        let rerun = try home.run(["apply", job, "-q"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
    }

    @Test("backup: interrupted at any moment, the file is a whole backup or absent", arguments: signals)
    func backup(signal number: Int32) throws {
        let home = try KillTests.applyHome(.sqlite)
        let folder = try TemporaryDirectory(prefix: "jobhunt-backups")
        var outcomes: [String] = []
        for (index, delay) in stride(from: 0.0, through: 0.6, by: 0.05).enumerated() {
            let file = folder.file("backup-\(index).sqlite3")
            let child = try home.start(["backup", file.path])
            Thread.sleep(forTimeInterval: delay)
            child.send(number)
            let exit = child.wait(timeout: 30)
            let exists = FileManager.default.fileExists(atPath: file.path)
            outcomes.append("\(delay): \(exit.shellStatus)\(exists ? " file" : "")")
            // Whatever the moment: the name given holds a whole backup or nothing.
            if exists {
                let db = try Database(location: DatabaseLocation("sqlite:" + file.path))
                #expect(try db.scalar("PRAGMA integrity_check", as: String.self) == "ok")
                #expect(try db.scalar("SELECT COUNT(*) FROM job_postings", as: Int.self) == home.count("job_postings"))
                #expect(try db.scalar("SELECT COUNT(*) FROM jobhunt_backup_files", as: Int.self) != nil)
                db.close()
            }
            if exit.code == 0 {
                #expect(exists)
            } else {
                #expect(Self.interrupted(exit, by: number), "\(exit)")
            }
            if !exists {
                let again = try home.run(["backup", file.path, "-q"])
                #expect(again.status == 0, "the re-run is not blocked: \(again.stderr)")
            }
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
                $0.hasPrefix(".")
            }
            #expect(leftovers.isEmpty, "nothing left beside it: \(leftovers)")
            #expect(try home.integrity() == "ok")
        }
        print("fault-figure signal backup \(number): \(outcomes)")
    }

    @Test("restore: interrupted, the re-run restores everything", arguments: signals)
    func restore(signal number: Int32) throws {
        let source = try KillTests.applyHome(.sqlite)
        #expect(try source.run(["apply", try KillTests.firstPosting(source), "-q"]).status == 0)
        let folder = try TemporaryDirectory(prefix: "jobhunt-backups")
        let file = folder.file("backup.sqlite3")
        #expect(try source.run(["backup", file.path, "-q"]).status == 0)
        let expected = try source.dump(masking: ["users.password_hash"])
        var outcomes: [String] = []
        for delay in stride(from: 0.0, through: 0.4, by: 0.05) {
            let home = try TemporaryDirectory()
            let database = home.file("restored.sqlite3").path
            var environment = FaultHome.environment(
                home: home, databaseURL: "sqlite:" + database, now: "2026-12-06T12:00:00Z")
            try FileManager.default.createDirectory(at: home.file("tmp"), withIntermediateDirectories: true)
            let child = try Child(["restore", file.path], environment: environment)
            Thread.sleep(forTimeInterval: delay)
            child.send(number)
            let exit = child.wait(timeout: 30)
            outcomes.append("\(delay): \(exit.shellStatus)")
            #expect(exit.code == 0 || Self.interrupted(exit, by: number), "\(exit)")
            environment["JOBHUNT_NOW"] = "2026-12-06T12:00:00Z"
            let again = try CommandRunner.run(["restore", file.path, "--force", "-q"], environment: environment)
            #expect(again.status == 0, "\(again.stderr)")
            let restored = try FaultHome(restoredAt: database, home: home)
            #expect(try restored.integrity() == "ok")
            #expect(FaultHome.differences(try restored.dump(masking: ["users.password_hash"]), expected) == [])
        }
        print("fault-figure signal restore \(number): \(outcomes)")
    }

    @Test("migrate up on PostgreSQL: interrupted, the re-run completes the same schema", arguments: signals)
    func migrate(signal number: Int32) throws {
        let reference = try ScratchDatabase(.postgres)
        let home = try TemporaryDirectory()
        let referenceEnvironment = FaultHome.environment(
            home: home, databaseURL: reference.url, now: "2026-12-06T12:00:00Z")
        #expect(try CommandRunner.run(["migrate", "up", "-q"], environment: referenceEnvironment).status == 0)
        let expected = try Self.schema(reference)
        var outcomes: [String] = []
        for delay in [0.1, 0.3, 0.6, 1.0] {
            let scratch = try ScratchDatabase(.postgres)
            let environment = FaultHome.environment(home: home, databaseURL: scratch.url, now: "2026-12-06T12:00:00Z")
            let child = try Child(["migrate", "up"], environment: environment)
            Thread.sleep(forTimeInterval: delay)
            child.send(number)
            let exit = child.wait(timeout: 30)
            let partial = try Self.schema(scratch).count
            outcomes.append("\(delay): \(exit.shellStatus), \(partial) columns")
            #expect(exit.code == 0 || Self.interrupted(exit, by: number), "\(exit)")
            let again = try CommandRunner.run(["migrate", "up", "-q"], environment: environment)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(try Self.schema(scratch) == expected)
            let check = try CommandRunner.run(["migrate", "status", "--check", "-q"], environment: environment)
            #expect(check.status == 0, "\(check.stderr)")
        }
        print("fault-figure signal migrate \(number): \(outcomes)")
    }

    @Test("model install --url: interrupted mid-download, no partial model and no scratch left", arguments: signals)
    func modelInstall(signal number: Int32) throws {
        let server = try LoopbackHTTPServer(responses: [
            .init(status: 200, body: Data(repeating: 1, count: 1024), delay: .seconds(30))
        ])
        defer { server.stop() }
        let home = try FaultHome(.sqlite)
        let child = try home.start(["model", "install", "--url", server.baseURL.absoluteString + "/model"])
        #expect(child.waitUntil(timeout: 30) { !server.requests.isEmpty })
        let scratch = try FileManager.default.contentsOfDirectory(atPath: home.home.file("tmp").path)
        #expect(scratch.contains { $0.hasPrefix("jobhunt-model-") }, "the download has begun: \(scratch)")
        let sent = ContinuousClock.now
        child.send(number)
        let exit = child.wait(timeout: 30)
        #expect(Self.interrupted(exit, by: number), "\(exit)")
        #expect(Child.seconds(.now - sent) < Self.prompt)
        let left = try FileManager.default.contentsOfDirectory(atPath: home.home.file("tmp").path)
        #expect(left.isEmpty, "the half-downloaded model is removed: \(left)")
        let status = try home.run(["model", "status"])
        #expect(status.status != 0 || !status.stdout.contains("installed"), "\(status.stdout)")
    }

    /// Every column of every table of the current schema, as text lines.
    static func schema(_ scratch: ScratchDatabase) throws -> [String] {
        let db = try scratch.open()
        defer { db.close() }
        return try db.query(
            """
            SELECT table_name || '.' || column_name || ' ' || data_type AS line FROM information_schema.columns
            WHERE table_schema = current_schema() ORDER BY 1
            """
        ).map { try $0.get("line", as: String.self) }
    }
}

extension FaultHome {
    /// A home around a database another command (restore) made.
    convenience init(restoredAt path: String, home: TemporaryDirectory) throws {
        try self.init(existingSQLite: path, home: home)
    }
}

extension SignalTests {
    @Test(
        "discover --embed-pending: the vectors already stored are kept, the re-run embeds the rest", arguments: signals)
    func embedPending(signal number: Int32) throws {
        let server = try LoopbackHTTPServer(responses: [.init(status: 200, body: HostileBodies.greenhouseBoard(300))])
        defer { server.stop() }
        // Discovered without a model (the default model folder is empty), embedded later with one.
        let home = try FaultHome(.sqlite)
        let source = "greenhouse:\(server.baseURL.absoluteString)/v1/boards/tessellate/jobs"
        #expect(try home.run(["discover", "--source", source, "-q"]).status == 0)
        #expect(try home.count("job_postings", where: "embedding IS NULL") == 300)
        home.environment["JOBHUNT_MODEL_DIR"] = try TestModel.directory().path
        let child = try home.start(["discover", "--embed-pending"])
        #expect(
            try child.waitUntil(timeout: 120) { try home.count("job_postings", where: "embedding IS NOT NULL") > 0 })
        let sent = ContinuousClock.now
        child.send(number)
        let exit = child.wait(timeout: 30)
        let embedded = try home.count("job_postings", where: "embedding IS NOT NULL")
        print("fault-figure signal embed-pending \(number): \(exit.shellStatus), \(embedded) of 300 kept")
        #expect(Self.interrupted(exit, by: number) || exit.code == 0, "\(exit)")
        #expect(Child.seconds(.now - sent) < Self.prompt)
        #expect(embedded > 0, "the vectors stored before the signal are kept")
        #expect(try home.integrity() == "ok")
        let rerun = try home.run(["discover", "--embed-pending", "-q"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try home.count("job_postings", where: "embedding IS NULL") == 0)
    }
}
