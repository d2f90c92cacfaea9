// The HTTP client's discovery options against a real loopback server: gzip, the body cap, redirect limits, Retry-After.
import Foundation
import JobHuntIO
import JobHuntTesting
import Testing

@Suite("HTTP client limits")
struct HTTPClientLimitsTests {
    let client = HTTPClient()

    @Test("a gzip body is asked for and handed back decoded")
    func compressed() throws {
        let gzip = try #require(Data(base64Encoded: "H4sIAAAAAAACA6tWyspPKlayUoiOrQUA0iYjugwAAAA="))
        let server = try LoopbackHTTPServer(responses: [
            .init(status: 200, headers: [("Content-Encoding", "gzip")], body: gzip)
        ])
        let response = try client.perform(
            HTTPRequest(method: "GET", url: server.baseURL.absoluteString, acceptCompressed: true))
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"jobs": []}"#)
        #expect(server.requests.first?.header("Accept-Encoding")?.contains("gzip") == true)
    }

    @Test("a body past maxResponseBytes aborts the transfer")
    func cap() throws {
        let server = try LoopbackHTTPServer(responses: [.init(status: 200, body: Data(count: 200_000))])
        #expect(throws: HTTPError.responseTooLarge(limit: 1_000)) {
            try client.perform(
                HTTPRequest(method: "GET", url: server.baseURL.absoluteString, maxResponseBytes: 1_000))
        }
    }

    @Test("redirects past maxRedirects fail as tooManyRedirects; the final URL is reported otherwise")
    func redirects() throws {
        let loop = try LoopbackHTTPServer(responses: [.init(status: 302, headers: [("Location", "/again")])])
        #expect {
            try client.perform(
                HTTPRequest(method: "GET", url: "\(loop.baseURL)/start", followRedirects: true, maxRedirects: 2))
        } throws: { error in
            guard case .tooManyRedirects = error as? HTTPError else { return false }
            return true
        }
        let moved = try LoopbackHTTPServer(responses: [
            .init(status: 301, headers: [("Location", "/there")]), .text(200, "ok"),
        ])
        let response = try client.perform(
            HTTPRequest(method: "GET", url: "\(moved.baseURL)/here", followRedirects: true))
        #expect(response.url == "\(moved.baseURL)/there")
    }

    @Test("Retry-After reads seconds, HTTP dates (past ones as zero) and ignores junk")
    func retryAfter() {
        let now = Date(timeIntervalSince1970: 1_772_323_200)  // Sun, 01 Mar 2026 00:00:00 GMT
        func wait(_ value: String) -> Duration? {
            HTTPResponse(status: 429, headers: [("Retry-After", value)], body: Data()).retryAfter(now: now)
        }
        #expect(wait("120") == .seconds(120))
        #expect(wait("Sun, 01 Mar 2026 00:01:00 GMT") == .seconds(60))
        #expect(wait("Sunday, 01-Mar-26 00:00:10 GMT") == .seconds(10))
        #expect(wait("Sat, 28 Feb 2026 00:00:00 GMT") == .zero)
        #expect(wait("soon") == nil)
        #expect(wait("-5") == nil)
        #expect(HTTPResponse(status: 429, headers: [], body: Data()).retryAfter(now: now) == nil)
    }
}
