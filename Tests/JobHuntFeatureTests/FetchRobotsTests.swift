// robots.txt: parsed rules (groups, longest match, wildcards) and a disallowed page that is never fetched.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Fetching and robots.txt")
struct FetchRobotsTests {
    @Test("a page robots.txt disallows is not fetched, and the error quotes the rule")
    func disallowed() throws {
        let server = try LoopbackHTTPServer(responses: [.text(200, "User-agent: *\nDisallow: /careers/\n")])
        let url = "\(server.baseURL)/careers/1"
        let fetch = FetchSupport.fetcher(server).fetch(try FetchSupport.spec("jsonld:\(url)"))
        #expect(fetch.outcome == .failed(.fetchDisallowedByRobots(url: url, rule: "Disallow: /careers/")))
        #expect(server.requests.map(\.target) == ["/robots.txt"])
        let error = JobHuntError.fetchDisallowedByRobots(url: url, rule: "Disallow: /careers/")
        #expect(error.errorDescription == "robots.txt forbids fetching \(url) (Disallow: /careers/)")
    }

    @Test("robots.txt is read once per host, and APIs never ask for it")
    func oncePerHost() throws {
        let server = try LoopbackHTTPServer(responses: [
            .text(200, "User-agent: *\nDisallow: /private\n"), try FetchSupport.fixture("jobposting_page.html"),
        ])
        let fetcher = FetchSupport.fetcher(server)
        _ = try fetcher.fetch(try FetchSupport.spec("jsonld:\(server.baseURL)/a")).documents()
        _ = try fetcher.fetch(try FetchSupport.spec("jsonld:\(server.baseURL)/b")).documents()
        server.script([try FetchSupport.fixture("greenhouse_jobs.json")])
        _ = try fetcher.fetch(try FetchSupport.spec("greenhouse:tessellate")).documents()
        #expect(
            server.requests.map(\.target) == ["/robots.txt", "/a", "/b", "/v1/boards/tessellate/jobs?content=true"])
    }

    @Test("a robots.txt that answers 5xx forbids the host, as RFC 9309 asks")
    func unreachable() throws {
        let server = try LoopbackHTTPServer(responses: [.text(503, "down")])
        let policy = FetchSupport.policy { $0.maxAttempts = 1 }
        let fetch = FetchSupport.fetcher(server, policy: policy)
            .fetch(try FetchSupport.spec("jsonld:\(server.baseURL)/jobs"))
        guard case .failed(let error) = fetch.outcome, error.code == .fetchDisallowedByRobots else {
            Issue.record("expected a robots refusal, got \(fetch.outcome)")
            return
        }
        #expect(error.problem.contains(" (robots.txt unreadable"))
    }

    @Test("our own group wins over *, and the longest rule decides, Allow on a tie")
    func rules() {
        let text = """
            User-agent: *
            Disallow: /

            User-agent: Jobhunt   # us
            Disallow: /jobs
            Allow: /jobs/public
            Disallow: /*.pdf$
            Allow: /same
            Disallow: /same
            """
        let rules = RobotsRules(parsing: text, agent: "jobhunt")
        #expect(rules.allows("/"))
        #expect(!rules.allows("/jobs/42"))
        #expect(rules.allows("/jobs/public/42"))
        #expect(!rules.allows("/files/offer.pdf"))
        #expect(rules.allows("/files/offer.pdf?x=1"))
        #expect(rules.allows("/same"))
        let others = RobotsRules(parsing: text, agent: "otherbot")
        #expect(!others.allows("/anything"))
        #expect(RobotsRules(parsing: "User-agent: *\nDisallow:\n", agent: "jobhunt").allows("/x"))
    }

    @Test("several User-agent lines share one group")
    func sharedGroup() {
        let rules = RobotsRules(parsing: "User-agent: a\nUser-agent: jobhunt\nDisallow: /x\n", agent: "jobhunt")
        #expect(!rules.allows("/x/y"))
        #expect(rules.allows("/y"))
    }
}
