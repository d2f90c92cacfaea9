// How politely and how patiently jobhunt fetches: identity, timeouts, limits, retries and pacing.
import Foundation
import JobHuntKernel

/// The HTTP policy of discovery. The defaults suit public job-board APIs; every
/// value is configuration so a test or a mirror can change it.
package struct FetchPolicy: Sendable, Equatable {
    /// Sent on every request, so site owners can see who we are and find the project.
    package var userAgent: String
    package var connectTimeout: Duration = .seconds(10)
    /// For the whole exchange, body included.
    package var timeout: Duration = .seconds(60)
    /// Redirects followed before giving up (a loop ends here).
    package var maxRedirects = 5
    /// Bodies (and local files) larger than this are refused, not truncated.
    package var maxResponseBytes = 20 * 1024 * 1024
    /// Tries per request, the first included; 5xx, 429 and transport failures are retried.
    package var maxAttempts = 4
    /// The first backoff; doubled on every retry, then jittered to 50–100 %.
    package var backoffBase: Duration = .seconds(1)
    /// The longest backoff between two tries.
    package var backoffCap: Duration = .seconds(30)
    /// The longest `Retry-After` we wait for; a longer one is cut to this.
    package var maxRetryAfter: Duration = .seconds(120)
    /// Requests per host per `rateWindow`, counted across processes when Redis is configured.
    package var requestsPerWindow = 1
    package var rateWindow: Duration = .seconds(1)
    /// Honour robots.txt for HTML pages (`jsonld:`); APIs and feeds are meant for programs.
    package var honourRobots = true
    /// Sources fetched at once by a discover run (its pool of fetch threads); 1 fetches one after another.
    package var concurrentSources = 16
    /// Requests in flight to one host at once, across every source of the run: a board
    /// farm behind one host (every Greenhouse board is on one API host) is never asked
    /// more than this at a time, however many threads the pool has.
    package var concurrentPerHost = 2

    /// - Parameters:
    ///   - version: jobhunt's version, for the User-Agent.
    ///   - projectURL: where a site owner learns what jobhunt is.
    package init(version: String, projectURL: String = "https://github.com/jobhunt/jobhunt") {
        userAgent = "jobhunt/\(version) (+\(projectURL))"
    }

    /// The robots.txt product token we answer to.
    static let robotsAgent = "jobhunt"

    /// The wait before try `attempt + 1` after a failed try `attempt` (1-based), given `jitter` in 0...1.
    func backoff(after attempt: Int, jitter: Double) -> Duration {
        let exponent = min(max(attempt - 1, 0), 20)
        let full = min(backoffBase * (1 << exponent), backoffCap)
        return full * (0.5 + 0.5 * min(max(jitter, 0), 1))
    }
}
