// The HTTP layer's one error type: what went wrong on the wire, never what the server answered.
import Foundation
public import JobHuntErrors

/// A request that did not produce a response. A response with any status, even 500,
/// is not an error here: callers decide what a status means.
public enum HTTPError: Error, Equatable, Sendable {
    /// The URL could not be parsed or uses a scheme libcurl was built without.
    case invalidURL(message: String)
    /// The host could not be resolved or refused the connection.
    case couldNotConnect(message: String)
    /// The connect or total timeout passed.
    case timedOut(message: String)
    /// A local file to send from or write to could not be used.
    case fileAccess(path: String, reason: String)
    /// `followRedirects` passed `maxRedirects`: usually a redirect loop.
    case tooManyRedirects(message: String)
    /// The body passed `maxResponseBytes`; the transfer was aborted there.
    case responseTooLarge(limit: Int)
    /// Any other libcurl failure, with its CURLcode (https://curl.se/libcurl/c/libcurl-errors.html).
    case transport(code: Int, message: String)

    /// Worth retrying: the server may answer next time.
    public var isTransient: Bool {
        switch self {
        case .timedOut, .couldNotConnect: return true
        case .transport(let code, _):
            // 7 couldn't connect, 18 partial file, 52 empty reply, 55 send error, 56 receive error.
            return [7, 18, 52, 55, 56].contains(code)
        case .invalidURL, .fileAccess, .tooManyRedirects, .responseTooLarge: return false
        }
    }
}

extension HTTPError: DescribedError {
    public var problem: String {
        switch self {
        case .invalidURL(let message): return "invalid URL: \(message)"
        case .couldNotConnect(let message): return "could not connect: \(message)"
        case .timedOut(let message): return "the request timed out: \(message)"
        case .fileAccess(let path, let reason): return "cannot use \(path): \(reason)"
        case .tooManyRedirects(let message): return "too many redirects: \(message)"
        case .responseTooLarge(let limit): return "the response is larger than the \(limit)-byte limit"
        case .transport(let code, let message): return "HTTP transfer failed (libcurl error \(code)): \(message)"
        }
    }

    public var remedy: Remedy? {
        switch self {
        case .invalidURL: return "check the URL's scheme, host and port"
        case .couldNotConnect: return "check that the server is running and the host and port are right"
        case .timedOut: return "try again, or raise the timeout if the server is slow"
        case .fileAccess: return "check that the file exists and that you may read or write it"
        case .tooManyRedirects: return "the server redirects in a loop; check the URL in a browser"
        case .responseTooLarge: return "check that the URL points at a job feed, or raise the size limit"
        case .transport: return "try again; if it persists, check the network and the server"
        }
    }
}
