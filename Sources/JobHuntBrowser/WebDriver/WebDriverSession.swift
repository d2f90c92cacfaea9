// One browsing session: the W3C commands jobhunt uses, typed.
import Foundation
import JobHuntIO

/// A reference to an element of the current page, valid until the page changes.
public struct WebElement: Sendable, Hashable {
    /// The web element identifier every remote end uses as the JSON key of a reference.
    /// https://www.w3.org/TR/webdriver2/#elements
    public static let key = "element-6066-11e4-a52e-4f735466cecf"

    public let id: String

    public init(id: String) { self.id = id }

    /// The element a script returned or a find command answered, if `value` is one.
    public init?(_ value: JSONValue) {
        guard let id = value[Self.key]?.string else { return nil }
        self.id = id
    }

    /// The reference as a script argument.
    public var json: JSONValue { .object([Self.key: .string(id)]) }
}

/// A live session on a remote end. Commands block until the remote end answers.
public struct WebDriverSession: Sendable {
    public let client: WebDriverClient
    public let id: String

    /// Opens a session asking for `capabilities` (the `capabilities` member of the body).
    public static func create(_ client: WebDriverClient, capabilities: JSONValue) throws(BrowserError)
        -> WebDriverSession
    {
        let value = try client.send("POST", "/session", ["capabilities": capabilities])
        guard let id = value["sessionId"]?.string else {
            throw .malformedResponse(command: "POST /session", detail: "no sessionId in the answer")
        }
        return WebDriverSession(client: client, id: id)
    }

    public init(client: WebDriverClient, id: String) {
        self.client = client
        self.id = id
    }

    @discardableResult
    func command(_ method: String, _ path: String, _ body: JSONValue? = nil) throws(BrowserError) -> JSONValue {
        try client.send(method, "/session/\(id)\(path)", body)
    }

    /// Ends the session; the remote end closes the browser.
    public func delete() throws(BrowserError) { try command("DELETE", "") }

    /// Sets the page-load, script and implicit-wait timeouts.
    public func setTimeouts(pageLoad: Duration, script: Duration, implicit: Duration = .zero) throws(BrowserError) {
        try command(
            "POST", "/timeouts",
            [
                "pageLoad": .number(pageLoad.milliseconds), "script": .number(script.milliseconds),
                "implicit": .number(implicit.milliseconds),
            ])
    }

    // MARK: Navigation and documents

    /// Loads `url` and waits for it as the page-load strategy says (by default, the load event).
    public func navigate(to url: String) throws(BrowserError) { try command("POST", "/url", ["url": .string(url)]) }

    public func currentURL() throws(BrowserError) -> String { try string("GET", "/url") }
    public func title() throws(BrowserError) -> String { try string("GET", "/title") }
    public func pageSource() throws(BrowserError) -> String { try string("GET", "/source") }

    // MARK: Elements

    /// The first element matching a CSS selector; throws `no such element` when none does.
    public func findElement(css selector: String) throws(BrowserError) -> WebElement {
        let value = try command("POST", "/element", ["using": "css selector", "value": .string(selector)])
        guard let element = WebElement(value) else { throw malformed("/element", "not an element reference") }
        return element
    }

    /// Every element matching a CSS selector, in document order; empty when none does.
    public func findElements(css selector: String) throws(BrowserError) -> [WebElement] {
        let value = try command("POST", "/elements", ["using": "css selector", "value": .string(selector)])
        return (value.array ?? []).compactMap(WebElement.init)
    }

    /// The content attribute as written in the markup, `nil` when absent.
    public func attribute(_ name: String, of element: WebElement) throws(BrowserError) -> String? {
        try command("GET", "/element/\(element.id)/attribute/\(name)").string
    }

    /// The DOM property (`value`, `checked`, …) as its JSON value.
    public func property(_ name: String, of element: WebElement) throws(BrowserError) -> JSONValue {
        try command("GET", "/element/\(element.id)/property/\(name)")
    }

    /// The rendered text of the element, as a person would read it.
    public func text(of element: WebElement) throws(BrowserError) -> String {
        try string("GET", "/element/\(element.id)/text")
    }

    /// Types `text` into the element. For `<input type=file>`, `text` is the path of a
    /// local file, which the browser attaches (several paths are separated by newlines).
    public func sendKeys(_ text: String, to element: WebElement) throws(BrowserError) {
        try command("POST", "/element/\(element.id)/value", ["text": .string(text)])
    }

    public func clear(_ element: WebElement) throws(BrowserError) {
        try command("POST", "/element/\(element.id)/clear")
    }
    public func click(_ element: WebElement) throws(BrowserError) {
        try command("POST", "/element/\(element.id)/click")
    }

    // MARK: Scripts and output

    /// Runs `script` as a function body in the page (`arguments` are its `arguments`) and
    /// returns what it returns; elements come back as references.
    @discardableResult
    public func executeScript(_ script: String, arguments: [JSONValue] = []) throws(BrowserError) -> JSONValue {
        try command("POST", "/execute/sync", ["script": .string(script), "args": .array(arguments)])
    }

    /// A PNG of the viewport.
    public func screenshot() throws(BrowserError) -> [UInt8] { try base64("GET", "/screenshot", nil) }

    /// The current page as a PDF (Print Page). Chromium prints only in headless mode.
    public func printPDF(_ paper: Paper = .a4) throws(BrowserError) -> [UInt8] {
        try base64("POST", "/print", paper.printParameters)
    }

    private func string(_ method: String, _ path: String) throws(BrowserError) -> String {
        guard let text = try command(method, path).string else { throw malformed(path, "not a string") }
        return text
    }

    private func base64(_ method: String, _ path: String, _ body: JSONValue?) throws(BrowserError) -> [UInt8] {
        guard let text = try command(method, path, body).string, let data = Data(base64Encoded: text) else {
            throw malformed(path, "not base64 data")
        }
        return [UInt8](data)
    }

    private func malformed(_ path: String, _ detail: String) -> BrowserError {
        .malformedResponse(command: path, detail: detail)
    }
}

extension Duration {
    var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1000 + Double(attoseconds / 1_000_000_000_000_000)
    }
}
