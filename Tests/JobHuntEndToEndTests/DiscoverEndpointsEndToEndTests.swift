// The job-board API base URLs are settings: a config file and an environment
// variable each point one API at a loopback server, `config show` says where
// each value came from, and a bad URL stops the command with one clear line.
import Foundation
import JobHuntTesting
import Testing

@Suite("discover API base URLs, end to end")
struct DiscoverEndpointsEndToEndTests {
    /// `config show --json` as key → (value, source).
    static func shown(_ environment: [String: String]) throws -> [String: (String?, String)] {
        let result = try CommandRunner.run(["config", "show", "--json"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        return Dictionary(
            uniqueKeysWithValues: rows.map { ($0["key"] as! String, ($0["value"] as? String, $0["source"] as! String)) }
        )
    }

    @Test("greenhouse from the config file and lever from the environment are fetched from loopback")
    func fileAndEnvironment() throws {
        let fixtures = DiscoverEndToEndTests.fixtures
        let greenhouse = try LoopbackHTTPServer(responses: [
            .init(status: 200, body: try Data(contentsOf: fixtures.appendingPathComponent("greenhouse_jobs.json")))
        ])
        let lever = try LoopbackHTTPServer(responses: [
            .init(status: 200, body: try Data(contentsOf: fixtures.appendingPathComponent("lever_postings.json")))
        ])
        defer {
            greenhouse.stop()
            lever.stop()
        }
        let home = try TemporaryDirectory()
        let config = home.file(".config/jobhunt/config.toml")
        try FileManager.default.createDirectory(
            at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "[sources]\ngreenhouse_url = \"\(greenhouse.baseURL.absoluteString)/\"\n".write(
            to: config, atomically: true, encoding: .utf8)
        let environment = [
            "HOME": home.path, "JOBHUNT_NOW": "2026-03-01T00:00:00Z",
            "JOBHUNT_SOURCES_LEVER_URL": lever.baseURL.absoluteString,
        ]

        let settings = try Self.shown(environment)
        #expect(settings["sources.greenhouse_url"]?.1 == "file \(config.path):2")
        #expect(settings["sources.lever_url"]?.0 == lever.baseURL.absoluteString)
        #expect(settings["sources.lever_url"]?.1 == "env JOBHUNT_SOURCES_LEVER_URL")
        #expect(settings["sources.ashby_url"]?.0 == "https://api.ashbyhq.com")
        #expect(settings["sources.ashby_url"]?.1 == "default")

        let result = try CommandRunner.run(
            ["discover", "--json", "--source", "greenhouse:tessellate", "--source", "lever:northwind"],
            environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let summaries = try DiscoverEndToEndTests.summaries(result)
        #expect(summaries["greenhouse:tessellate"]?["new"] as? Int == 9)
        #expect((summaries["lever:northwind"]?["new"] as? Int ?? 0) > 0)
        #expect(greenhouse.requests.map(\.target) == ["/v1/boards/tessellate/jobs?content=true"])
        #expect(lever.requests.first?.target == "/v0/postings/northwind?mode=json&skip=0&limit=100")
    }

    @Test("a base URL that is not http(s) is refused with one line naming the setting and its source")
    func invalidBase() throws {
        let home = try TemporaryDirectory()
        let result = try CommandRunner.run(
            ["discover", "--source", "ashby:acme"],
            environment: ["HOME": home.path, "JOBHUNT_SOURCES_ASHBY_URL": "ftp://mirror.example/ashby"])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "jobhunt: invalid value for sources.ashby_url in env JOBHUNT_SOURCES_ASHBY_URL: "
                + "'ftp://mirror.example/ashby' does not start with http:, https: "
                + "(use a URL that starts with http:, https:)\n")
        let query = try CommandRunner.run(
            ["config", "set", "sources.remoteok_url", "https://mirror.example/api?x=1"],
            environment: ["HOME": home.path])
        #expect(query.status != 0)
        #expect(query.stderr.contains("has a query or fragment, but only a base URL is accepted"))
    }
}
