// `jobhunt discover --source …` through the built binary: real loopback HTTP
// for an API source, a local JobSpy file, idempotent re-runs, conditional GET,
// a failing source that does not stop the others, and embeddings stored.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@Suite("discover, end to end")
struct DiscoverEndToEndTests {
    static var fixtures: URL { RepositoryFiles.fixture("sources") }

    static func summaries(_ result: CommandResult) throws -> [String: [String: Any]] {
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: array.map { ($0["source"] as! String, $0) })
    }

    @Test("two sources stored, re-run unchanged, a 304 honoured, and a bad source reported without stopping the rest")
    func discoverTwice() throws {
        let board = try Data(contentsOf: Self.fixtures.appendingPathComponent("greenhouse_jobs.json"))
        let server = try LoopbackHTTPServer(responses: [
            LoopbackHTTPServer.Response(status: 200, headers: [("ETag", "\"v1\"")], body: board),
            LoopbackHTTPServer.Response(status: 304, headers: [("ETag", "\"v1\"")]),
        ])
        defer { server.stop() }
        let home = try TemporaryDirectory()
        let environment = [
            "HOME": home.path, "JOBHUNT_MODEL_DIR": try TestModel.directory().path,
            "JOBHUNT_NOW": "2026-03-01T00:00:00Z",
        ]
        let greenhouse = "greenhouse:\(server.baseURL.absoluteString)/v1/boards/tessellate/jobs"
        let jobspy = "jobspy:" + Self.fixtures.appendingPathComponent("jobspy.csv").path
        let arguments = ["discover", "--json", "--source", greenhouse, "--source", jobspy]

        let first = try CommandRunner.run(
            arguments + ["--source", "file:/no/such/file.jsonl"], environment: environment)
        #expect(first.status == 1, "the missing file makes the run fail")
        #expect(first.stderr.contains("file:/no/such/file.jsonl: cannot read"))
        let one = try Self.summaries(first)
        #expect(one[greenhouse]?["new"] as? Int == 9)
        #expect(one[jobspy]?["new"] as? Int == 9 && one[jobspy]?["merged"] as? Int == 1, "LinkedIn's copy merges")
        #expect(
            Set(try #require(one[greenhouse]).keys) == [
                "source", "new", "updated", "unchanged", "merged", "expired", "failed",
            ])

        let second = try CommandRunner.run(arguments, environment: environment)
        #expect(second.status == 0, "\(second.stderr)")
        let two = try Self.summaries(second)
        #expect(two[jobspy]?["new"] as? Int == 0 && two[jobspy]?["unchanged"] as? Int == 10)
        #expect(two[greenhouse]?["new"] as? Int == 0)
        #expect(server.requests.last?.header("If-None-Match") == "\"v1\"", "the second fetch is conditional")
        #expect(server.requests.first?.header("User-Agent")?.hasPrefix("jobhunt/") == true)

        let db = try Database(
            location: DatabaseLocation("sqlite:" + home.file(".local/share/jobhunt/jobhunt.sqlite3").path))
        #expect(try db.scalar("SELECT COUNT(*) FROM job_postings", as: Int.self) == 18)
        #expect(try db.scalar("SELECT COUNT(*) FROM job_postings WHERE embedding IS NULL", as: Int.self) == 0)
        #expect(
            try db.scalar("SELECT COUNT(*) FROM job_postings WHERE is_active = 0", as: Int.self) ?? 0 >= 1,
            "expired on 2026-03-01")
        let list = try CommandRunner.run(["discover", "list", "--all", "--json"], environment: environment)
        #expect((try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [Any])?.count == 18)
    }

    @Test("a malformed record served over HTTP is skipped and reported; the others are stored and the run succeeds")
    func malformedRecordOverHTTP() throws {
        let body =
            #"{"jobs": [{"id": 1, "absolute_url": "https://x.example/1", "title": "Data Engineer","#
            + #" "content": "&lt;p&gt;Build pipelines.&lt;/p&gt;", "location": {"name": "Berlin, Germany"}},"#
            + #" {"id": 2, "absolute_url": "https://x.example/2"}]}"#
        let server = try LoopbackHTTPServer(responses: [LoopbackHTTPServer.Response(status: 200, body: Data(body.utf8))]
        )
        defer { server.stop() }
        let home = try TemporaryDirectory()
        let source = "greenhouse:\(server.baseURL.absoluteString)/v1/boards/tessellate/jobs"
        let result = try CommandRunner.run(
            ["discover", "--json", "--source", source], environment: ["HOME": home.path])
        #expect(result.status == 0, "a bad record is not a failed source: \(result.stderr)")
        #expect(result.stderr.contains("\(source): record 2: no \"title\""), "\(result.stderr)")
        let summary = try #require(try Self.summaries(result)[source])
        #expect(summary["new"] as? Int == 1 && summary["failed"] as? Int == 1, "the skipped record counts as failed")
    }

    @Test("a misspelt source kind is a usage error with a suggestion")
    func misspeltKind() throws {
        let home = try TemporaryDirectory()
        let result = try CommandRunner.run(
            ["discover", "--source", "grenhouse:acme"], environment: ["HOME": home.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("jobhunt: unknown source kind 'grenhouse' (did you mean 'greenhouse'?)"))
    }
}
