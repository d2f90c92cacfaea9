// The fault matrix's PostgreSQL rows (issue 21 §1): a private cluster, reached
// through the fault proxy, restarted (or its connection cut) at a chosen
// statement in the middle of `status set`, `discover` and `worker`. The command
// fails with one clear line, nothing of the interrupted transaction is left,
// and re-running it gives the same tables as a run that was never disturbed
// (a second database on the same cluster, the same commands at the same clock).
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@Suite("fault matrix: PostgreSQL", .serialized)
struct PostgresFaultTests {
    /// The disturbed database (through the proxy) and the reference one (direct), each with Ada logged in.
    final class World: @unchecked Sendable {
        let postgres: PrivatePostgres
        let proxy: FaultProxy
        let disturbed: ServiceHome
        let reference: ServiceHome
        let feed: TemporaryDirectory

        init(settings: [String: String] = [:]) throws {
            let postgres = try PrivatePostgres()
            let proxy = try FaultProxy(upstreamPort: postgres.port)
            let admin = try Database(location: DatabaseLocation(postgres.url()))
            try admin.execute("CREATE DATABASE reference")
            admin.close()
            let disturbed = try ServiceHome(
                databaseURL: "postgresql://jobhunt@127.0.0.1:\(proxy.port)/jobhunt", settings: settings)
            let reference = try ServiceHome(databaseURL: postgres.url(database: "reference"), settings: settings)
            for home in [disturbed, reference] {
                let migrate = try home.run(["migrate", "up", "-q"])
                #expect(migrate.status == 0, "\(migrate.stderr)")
                try home.logIn()
            }
            feed = try TemporaryDirectory(prefix: "jobhunt-fault-feed")
            (self.postgres, self.proxy, self.disturbed, self.reference) = (postgres, proxy, disturbed, reference)
        }

        /// Both databases' tables, ids, secrets' hashes and tokens masked (they differ by design).
        func dumps(masking extra: @escaping (String, String) -> Bool = { _, _ in false }) throws -> (
            disturbed: DatabaseDump, reference: DatabaseDump
        ) {
            func dump(_ database: String) throws -> DatabaseDump {
                let db = try Database(location: DatabaseLocation(postgres.url(database: database)))
                defer { db.close() }
                return try DatabaseDump(db) { table, column in
                    // platform_metrics.created_at is the database's clock, not the command's JOBHUNT_NOW.
                    column == "id" || column.hasSuffix("_id") || ["password_hash", "token_hash"].contains(column)
                        || (table == "platform_metrics" && column == "created_at")
                        || extra(table, column)
                }
            }
            return (try dump("jobhunt"), try dump("reference"))
        }

        /// A JSON Lines feed of `count` postings, `fault-0001`…, from the example feed's first posting.
        func writeFeed(count: Int) throws -> String {
            let example = try String(
                contentsOf: RepositoryFiles.path("examples/feeds/postings.jsonl"), encoding: .utf8)
            let first = try #require(example.split(separator: "\n").first)
            let template = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
            var lines: [String] = []
            for number in 1...count {
                var posting = template
                let id = String(format: "fault-%04d", number)
                posting["external_id"] = id
                posting["url"] = "https://parcelwise.example/careers/\(id)"
                posting["title"] = "Backend Engineer \(number)"
                let data = try JSONSerialization.data(withJSONObject: posting, options: [.sortedKeys])
                lines.append(String(decoding: data, as: UTF8.self))
            }
            let file = feed.file("postings.jsonl")
            try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
            return file.path
        }

        /// Runs `arguments` on the disturbed database with the proxy holding the
        /// connection once `trigger` is sent; restarts PostgreSQL while it is held,
        /// releases it, and returns what the command printed.
        func runRestartingAt(_ trigger: String, _ arguments: [String]) throws -> CommandResult {
            try proxy.set(.hold(trigger: trigger))
            let box = ResultBox()
            let done = DispatchSemaphore(value: 0)
            let home = disturbed
            Thread {
                box.set(Result { try home.run(arguments) })
                done.signal()
            }.start()
            let held = proxy.wait(for: "held", timeout: .seconds(120))
            #expect(held, "the command reached \(trigger)")
            if held { try postgres.restart() }
            try proxy.set(.pass)
            done.wait()
            return try box.get()
        }
    }

