// The HTTP policy over real loopback HTTP: identity, conditional GET, retries, redirects and the size cap.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Fetch policy")
struct FetchPolicyTests {
    let spec = "greenhouse:tessellate"

    @Test("every request names jobhunt, its version and the project, and accepts compressed bodies")
    func identity() throws {
        let server = try LoopbackHTTPServer(responses: [try FetchSupport.fixture("greenhouse_jobs.json")])
        _ = try FetchSupport.fetcher(server).fetch(try FetchSupport.spec(spec)).documents()
        let request = try #require(server.requests.first)
        #expect(request.header("User-Agent") == "jobhunt/9.8.7 (+https://github.com/jobhunt/jobhunt)")
        #expect(request.header("Accept-Encoding")?.contains("gzip") == true)
    }

    @Test("a remembered ETag is sent back and a 304 reports the source unchanged")
    func conditionalGet() throws {
        let server = try LoopbackHTTPServer(responses: [
            try FetchSupport.fixture(
                "greenhouse_jobs.json",
                headers: [("ETag", "\"v1\""), ("Last-Modified", "Sun, 01 Mar 2026 00:00:00 GMT")]),
            .init(status: 304),
        ])
        let fetcher = FetchSupport.fetcher(server)
        let first = fetcher.fetch(try FetchSupport.spec(spec))
        #expect(try first.documents()?.count == 1)
        #expect(server.requests[0].header("If-None-Match") == nil)
        fetcher.remember(first)
        let second = fetcher.fetch(try FetchSupport.spec(spec))
        #expect(second.outcome == .unchanged)
        #expect(try second.parse() == nil)
        #expect(server.requests[1].header("If-None-Match") == "\"v1\"")
        #expect(server.requests[1].header("If-Modified-Since") == "Sun, 01 Mar 2026 00:00:00 GMT")
    }

    @Test("validators are not sent until the caller remembers the fetch")
    func validatorsWaitForIngest() throws {
        let server = try LoopbackHTTPServer(responses: [
            try FetchSupport.fixture("greenhouse_jobs.json", headers: [("ETag", "\"v1\"")])
        ])
        let fetcher = FetchSupport.fetcher(server)
        _ = fetcher.fetch(try FetchSupport.spec(spec))
        _ = fetcher.fetch(try FetchSupport.spec(spec))
        #expect(server.requests.map { $0.header("If-None-Match") } == [nil, nil])
    }

    @Test("a 429 waits the Retry-After seconds, then succeeds, and counts a rate-limit hit")
    func retryAfterSeconds() throws {
        let server = try LoopbackHTTPServer(responses: [
            .init(status: 429, headers: [("Retry-After", "7")]), try FetchSupport.fixture("greenhouse_jobs.json"),
        ])
        let sleeper = RecordingSleeper()
        let fetch = FetchSupport.fetcher(server, sleeper: sleeper).fetch(try FetchSupport.spec(spec))
        #expect(try fetch.documents()?.count == 1)
        #expect(sleeper.waits == [.seconds(7)])
        #expect(fetch.metrics.requests == 2)
        #expect(fetch.metrics.rateLimitHits == 1)
        #expect(fetch.metrics.failures == 1)
    }

    @Test("a Retry-After date is measured from the injected clock and capped")
    func retryAfterDate() throws {
        let now = Date(timeIntervalSince1970: 1_772_323_200)  // 2026-03-01T00:00:00Z
        let server = try LoopbackHTTPServer(responses: [
            .init(status: 503, headers: [("Retry-After", "Sun, 01 Mar 2026 00:00:30 GMT")]),
            .init(status: 429, headers: [("Retry-After", "86400")]),
            try FetchSupport.fixture("greenhouse_jobs.json"),
        ])
        let sleeper = RecordingSleeper()
        let policy = FetchSupport.policy { $0.maxRetryAfter = .seconds(90) }
        let fetch = FetchSupport.fetcher(server, policy: policy, sleeper: sleeper, now: { now })
            .fetch(try FetchSupport.spec(spec))
        #expect(try fetch.documents()?.count == 1)
        #expect(sleeper.waits == [.seconds(30), .seconds(90)])
    }

    @Test("a 500 is retried after backoff and then succeeds")
    func serverErrorThenSuccess() throws {
        let server = try LoopbackHTTPServer(responses: [
            .text(500, "oops"), try FetchSupport.fixture("greenhouse_jobs.json"),
        ])
        let sleeper = RecordingSleeper()
        let fetch = FetchSupport.fetcher(server, sleeper: sleeper).fetch(try FetchSupport.spec(spec))
        #expect(try fetch.documents()?.count == 1)
        #expect(sleeper.waits == [.seconds(1)])
        #expect(fetch.metrics.failures == 1)
        #expect(fetch.metrics.rateLimitHits == 0)
    }

