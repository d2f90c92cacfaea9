// The W3C WebDriver wire protocol over JobHuntIO's libcurl client: one JSON
// request per command, the answer's `value` back, error bodies as typed errors.
import Foundation
import JobHuntIO
public import JobHuntIO

/// Sends WebDriver commands to one remote end (chromedriver on loopback).
/// https://www.w3.org/TR/webdriver2/#protocol
public struct WebDriverClient: Sendable {
    /// `http://127.0.0.1:<port>`, without a trailing slash.
    public let baseURL: String
    /// How long one command may take on the wire. Navigation waits for the page
    /// load inside chromedriver, so this must be longer than the page-load timeout.
    public var commandTimeout: Duration
    let http: HTTPClient

    public init(baseURL: String, commandTimeout: Duration = .seconds(120), http: HTTPClient = HTTPClient()) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.commandTimeout = commandTimeout
        self.http = http
    }

    /// Performs one command and returns the answer's `value` member.
    @discardableResult
    public func send(_ method: String, _ path: String, _ body: JSONValue? = nil) throws(BrowserError) -> JSONValue {
        var headers: [(name: String, value: String)] = [("Accept", "application/json")]
        var payload = HTTPBody.empty
        if let body {
            // No `Expect: 100-continue` round trip: the remote end is on loopback.
            headers += [("Content-Type", "application/json; charset=utf-8"), ("Expect", "")]
            payload = .bytes(body.encoded())
        } else if method == "POST" {
            headers += [("Content-Type", "application/json; charset=utf-8"), ("Expect", "")]
            payload = .bytes(Data("{}".utf8))
        }
        let request = HTTPRequest(
            method: method, url: baseURL + path, headers: headers, body: payload, connectTimeout: .seconds(5),
            timeout: commandTimeout)
        let response: HTTPResponse
        do throws(HTTPError) {
            response = try http.perform(request)
        } catch {
            throw .transport(error)
        }
        return try Self.value(of: response, command: "\(method) \(Self.commandName(path))")
    }

    /// The `value` of a WebDriver answer, or the typed error its body carries.
    static func value(of response: HTTPResponse, command: String) throws(BrowserError) -> JSONValue {
        guard let json = JSONValue.decode(response.body), let value = json["value"] else {
            let text = String(decoding: response.body.prefix(200), as: UTF8.self)
            throw .malformedResponse(command: command, detail: "HTTP \(response.status): \(text)")
        }
        if response.isSuccess { return value }
        guard let code = value["error"]?.string else {
            throw .malformedResponse(command: command, detail: "HTTP \(response.status) without an error code")
        }
        // chromedriver appends session info and a stack trace on further lines.
        let message = (value["message"]?.string ?? code).split(separator: "\n").first.map(String.init) ?? code
        throw .webDriver(WebDriverError(code: WebDriverErrorCode(code), message: message, httpStatus: response.status))
    }

    /// The command's path with the session and element ids dropped, for messages.
    static func commandName(_ path: String) -> String {
        let parts = path.split(separator: "/")
        var kept: [Substring] = []
        for (index, part) in parts.enumerated() where index == 0 || !["session", "element"].contains(parts[index - 1]) {
            kept.append(part)
        }
        return "/" + kept.joined(separator: "/")
    }
}
