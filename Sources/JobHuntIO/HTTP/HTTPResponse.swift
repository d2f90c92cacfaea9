// What came back: status, headers in order, and the body when it was kept in memory.
import Foundation

public struct HTTPResponse: Sendable {
    public var status: Int
    /// Headers of the final response (interim `100 Continue` and redirects dropped).
    public var headers: [(name: String, value: String)]
    /// Empty when a 2xx body was streamed to a file.
    public var body: Data
    /// The URL that answered, after any redirects: relative links in a page resolve against it.
    public var url: String?

    public init(status: Int, headers: [(name: String, value: String)], body: Data, url: String? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.url = url
    }

    /// The first header with this name, compared case-insensitively as HTTP requires.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    public var isSuccess: Bool { (200..<300).contains(status) }
}
