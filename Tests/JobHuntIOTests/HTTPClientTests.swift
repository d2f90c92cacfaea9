// The libcurl HTTP layer against a real loopback server: what it sends, what it returns, and its errors.
import Foundation
import JobHuntIO
import JobHuntTesting
import Testing

@Suite("HTTP client")
struct HTTPClientTests {
    let client = HTTPClient()

    @Test("sends method, headers and body; returns status, headers and body")
    func roundTrip() throws {
        let server = try LoopbackHTTPServer(responses: [
            .text(201, "created", headers: [("X-Reply", "yes"), ("Content-Type", "text/plain")])
        ])
        let response = try client.perform(
            HTTPRequest(
                method: "POST", url: server.baseURL.absoluteString + "/items?q=1",
                headers: [("X-Custom", "value"), ("Content-Type", "application/json")],
                body: .bytes(Data("{\"a\":1}".utf8))))
        #expect(response.status == 201)
        #expect(response.header("x-reply") == "yes")
        #expect(response.body == Data("created".utf8))
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.target == "/items?q=1")
        #expect(request.header("X-Custom") == "value")
        #expect(request.body == Data("{\"a\":1}".utf8))
    }

    @Test("streams a slice of a file as the body, and a 2xx body into a file")
    func fileBodies() throws {
        let files = try TemporaryDirectory()
        try Data("0123456789".utf8).write(to: files.file("in"))
        let server = try LoopbackHTTPServer(responses: [.text(200, "stored"), .text(200, "downloaded")])
        _ = try client.perform(
            HTTPRequest(
                method: "PUT", url: server.baseURL.absoluteString + "/x",
                body: .file(files.file("in"), offset: 2, length: 5)))
        #expect(server.requests.first?.body == Data("23456".utf8))

        let response = try client.perform(
            HTTPRequest(method: "GET", url: server.baseURL.absoluteString + "/y", destination: .file(files.file("out")))
        )
        #expect(response.body.isEmpty)
        #expect(try Data(contentsOf: files.file("out")) == Data("downloaded".utf8))
        let mode = try FileManager.default.attributesOfItem(atPath: files.file("out").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("an error status keeps its body in memory, not in the destination file")
    func errorBodiesStayInMemory() throws {
        let files = try TemporaryDirectory()
        let server = try LoopbackHTTPServer(responses: [.text(404, "<Error/>")])
        let response = try client.perform(
            HTTPRequest(method: "GET", url: server.baseURL.absoluteString + "/", destination: .file(files.file("out"))))
        #expect(response.status == 404)
        #expect(response.body == Data("<Error/>".utf8))
        #expect(try Data(contentsOf: files.file("out")).isEmpty)
    }

    /// (Not checked here: that libcurl ignores `http_proxy`. Setting it would race with every
    /// other test in the process that starts a subprocess or lets libcurl read the environment.)
    @Test("a proxy is used when passed in")
    func explicitProxy() throws {
        let origin = try LoopbackHTTPServer(responses: [.text(200, "origin")])
        let proxy = try LoopbackHTTPServer(responses: [.text(200, "proxy")])
        let direct = try client.perform(HTTPRequest(method: "GET", url: origin.baseURL.absoluteString + "/a"))
        #expect(direct.body == Data("origin".utf8))
        let viaProxy = try client.perform(
            HTTPRequest(method: "GET", url: origin.baseURL.absoluteString + "/b", proxy: proxy.baseURL.absoluteString))
        #expect(viaProxy.body == Data("proxy".utf8))
        #expect(proxy.requests.map(\.target) == [origin.baseURL.absoluteString + "/b"])
        #expect(origin.requests.map(\.target) == ["/a"])
    }

    @Test("redirects are followed only when asked, and never to other schemes")
    func redirects() throws {
        let server = try LoopbackHTTPServer(responses: [
            .init(status: 302, headers: [("Location", "/next")]), .text(200, "arrived"),
            .init(status: 302, headers: [("Location", "/next")]),
            .init(status: 302, headers: [("Location", "file:///etc/passwd")]),
        ])
        let followed = try client.perform(
            HTTPRequest(
                method: "GET", url: server.baseURL.absoluteString + "/start", followRedirects: true,
                userAgent: "jobhunt-test"))
        #expect(followed.body == Data("arrived".utf8))
        #expect(server.requests.map(\.target) == ["/start", "/next"])
        #expect(server.requests.first?.header("User-Agent") == "jobhunt-test")
        let notFollowed = try client.perform(HTTPRequest(method: "GET", url: server.baseURL.absoluteString + "/start"))
        #expect(notFollowed.status == 302)
        #expect(throws: HTTPError.self) {
            _ = try client.perform(
                HTTPRequest(method: "GET", url: server.baseURL.absoluteString + "/x", followRedirects: true))
        }
        #expect(throws: HTTPError.self) {
            _ = try client.perform(HTTPRequest(method: "GET", url: "file:///etc/passwd"))
        }
    }

    @Test("paths are sent as given when asked, dot segments included")
    func pathAsIs() throws {
        let server = try LoopbackHTTPServer(responses: [.init(status: 200)])
        _ = try client.perform(
            HTTPRequest(method: "GET", url: server.baseURL.absoluteString + "/a/./b/../c", pathAsIs: true))
        _ = try client.perform(HTTPRequest(method: "GET", url: server.baseURL.absoluteString + "/a/./b/../c"))
        #expect(server.requests.map(\.target) == ["/a/./b/../c", "/a/c"])
    }

    @Test("refused connections, timeouts and missing files are typed errors")
    func failures() throws {
        let server = try LoopbackHTTPServer(responses: [.init(status: 200, delay: .seconds(2))])
        do {
            _ = try client.perform(
                HTTPRequest(method: "GET", url: server.baseURL.absoluteString, timeout: .milliseconds(200)))
            Issue.record("expected a timeout")
        } catch {
            guard case .timedOut = error else { throw error }
            #expect(error.isTransient)
        }
        server.stop()
        do {
            _ = try client.perform(HTTPRequest(method: "GET", url: server.baseURL.absoluteString))
            Issue.record("expected a refused connection")
        } catch {
            guard case .couldNotConnect = error else { throw error }
        }
        do {
            _ = try client.perform(
                HTTPRequest(
                    method: "PUT", url: "http://127.0.0.1:1/", body: .file(URL(fileURLWithPath: "/nonexistent/file"))))
            Issue.record("expected a file error")
        } catch {
            #expect(error == .fileAccess(path: "/nonexistent/file", reason: "No such file or directory"))
        }
    }
}
