// Redirects are followed by the fetcher, hop by hop: each target is checked
// against its own host's robots.txt (for pages) and paced by its host's limit.
import Foundation
import JobHuntIO
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Fetching and redirects")
struct FetchRedirectTests {
    @Test("a page that redirects to a path robots.txt disallows is refused, naming the target and the rule")
    func redirectIntoDisallowedPath() throws {
        let server = try LoopbackHTTPServer(responses: [
            .text(200, "User-agent: *\nDisallow: /private/\n"),
            .init(status: 302, headers: [("Location", "/private/jobs")]),
        ])
        let target = "\(server.baseURL)/private/jobs"
        let fetch = FetchSupport.fetcher(server).fetch(try FetchSupport.spec("jsonld:\(server.baseURL)/careers"))
        #expect(fetch.outcome == .failed(.fetchDisallowedByRobots(url: target, rule: "Disallow: /private/")))
        #expect(server.requests.map(\.target) == ["/robots.txt", "/careers"])
        let error = try #require(fetch.outcome.failure)
        #expect(error.errorDescription == "robots.txt forbids fetching \(target) (Disallow: /private/)")
    }

    @Test("a redirect to another host reads that host's robots.txt and takes a slot of that host's limit")
    func redirectToAnotherHost() throws {
        let other = try LoopbackHTTPServer(responses: [.text(200, "User-agent: jobhunt\nDisallow: /\n")])
        let first = try LoopbackHTTPServer(responses: [
            .text(404, "no robots here"),
            .init(status: 301, headers: [("Location", "\(other.baseURL)/jobs/1")]),
        ])
        let cache = NoCache()
        let fetch = FetchSupport.fetcher(first, cache: cache)
            .fetch(try FetchSupport.spec("jsonld:\(first.baseURL)/jobs/1"))
        let target = "\(other.baseURL)/jobs/1"
        #expect(fetch.outcome == .failed(.fetchDisallowedByRobots(url: target, rule: "Disallow: /")))
        #expect(first.requests.map(\.target) == ["/robots.txt", "/jobs/1"])
        #expect(other.requests.map(\.target) == ["/robots.txt"])
        // The robots.txt request on the new host was paced by that host's own counter.
        let counter = cache.increment(
            HostRateLimiter.key(for: PoliteHTTP.hostKey(of: target)), by: 0, window: .seconds(1))
        #expect(counter.count == 1)
    }

    @Test("an allowed redirect target is fetched and becomes the document's location")
    func allowedRedirect() throws {
        let server = try LoopbackHTTPServer(responses: [
            .text(200, "User-agent: *\nDisallow: /private/\n"),
            .init(status: 308, headers: [("Location", "/open/jobs")]),
            try FetchSupport.fixture("jobposting_page.html"),
        ])
        let fetch = FetchSupport.fetcher(server).fetch(try FetchSupport.spec("jsonld:\(server.baseURL)/careers"))
        let document = try #require(try fetch.documents()?.first)
        #expect(document.location == "\(server.baseURL)/open/jobs")
        #expect(server.requests.map(\.target) == ["/robots.txt", "/careers", "/open/jobs"])
    }

    @Test("a redirect to a scheme other than http(s) is refused")
    func redirectToFile() throws {
        let server = try LoopbackHTTPServer(responses: [
            .init(status: 302, headers: [("Location", "file:///etc/passwd")])
        ])
        let fetch = FetchSupport.fetcher(server).fetch(try FetchSupport.spec("rss:\(server.baseURL)/feed"))
        guard case .failed(let error) = fetch.outcome, error.code == .fetchInvalidURL else {
            Issue.record("expected an invalid URL, got \(fetch.outcome)")
            return
        }
        #expect(error.problem.hasPrefix("cannot fetch file:///etc/passwd: "))
        #expect(error.problem.contains("only http and https are followed"))
        #expect(server.requests.count == 1)
    }
}

extension SourceFetch.Outcome {
    /// The failure, when the fetch failed.
    var failure: JobHuntError? {
        if case .failed(let error) = self { return error }
        return nil
    }
}
