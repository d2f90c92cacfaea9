// Every source kind fetched over real loopback HTTP (or read from disk) and parsed end to end.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Fetching sources")
struct FetchSourceTests {
    /// Fetches `spec` from a server holding `fixture` and checks the parse equals parsing the file directly.
    func fetchMatchesFixture(_ spec: String, _ fixture: String, path: String) throws -> LoopbackHTTPServer.Request {
        let server = try LoopbackHTTPServer(responses: [try FetchSupport.fixture(fixture)])
        let source = try FetchSupport.spec(spec)
        let fetch = FetchSupport.fetcher(server).fetch(source)
        let fetched = try #require(try fetch.parse(companyName: "Configured Co"))
        let direct = try SourceFixtures.parse(
            fixture, with: source.kind.parser, context: source.context(companyName: "Configured Co"))
        #expect(!fetched.postings.isEmpty)
        #expect(fetched.postings.map(\.externalID) == direct.postings.map(\.externalID))
        #expect(fetch.metrics.requests == 1)
        let request = try #require(server.requests.first)
        #expect(request.target == path)
        return request
    }

    @Test("greenhouse:BOARD asks the configured board API with content=true")
    func greenhouse() throws {
        _ = try fetchMatchesFixture(
            "greenhouse:tessellate", "greenhouse_jobs.json", path: "/v1/boards/tessellate/jobs?content=true")
    }

    @Test("ashby:ORG asks for compensation")
    func ashby() throws {
        _ = try fetchMatchesFixture(
            "ashby:kelpwise", "ashby_jobs.json", path: "/posting-api/job-board/kelpwise?includeCompensation=true")
    }

    @Test("remoteok: needs no argument and uses the configured API URL")
    func remoteOK() throws {
        _ = try fetchMatchesFixture("remoteok:", "remoteok_api.json", path: "/api")
    }

    @Test("rss:URL fetches the feed as given")
    func rss() throws {
        let server = try LoopbackHTTPServer(responses: [try FetchSupport.fixture("remote_rss.xml")])
        let fetch = FetchSupport.fetcher(server).fetch(try FetchSupport.spec("rss:\(server.baseURL)/feed.xml"))
        let parsed = try #require(try fetch.parse())
        #expect(!parsed.postings.isEmpty)
        #expect(server.requests.map(\.target) == ["/feed.xml"])
    }

    @Test("jsonld:URL reads robots.txt first, then the page, and resolves links against it")
    func jsonld() throws {
        let server = try LoopbackHTTPServer(responses: [
            .text(404, "no robots here"), try FetchSupport.fixture("jobposting_page.html"),
        ])
        let fetch = FetchSupport.fetcher(server).fetch(try FetchSupport.spec("jsonld:\(server.baseURL)/careers/1"))
        let documents = try #require(try fetch.documents())
        #expect(documents.first?.baseURL?.path == "/careers/1")
        #expect(try #require(try fetch.parse()).postings.isEmpty == false)
        #expect(server.requests.map(\.target) == ["/robots.txt", "/careers/1"])
    }

    @Test("lever:SITE pages with skip and limit until a short page")
    func leverPaging() throws {
        let all = try #require(
            try JSONSerialization.jsonObject(with: SourceFixtures.data("lever_postings.json")) as? [Any])
        #expect(all.count == 9)
        let first = try JSONSerialization.data(withJSONObject: Array(all[0..<5]))
        let second = try JSONSerialization.data(withJSONObject: Array(all[5...]))
        let server = try LoopbackHTTPServer(responses: [
            .init(status: 200, body: first), .init(status: 200, body: second),
        ])
        let fetch = FetchSupport.fetcher(server, change: { $0.leverPageSize = 5 })
            .fetch(try FetchSupport.spec("lever:brightcanopy"))
        let parsed = try #require(try fetch.parse())
        let direct = try SourceFixtures.parse(
            "lever_postings.json", with: LeverParser(), context: SourceContext(token: "brightcanopy"))
        #expect(parsed.postings.map(\.externalID) == direct.postings.map(\.externalID))
        #expect(parsed.postings.first?.companyName == "brightcanopy")
        #expect(
            server.requests.map(\.target) == [
                "/v0/postings/brightcanopy?mode=json&skip=0&limit=5",
                "/v0/postings/brightcanopy?mode=json&skip=5&limit=5",
            ])
    }

    @Test("jobspy:FILE and file:PATH read from disk without any request")
    func localFile() throws {
        let server = try LoopbackHTTPServer(responses: [.text(500, "must not be asked")])
        let path = SourceFixtures.directory().appendingPathComponent("jobspy.csv").path
        let fetch = FetchSupport.fetcher(server).fetch(try FetchSupport.spec("jobspy:\(path)"))
        #expect(try #require(try fetch.parse()).postings.isEmpty == false)
        #expect(fetch.metrics.requests == 0)
        #expect(server.requests.isEmpty)
        let missing = FetchSupport.fetcher(server).fetch(try FetchSupport.spec("file:/nonexistent/jobs.jsonl"))
        guard case .failed(let error) = missing.outcome, error.code == .fetchFile else {
            Issue.record("expected a file error, got \(missing.outcome)")
            return
        }
        #expect(error.problem.hasPrefix("cannot read /nonexistent/jobs.jsonl: "))
    }
}
