// The fetching layer's one error type: why a source's documents could not be had.
import Foundation
import JobHuntKernel

/// A source that could not be fetched; the URL is always named so the person can try it.
package enum FetchError: Error, Equatable, Sendable {
    /// The request never got an answer (connection, timeout, TLS…), after `attempts` tries.
    case transport(url: String, reason: String, attempts: Int)
    /// The server kept answering with this status (after retries, for 5xx and 429).
    case status(url: String, status: Int, attempts: Int)
    /// The body was larger than the policy allows.
    case tooLarge(url: String, limit: Int)
    /// Redirects went on past the policy's limit.
    case tooManyRedirects(url: String, limit: Int)
    /// robots.txt forbids us this page; `rule` is the line that decided it.
    case disallowedByRobots(url: String, rule: String)
    /// A local file could not be read.
    case file(path: String, reason: String)
    /// The URL is not one libcurl can fetch.
    case invalidURL(url: String, reason: String)
}

extension FetchError: LocalizedError {
    package var errorDescription: String? {
        switch self {
        case .transport(let url, let reason, let attempts):
            return "could not fetch \(url) after \(attempts) \(attempts == 1 ? "try" : "tries"): \(reason)"
        case .status(let url, let status, let attempts):
            return "\(url) answered HTTP \(status)" + (attempts > 1 ? " (\(attempts) tries)" : "")
        case .tooLarge(let url, let limit):
            let size = limit >= 1_048_576 ? "\(limit / 1_048_576) MiB" : "\(limit)-byte"
            return "\(url) is larger than the \(size) limit"
        case .tooManyRedirects(let url, let limit):
            return "\(url) redirected more than \(limit) times"
        case .disallowedByRobots(let url, let rule):
            return "robots.txt forbids fetching \(url) (\(rule))"
        case .file(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .invalidURL(let url, let reason):
            return "cannot fetch \(url): \(reason)"
        }
    }

    package var recoverySuggestion: String? {
        switch self {
        case .transport: return "check the network and that the host is up, then try again"
        case .status(_, let status, _) where status == 404: return "check the board name or URL"
        case .status(_, let status, _) where status == 429 || status >= 500:
            return "the site is busy or failing; try again later"
        case .status: return "check the board name or URL and whether the site needs access"
        case .tooLarge: return "check that the URL is a job feed, or raise the fetch size limit"
        case .tooManyRedirects: return "the site redirects in a loop; check the URL in a browser"
        case .disallowedByRobots: return "use the site's API or feed instead, or ask the site owner"
        case .file: return "check that the file exists and is readable"
        case .invalidURL: return "check the URL's scheme, host and port"
        }
    }
}