    final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<CommandResult, any Error>?
        func set(_ value: Result<CommandResult, any Error>) { lock.withLock { result = value } }
        func get() throws -> CommandResult { try lock.withLock { result! }.get() }
    }

    @Test(
        "status set: the connection lost in the middle of its transaction; nothing half-written, the re-run converges")
    func statusSet() throws {
        let world = try World()
        var handles: [String] = []
        for home in [world.disturbed, world.reference] {
            let added = try home.object(["status", "add", "--company", "Acme", "--title", "Engineer"])
            handles.append(String(try #require(added["id"] as? String).suffix(8)))
        }
        let set = try world.reference.run(["status", "set", handles[1], "submitted", "--note", "sent by e-mail"])
        #expect(set.status == 0, "\(set.stderr)")

        let before = try world.dumps().disturbed
        // The application row is updated; the history row is being written when the server goes.
        try world.proxy.set(.reset(trigger: "INSERT INTO application_status_history"))
        let failed = try world.disturbed.run(["status", "set", handles[0], "submitted", "--note", "sent by e-mail"])
        #expect(failed.status == 1)
        let lines = ServiceHome.lines(failed.stderr)
        #expect(lines.count == 1 && lines[0].contains("PostgreSQL"), "one clear line: \(failed.stderr)")
        #expect(try world.dumps().disturbed.differences(from: before) == [], "the interrupted transaction left nothing")

        try world.proxy.set(.pass)
        let again = try world.disturbed.run(["status", "set", handles[0], "submitted", "--note", "sent by e-mail"])
        #expect(again.status == 0, "\(again.stderr)")
        let dumps = try world.dumps()
        #expect(dumps.disturbed.differences(from: dumps.reference) == [])
    }

    @Test("discover: PostgreSQL restarted during the second batch of 500; whole batches only, the re-run converges")
    func discover() throws {
        let world = try World()
        let feed = try world.writeFeed(count: 600)
        let arguments = ["discover", "--source", "file:" + feed, "-q"]
        let clean = try world.reference.run(arguments)
        #expect(clean.status == 0, "\(clean.stderr)")

        let failed = try world.runRestartingAt("fault-0550", arguments)
        #expect(failed.status == 1, "\(failed.stderr)")
        let lines = ServiceHome.lines(failed.stderr)
        #expect(lines.count == 1 && lines[0].contains("PostgreSQL"), "one clear line: \(failed.stderr)")
        let partial = try world.dumps().disturbed
        #expect(
            [0, 500].contains(partial.count("job_postings")), "whole batches: \(partial.count("job_postings"))")
        #expect(partial.count("job_postings") == partial.count("job_posting_sources"))

        let again = try world.disturbed.run(arguments)
        #expect(again.status == 0, "\(again.stderr)")
        let dumps = try world.dumps()
        #expect(dumps.disturbed.count("job_postings") == 600)
        #expect(dumps.disturbed.differences(from: dumps.reference) == [])
    }

    @Test("worker: PostgreSQL restarted in the middle of a discovery task; the task is retried and the tables converge")
    func worker() throws {
        let world = try World(settings: ["JOBHUNT_WORKER_RETRY_BASE_SECONDS": "0", "JOBHUNT_WORKER_LEASE_SECONDS": "2"])
        let feed = try world.writeFeed(count: 600)
        for home in [world.disturbed, world.reference] {
            let added = try home.run(["tasks", "add", "job_discovery", "sources=file:" + feed])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let clean = try world.reference.run(["worker", "--once"])
        #expect(clean.status == 0, "\(clean.stderr)")

        let failed = try world.runRestartingAt("fault-0550", ["worker", "--once"])
        let lines = ServiceHome.lines(failed.stderr)
        #expect(failed.status == 0 || (failed.status == 1 && lines.count <= 2), "\(failed.status): \(failed.stderr)")
        let partial = try world.dumps().disturbed
        #expect(
            [0, 500, 600].contains(partial.count("job_postings")), "whole batches: \(partial.count("job_postings"))")

        // Re-run until the task is done. A worker that lost its connection may leave the
        // task running under its lease, which others take back once it expires: each
        // re-run is ten minutes later, so the times differ from the reference and are masked.
        for round in 1...5 {
            let tasks = try world.disturbed.run(["tasks", "list", "--status", "completed", "--json"])
            if tasks.stdout.contains("job_discovery") { break }
            let later = ISO8601DateFormatter().string(
                from: try #require(ISO8601DateFormatter().date(from: ServiceHome.now)).addingTimeInterval(
                    Double(round) * 600))
            let again = try world.disturbed.run(["worker", "--once"], ["JOBHUNT_NOW": later])
            #expect(again.status == 0, "\(again.stderr)")
        }
        let dumps = try world.dumps { _, column in
            column.hasSuffix("_at") || column == "lease_until"
                || ["retry_count", "error_message", "worker_id", "result_data"].contains(column)
        }
        #expect(dumps.disturbed.count("job_postings") == 600)
        #expect(dumps.disturbed.differences(from: dumps.reference) == [])
    }
}