    @Test("retries stop after maxAttempts with doubling backoff, and the error names the status")
    func retriesExhausted() throws {
        let server = try LoopbackHTTPServer(responses: [.text(503, "down")])
        let sleeper = RecordingSleeper()
        let policy = FetchSupport.policy { $0.maxAttempts = 3 }
        let fetch = FetchSupport.fetcher(server, policy: policy, sleeper: sleeper).fetch(try FetchSupport.spec(spec))
        let url = server.baseURL.absoluteString + "/v1/boards/tessellate/jobs?content=true"
        #expect(fetch.outcome == .failed(.fetchStatus(url: url, status: 503, attempts: 3)))
        #expect(sleeper.waits == [.seconds(1), .seconds(2)])
        #expect(fetch.metrics.failures == 3)
    }

    @Test("a 404 is not retried")
    func notFound() throws {
        let server = try LoopbackHTTPServer(responses: [.text(404, "no such board")])
        let sleeper = RecordingSleeper()
        let fetch = FetchSupport.fetcher(server, sleeper: sleeper).fetch(try FetchSupport.spec(spec))
        guard case .failed(let error) = fetch.outcome, error.code == .fetchStatus, error.status == 404,
            error.problem.hasSuffix("answered HTTP 404")
        else {
            Issue.record("expected a 404 failure, got \(fetch.outcome)")
            return
        }
        #expect(sleeper.waits.isEmpty)
        #expect(server.requests.count == 1)
    }

    @Test("a refused connection is retried, then reported with the number of tries")
    func connectionRefused() throws {
        let closed = try LoopbackHTTPServer(responses: [.init(status: 200)])
        closed.stop()
        let sleeper = RecordingSleeper()
        let policy = FetchSupport.policy { $0.maxAttempts = 2 }
        let fetch = FetchSupport.fetcher(closed, policy: policy, sleeper: sleeper).fetch(try FetchSupport.spec(spec))
        guard case .failed(let error) = fetch.outcome, error.code == .fetchTransport,
            error.problem.contains("after 2 tries")
        else {
            Issue.record("expected a transport failure after 2 tries, got \(fetch.outcome)")
            return
        }
        #expect(sleeper.waits == [.seconds(1)])
        #expect(fetch.metrics.failures == 2)
    }

    @Test("a redirect is followed and the final URL becomes the document's location")
    func redirect() throws {
        let server = try LoopbackHTTPServer(responses: [
            .init(status: 301, headers: [("Location", "/moved/feed.xml")]), try FetchSupport.fixture("remote_rss.xml"),
        ])
        let fetch = FetchSupport.fetcher(server).fetch(try FetchSupport.spec("rss:\(server.baseURL)/feed.xml"))
        let document = try #require(try fetch.documents()?.first)
        #expect(document.location == server.baseURL.absoluteString + "/moved/feed.xml")
        #expect(server.requests.map(\.target) == ["/feed.xml", "/moved/feed.xml"])
    }

    @Test("a redirect loop is refused after maxRedirects")
    func redirectLoop() throws {
        let server = try LoopbackHTTPServer(responses: [.init(status: 302, headers: [("Location", "/loop")])])
        let policy = FetchSupport.policy { $0.maxRedirects = 3 }
        let url = "\(server.baseURL)/loop"
        let fetch = FetchSupport.fetcher(server, policy: policy).fetch(try FetchSupport.spec("rss:\(url)"))
        #expect(fetch.outcome == .failed(.fetchTooManyRedirects(url: url, limit: 3)))
        #expect(server.requests.count == 4)
    }

    @Test("a body over the size cap is refused with a clear error")
    func sizeCap() throws {
        let server = try LoopbackHTTPServer(responses: [.init(status: 200, body: Data(repeating: 65, count: 50_000))])
        let policy = FetchSupport.policy { $0.maxResponseBytes = 10_000 }
        let fetch = FetchSupport.fetcher(server, policy: policy).fetch(try FetchSupport.spec(spec))
        let url = server.baseURL.absoluteString + "/v1/boards/tessellate/jobs?content=true"
        #expect(fetch.outcome == .failed(.fetchTooLarge(url: url, limit: 10_000)))
        #expect(server.requests.count == 1)
    }
}
