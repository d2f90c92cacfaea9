// The fetching layer's error codes: why a source's documents could not be had.
// The URL is always named so the person can try it.
import JobHuntKernel

extension JobHuntError.Code {
    /// The request never got an answer (connection, timeout, TLS…), after retries.
    package static let fetchTransport = Self("fetchTransport")
    /// The server kept answering with an error status (after retries, for 5xx and 429).
    package static let fetchStatus = Self("fetchStatus")
    /// The body was larger than the policy allows.
    package static let fetchTooLarge = Self("fetchTooLarge")
    /// Redirects went on past the policy's limit.
    package static let fetchTooManyRedirects = Self("fetchTooManyRedirects")
    /// robots.txt forbids us this page.
    package static let fetchDisallowedByRobots = Self("fetchDisallowedByRobots")
    /// A local file could not be read.
    package static let fetchFile = Self("fetchFile")
    /// The URL is not one libcurl can fetch.
    package static let fetchInvalidURL = Self("fetchInvalidURL")
    /// `hn:YYYY-MM` for a month without a "Who is hiring?" thread.
    package static let fetchNoThread = Self("fetchNoThread")
}

extension JobHuntError {
    package static func fetchTransport(url: String, reason: String, attempts: Int) -> JobHuntError {
        JobHuntError(
            .fetchTransport, "could not fetch \(url) after \(attempts) \(attempts == 1 ? "try" : "tries"): \(reason)",
            remedy: "check the network and that the host is up, then try again")
    }

    /// The error keeps `status`, so a caller can treat a 404 unlike a 503.
    package static func fetchStatus(url: String, status: Int, attempts: Int) -> JobHuntError {
        let remedy: Remedy =
            switch status {
            case 404: "check the board name or URL"
            case 429, 500...: "the site is busy or failing; try again later"
            default: "check the board name or URL and whether the site needs access"
            }
        return JobHuntError(
            .fetchStatus, "\(url) answered HTTP \(status)" + (attempts > 1 ? " (\(attempts) tries)" : ""),
            remedy: remedy, status: status)
    }

    package static func fetchTooLarge(url: String, limit: Int) -> JobHuntError {
        let size = limit >= 1_048_576 ? "\(limit / 1_048_576) MiB" : "\(limit)-byte"
        return JobHuntError(
            .fetchTooLarge, "\(url) is larger than the \(size) limit",
            remedy: "check that the URL is a job feed, or raise the fetch size limit")
    }

    package static func fetchTooManyRedirects(url: String, limit: Int) -> JobHuntError {
        JobHuntError(
            .fetchTooManyRedirects, "\(url) redirected more than \(limit) times",
            remedy: "the site redirects in a loop; check the URL in a browser")
    }

    /// `rule` is the robots.txt line that decided it.
    package static func fetchDisallowedByRobots(url: String, rule: String) -> JobHuntError {
        JobHuntError(
            .fetchDisallowedByRobots, "robots.txt forbids fetching \(url) (\(rule))",
            remedy: "use the site's API or feed instead, or ask the site owner")
    }

    package static func fetchFile(path: String, reason: String) -> JobHuntError {
        JobHuntError(
            .fetchFile, "cannot read \(path): \(reason)", remedy: "check that the file exists and is readable")
    }

    package static func fetchInvalidURL(url: String, reason: String) -> JobHuntError {
        JobHuntError(
            .fetchInvalidURL, "cannot fetch \(url): \(reason)", remedy: "check the URL's scheme, host and port")
    }

    package static func fetchNoThread(url: String, month: String) -> JobHuntError {
        JobHuntError(
            .fetchNoThread, "no \"Ask HN: Who is hiring? (\(month))\" thread in \(url)",
            remedy: "check the month: the thread appears on the first weekday of each month, since April 2011")
    }
}
