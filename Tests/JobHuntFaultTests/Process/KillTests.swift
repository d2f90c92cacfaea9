// kill -9 (SIGKILL: no handler runs, nothing is flushed) during ingest, during
// `apply` and during a worker task, on both engines. Each kill lands at a
// different moment (a sweep of delays); after each the database must be
// intact and hold no half-written batch, and a re-run must converge on exactly
// the state of an undisturbed run in another home (a dump of the tables, ids
// and timestamps masked).
import Foundation
import JobHuntTesting
import Testing

@Suite("faults: kill -9")
struct KillTests {
    /// Tables that log each run rather than hold its result: a killed run and
    /// its re-run rightly leave more of them than one undisturbed run.
    static let runLogs: Set<String> = [
        "platform_metrics", "users", "user_sessions", "login_failures", "automation_tasks", "automation_tasks_archive",
    ]

    static func converged(_ home: FaultHome, _ reference: FaultHome, masking: Set<String> = []) throws -> [String] {
        // Each database draws its own random vector-state token when it is made.
        let masking = masking.union(["posting_vector_state.token"])
        let tables = Set(try home.dump().keys).subtracting(runLogs)
        return FaultHome.differences(
            try home.dump(tables: tables, masking: masking), try reference.dump(tables: tables, masking: masking))
    }

    /// 2,600 postings: five full batches of 500 and one of 100.
    static let boardSize = 2600
    /// Large enough that the worker is still ingesting (20 batches) when the first batch is seen.
    static let workerBoardSize = 10_000

