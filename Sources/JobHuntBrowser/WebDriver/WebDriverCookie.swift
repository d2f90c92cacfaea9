// Cookies as WebDriver reads and writes them, so a caller can keep a platform's
// session between runs (stored encrypted by the caller, never by this layer).
import Foundation
import JobHuntIO

/// One cookie of the W3C cookie commands. https://www.w3.org/TR/webdriver2/#cookies
public struct WebDriverCookie: Sendable, Equatable, Codable {
    public var name: String
    public var value: String
    public var domain: String?
    public var path: String?
    public var secure: Bool?
    public var httpOnly: Bool?
    /// Seconds since the Unix epoch; `nil` for a session cookie.
    public var expiry: Int?
    /// `Lax`, `Strict` or `None`.
    public var sameSite: String?

    public init(
        name: String, value: String, domain: String? = nil, path: String? = nil, secure: Bool? = nil,
        httpOnly: Bool? = nil, expiry: Int? = nil, sameSite: String? = nil
    ) {
        self.name = name
        self.value = value
        self.domain = domain
        self.path = path
        self.secure = secure
        self.httpOnly = httpOnly
        self.expiry = expiry
        self.sameSite = sameSite
    }

    init?(_ json: JSONValue) {
        guard let name = json["name"]?.string, let value = json["value"]?.string else { return nil }
        self.init(
            name: name, value: value, domain: json["domain"]?.string, path: json["path"]?.string,
            secure: json["secure"]?.bool, httpOnly: json["httpOnly"]?.bool,
            expiry: json["expiry"]?.number.map(Int.init),
            sameSite: json["sameSite"]?.string)
    }

    var json: JSONValue {
        var members: [String: JSONValue] = ["name": .string(name), "value": .string(value)]
        if let domain { members["domain"] = .string(domain) }
        if let path { members["path"] = .string(path) }
        if let secure { members["secure"] = .bool(secure) }
        if let httpOnly { members["httpOnly"] = .bool(httpOnly) }
        if let expiry { members["expiry"] = .number(Double(expiry)) }
        if let sameSite { members["sameSite"] = .string(sameSite) }
        return .object(members)
    }
}

extension WebDriverSession {
    /// Every cookie visible to the current page.
    public func cookies() throws(BrowserError) -> [WebDriverCookie] {
        (try command("GET", "/cookie").array ?? []).compactMap(WebDriverCookie.init)
    }

    /// Sets a cookie for the current page's domain (the page must be on that domain).
    public func addCookie(_ cookie: WebDriverCookie) throws(BrowserError) {
        try command("POST", "/cookie", ["cookie": cookie.json])
    }

    /// Deletes every cookie visible to the current page.
    public func deleteAllCookies() throws(BrowserError) { try command("DELETE", "/cookie") }
}
