// The wire protocol without a browser: what the client sends to a remote end and
// how it reads answers and W3C error bodies, against a scripted loopback server.
import Foundation
import JobHuntBrowser
import JobHuntIO
import JobHuntTesting
import Testing

@Suite("WebDriver client")
struct WebDriverClientTests {
    @Test("sends JSON commands to the session's paths and returns `value`")
    func commands() throws {
        let server = try LoopbackHTTPServer(responses: [
            .text(200, #"{"value":{"sessionId":"s1","capabilities":{}}}"#),
            .text(200, #"{"value":null}"#),
            .text(200, #"{"value":"Example"}"#),
            .text(
                200,
                #"{"value":[{"element-6066-11e4-a52e-4f735466cecf":"e1"},{"element-6066-11e4-a52e-4f735466cecf":"e2"}]}"#
            ),
            .text(200, #"{"value":"JVBERi0xLjQ="}"#),
            .text(200, #"{"value":null}"#),
        ])
        let client = WebDriverClient(baseURL: server.baseURL.absoluteString + "/")
        let session = try WebDriverSession.create(client, capabilities: ["alwaysMatch": ["browserName": "chrome"]])
        #expect(session.id == "s1")
        try session.navigate(to: "https://example.com/a b")
        #expect(try session.title() == "Example")
        #expect(try session.findElements(css: "input[type=file]") == [WebElement(id: "e1"), WebElement(id: "e2")])
        #expect(try session.printPDF(.letter.margin(2)) == Array("%PDF-1.4".utf8))
        try session.delete()

        let requests = server.requests
        #expect(requests.map(\.method) == ["POST", "POST", "GET", "POST", "POST", "DELETE"])
        #expect(
            requests.map(\.target) == [
                "/session", "/session/s1/url", "/session/s1/title", "/session/s1/elements", "/session/s1/print",
                "/session/s1",
            ])
        #expect(requests[0].header("Content-Type") == "application/json; charset=utf-8")
        #expect(
            JSONValue.decode(requests[0].body)
                == ["capabilities": ["alwaysMatch": ["browserName": "chrome"]]])
        #expect(JSONValue.decode(requests[1].body) == ["url": "https://example.com/a b"])
        #expect(JSONValue.decode(requests[3].body) == ["using": "css selector", "value": "input[type=file]"])
        let print = try #require(JSONValue.decode(requests[4].body))
        #expect(print["page"] == ["width": 21.59, "height": 27.94])
        #expect(print["margin"]?["left"] == 2)
        #expect(print["background"] == true)
    }

    @Test("a W3C error body is a typed error with the message's first line only")
    func errorBodies() throws {
        let body =
            ##"{"value":{"error":"no such element","message":"no such element: Unable to locate\n  (Session info: chrome=156)","stacktrace":"#0 0x1"}}"##
        let server = try LoopbackHTTPServer(responses: [
            .text(404, body),
            .text(500, #"{"value":{"error":"session not created","message":"DevToolsActivePort file doesn't exist"}}"#),
            .text(502, "<html>Bad gateway</html>"),
        ])
        let session = WebDriverSession(client: WebDriverClient(baseURL: server.baseURL.absoluteString), id: "s")
        #expect(
            throws: BrowserError.webDriver(
                WebDriverError(code: .noSuchElement, message: "no such element: Unable to locate", httpStatus: 404))
        ) { _ = try session.findElement(css: "#x") }
        #expect(
            throws: BrowserError.webDriver(
                WebDriverError(
                    code: .sessionNotCreated, message: "DevToolsActivePort file doesn't exist", httpStatus: 500))
        ) { try session.navigate(to: "about:blank") }
        do {
            try session.navigate(to: "about:blank")
        } catch {
            guard case .malformedResponse(let command, let detail) = error else { throw error }
            #expect(command == "POST /session/url")
            #expect(detail.contains("502"))
        }
        #expect(WebDriverErrorCode("session not created") == .sessionNotCreated)
        #expect(WebDriverErrorCode("detached shadow root") == .other("detached shadow root"))
    }

    @Test("no remote end is a transport error")
    func transport() throws {
        let server = try LoopbackHTTPServer(responses: [.text(200, "{}")])
        let base = server.baseURL.absoluteString
        server.stop()
        let client = WebDriverClient(baseURL: base)
        #expect {
            try client.send("GET", "/status")
        } throws: { error in
            guard case BrowserError.transport = error else { return false }
            return true
        }
    }

    @Test("JSON values keep booleans, numbers and strings apart")
    func json() throws {
        let value: JSONValue = ["flag": true, "one": 1, "text": "1", "list": [nil, 2.5], "nested": ["a": false]]
        let decoded = try #require(JSONValue.decode(value.encoded()))
        #expect(decoded == value)
        #expect(decoded["flag"]?.bool == true)
        #expect(decoded["one"]?.number == 1)
        #expect(decoded["text"]?.string == "1")
        #expect(JSONValue.decode(Data("not json".utf8)) == nil)
    }

    @Test("programs are found in the configured path or the search path, else named")
    func locating() throws {
        let folder = try TemporaryDirectory()
        let program = folder.file("chromedriver")
        try Data("#!/bin/sh\n".utf8).write(to: program)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        let found = BrowserConfiguration(searchPath: ["/nonexistent", folder.path])
        #expect(try found.resolveChromedriver() == program.path)
        let missing = BrowserConfiguration(searchPath: ["/nonexistent"])
        #expect(throws: BrowserError.missingProgram(name: "chromium", searched: "/nonexistent")) {
            try missing.resolveChromium()
        }
        let configured = BrowserConfiguration(chromiumPath: program.path, searchPath: [])
        #expect(try configured.resolveChromium() == program.path)
    }
}