    @Test(
        "kill -9 during discover's ingest: intact, whole batches only, re-run converges", arguments: TestEngine.allCases
    )
    func killDuringIngest(engine: TestEngine) throws {
        let board = HostileBodies.greenhouseBoard(Self.boardSize)
        let server = try LoopbackHTTPServer(responses: [.init(status: 200, body: board)])
        defer { server.stop() }
        let source = "greenhouse:\(server.baseURL.absoluteString)/v1/boards/tessellate/jobs"
        let reference = try FaultHome(engine)
        let timed = try reference.start(["discover", "--source", source, "-q"])
        let undisturbed = timed.wait(timeout: 300)
        #expect(undisturbed.code == 0, "\(undisturbed)")
        #expect(try reference.count("job_postings") == Self.boardSize)

        // Kills spread over the undisturbed run's length, from start-up to the last batch.
        let home = try FaultHome(engine)
        var seen: Set<Int> = []
        for fraction in [0.1, 0.3, 0.5, 0.65, 0.8, 0.9] {
            let delay = undisturbed.seconds * fraction
            let before = server.requests.count
            let child = try home.start(["discover", "--source", source, "-q"])
            _ = before
            Thread.sleep(forTimeInterval: delay)
            child.send(SIGKILL)
            let exit = child.wait(timeout: 30)
            #expect(exit.signal == SIGKILL || exit.code == 0, "\(exit)")
            #expect(try home.integrity() == "ok", "after a kill \(delay) s into the ingest")
            let stored = try home.count("job_postings")
            seen.insert(stored)
            #expect(stored % 500 == 0 || stored == Self.boardSize, "whole batches only: \(stored) after \(delay) s")
            let orphans = try home.count(
                "job_postings",
                where:
                    "company_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM companies c WHERE c.id = job_postings.company_id)"
            )
            let companies = try home.count("companies")
            #expect(orphans == 0, "\(companies) companies")
        }
        print(
            "fault-figure kill-ingest \(engine): undisturbed \(String(format: "%.1f", undisturbed.seconds)) s; "
                + "postings seen after kills \(seen.sorted())")
        let rerun = try home.run(["discover", "--source", source, "-q"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let differences = try Self.converged(home, reference)
        #expect(differences == [])
    }

    @Test("kill -9 during apply: no half application, re-run converges", arguments: TestEngine.allCases)
    func killDuringApply(engine: TestEngine) throws {
        let reference = try Self.applyHome(engine)
        let job = try Self.firstPosting(reference)
        let undisturbed = try reference.run(["apply", job, "-q"])
        #expect(undisturbed.status == 0, "\(undisturbed.stderr)")
        #expect(try reference.count("generated_content") == 3)

        let home = try Self.applyHome(engine)
        var outcomes: [String] = []
        for delay in stride(from: 0.0, through: 1.2, by: 0.1) {
            let child = try home.start(["apply", job, "-q"])
            Thread.sleep(forTimeInterval: delay)
            child.send(SIGKILL)
            let exit = child.wait(timeout: 30)
            #expect(try home.integrity() == "ok")
            let applications = try home.count("applications")
            let documents = try home.count("generated_content")
            outcomes.append("\(delay): \(exit.signal == nil ? "finished" : "killed") \(applications)/\(documents)")
            // The application row commits first (as `status add` would make it) and is
            // reused by the next apply; its three documents commit together, with
            // their URLs on the application, after their files are in the store.
            #expect(applications <= 1)
            #expect(documents == 0 || documents == 3, "three documents or none: \(documents)")
            #expect(try Self.missingFiles(home) == [], "every stored document's file exists")
            if documents == 3 { break }
        }
        print("fault-figure kill-apply \(engine): \(outcomes)")
        if try home.count("generated_content") == 0 {
            let rerun = try home.run(["apply", job, "-q"])
            #expect(rerun.status == 0, "\(rerun.stderr)")
        }
        let differences = try Self.converged(home, reference)
        #expect(differences == [])
        let orphans = try Self.orphanFolders(home)
        #expect(orphans.isEmpty, "object folders of no application, left by a kill: \(orphans)")
    }

    @Test(
        "kill -9 during a worker task: intact, the task is taken back and completes once",
        arguments: TestEngine.allCases)
    func killDuringWorkerTask(engine: TestEngine) throws {
        let server = try LoopbackHTTPServer(responses: [
            .init(status: 200, body: HostileBodies.greenhouseBoard(Self.workerBoardSize))
        ])
        defer { server.stop() }
        let source = "greenhouse:\(server.baseURL.absoluteString)/v1/boards/tessellate/jobs"
        let settings = ["JOBHUNT_WORKER_LEASE_SECONDS": "2", "JOBHUNT_WORKER_RETRY_BASE_SECONDS": "0"]
        let reference = try FaultHome(engine, settings: settings)
        #expect(try reference.run(["tasks", "add", "job_discovery", "sources=\(source)"]).status == 0)
        let drained = try reference.run(["worker", "--once"])
        #expect(drained.status == 0, "\(drained.stderr)")

        let home = try FaultHome(engine, settings: settings)
        let add = try home.run(["tasks", "add", "job_discovery", "sources=\(source)"])
        #expect(add.status == 0, "\(add.stderr)")
        let before = server.requests.count
        let child = try home.start(["worker"])
        _ = child.waitUntil(timeout: 30) { server.requests.count > before }
        // Killed as soon as its first batch has committed: a fixed delay after the
        // fetch raced the ingest, which became fast enough to store a whole
        // 2,600-posting board inside it.
        _ = child.waitUntil(timeout: 60) { ((try? home.count("job_postings")) ?? 0) > 0 }
        child.send(SIGKILL)
        let exit = child.wait(timeout: 30)
        #expect(exit.signal == SIGKILL, "\(exit)")
        #expect(try home.integrity() == "ok")
        let stored = try home.count("job_postings")
        #expect(stored % 500 == 0, "whole batches only: \(stored)")
        #expect(try home.count("automation_tasks", where: "status = 'running'") == 1, "the dead worker's lease")

        // The lease (2 s) has run out by the re-run's clock (JOBHUNT_NOW a minute on).
        Thread.sleep(forTimeInterval: 2.5)
        home.environment["JOBHUNT_NOW"] = "2026-12-06T12:01:00Z"
        let rerun = try home.run(["worker", "--once"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stderr.contains("took back 1 task"), "\(rerun.stderr)")
        #expect(try home.count("automation_tasks", where: "status = 'completed'") == 1, "\(rerun.stdout)")
        let differences = try Self.converged(home, reference)
        #expect(differences == [])
        print("fault-figure kill-worker \(engine): \(stored) postings stored when killed; re-run: \(rerun.stdout)")
    }

    // MARK: apply's world

    static func applyHome(_ engine: TestEngine) throws -> FaultHome {
        let home = try FaultHome(engine)
        // Chromium is found on PATH; without it PDFs are skipped (apply says so), as in
        // the apply end-to-end tests: the faults here are in the database and files.
        let bin = home.home.file("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        home.environment["PATH"] = bin.path
        let resume = RepositoryFiles.path("examples/resume.json").path
        let feed = RepositoryFiles.path("examples/feeds/postings.jsonl").path
        for arguments in [["profile", "import", resume], ["discover", "--source", "file:\(feed)", "-q"]] {
            let result = try home.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        return home
    }

    /// The first posting as PLATFORM:EXTERNAL_ID, which names it in every home alike.
    static func firstPosting(_ home: FaultHome) throws -> String {
        let db = try home.open()
        defer { db.close() }
        let row = try #require(
            try db.queryOne("SELECT source_platform, external_id FROM job_postings ORDER BY external_id LIMIT 1"))
        return "\(try row.get("source_platform", as: String.self)):\(try row.get("external_id", as: String.self))"
    }

    static func filesRoot(_ home: FaultHome) -> URL { home.home.file("data").appendingPathComponent("jobhunt/files") }

    /// Files under the local store, relative to it.
    static func storedFiles(_ home: FaultHome) -> Set<String> {
        let root = filesRoot(home)
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        var files: Set<String> = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                files.insert(url.path.replacingOccurrences(of: root.path + "/", with: ""))
            }
        }
        return files
    }

    static func referencedFiles(_ home: FaultHome) throws -> Set<String> {
        let db = try home.open()
        defer { db.close() }
        let urls = try db.query("SELECT file_url FROM generated_content WHERE file_url IS NOT NULL").map {
            try $0.get("file_url", as: String.self)
        }
        return Set(
            urls.compactMap { URL(string: $0)?.path }.map {
                $0.replacingOccurrences(of: filesRoot(home).path + "/", with: "")
            })
    }

    static func missingFiles(_ home: FaultHome) throws -> Set<String> {
        try referencedFiles(home).subtracting(storedFiles(home))
    }

    /// Applications whose object folder exists with no row: a kill between the
    /// files and the rows, never followed by the re-run that reuses the folder.
    /// (A kill also leaves `tmp/.*.tmp-…`, which the store removes after an hour.)
    static func orphanFolders(_ home: FaultHome) throws -> Set<String> {
        let folders = Set(
            storedFiles(home).filter { $0.hasPrefix("objects/") }.compactMap { path -> String? in
                let parts = path.split(separator: "/")
                guard let index = parts.firstIndex(of: "applications"), index + 1 < parts.count else { return nil }
                return String(parts[index + 1])
            })
        let db = try home.open()
        defer { db.close() }
        let rows = Set(
            try db.query("SELECT id FROM applications").map { try $0.get("id", as: UUID.self).uuidString.lowercased() })
        return folders.subtracting(rows)
    }
}
