// The HTTP policy around HTTPClient: identity, pacing per host, retries with backoff, conditional GET.
import Foundation
internal import JobHuntIO
import JobHuntKernel

/// What a GET produced: a body, or "unchanged since the validators we sent".
enum PoliteResponse: Sendable {
    case body(Data, finalURL: String, validators: HTTPValidators)
    case notModified
}

/// Performs GETs under a `FetchPolicy`; every try is recorded in the caller's metrics.
///
/// Redirects are followed here, not by libcurl, so every hop goes through the
/// same politeness as the first request: the new host's rate limit and, for
/// HTML pages, the new host's robots.txt (see `PoliteHTTP+Redirects.swift`).
struct PoliteHTTP: Sendable {
    let policy: FetchPolicy
    let limiter: HostRateLimiter
    /// Bounds the requests in flight per host when several sources are fetched at once.
    let gate: HostConcurrencyGate
    let sleeper: any FetchSleeper
    let now: @Sendable () -> Date
    /// 0...1, the jitter of each backoff; injected so tests can pin it.
    let jitter: @Sendable () -> Double
    let client = HTTPClient()

    /// GETs `url`, following up to `policy.maxRedirects` redirects.
    ///
    /// - Parameter robots: checks every URL (the first and each redirect target)
    ///   before it is requested; nil for APIs and feeds, which exist for programs.
    func get(
        _ url: String, validators: HTTPValidators?, metrics: inout FetchMetrics, robots: RobotsGate? = nil
    ) throws(JobHuntError) -> PoliteResponse {
        try send(url, json: nil, validators: validators, metrics: &metrics, robots: robots)
    }

    /// POSTs a JSON body (Workday's search), under the same politeness as a GET; never conditional.
    func post(_ url: String, json: Data, metrics: inout FetchMetrics) throws(JobHuntError) -> PoliteResponse {
        try send(url, json: json, validators: nil, metrics: &metrics, robots: nil)
    }

    private func send(
        _ url: String, json: Data?, validators: HTTPValidators?, metrics: inout FetchMetrics, robots: RobotsGate?
    ) throws(JobHuntError) -> PoliteResponse {
        var current = url
        var redirects = 0
        while true {
            if let robots { try robots.check(current, using: self, metrics: &metrics) }
            switch try exchange(current, json: json, validators: validators, metrics: &metrics) {
            case .answered(let response):
                return response
            case .redirect(let target):
                guard redirects < policy.maxRedirects else {
                    throw .fetchTooManyRedirects(url: url, limit: policy.maxRedirects)
                }
                redirects += 1
                current = target
            }
        }
    }

    /// One URL with its retries: an answer, or where it redirects to.
    private func exchange(_ url: String, json: Data?, validators: HTTPValidators?, metrics: inout FetchMetrics)
        throws(JobHuntError) -> Hop
    {
        let host = Self.hostKey(of: url)
        var attempt = 0
        while true {
            attempt += 1
            gate.enter(host)
            limiter.acquire(host: host)
            let started = ContinuousClock.now
            let response: HTTPResponse
            do throws(HTTPError) {
                defer { gate.leave(host) }
                response = try client.perform(request(url, json: json, validators: validators))
            } catch {
                metrics.records.append(FetchRequestRecord(url: url, status: nil, responseTime: .now - started))
                guard error.isTransient, attempt < policy.maxAttempts else { throw map(error, url, attempt) }
                sleeper.sleep(for: policy.backoff(after: attempt, jitter: jitter()))
                continue
            }
            metrics.records.append(
                FetchRequestRecord(url: url, status: response.status, responseTime: .now - started))
            switch response.status {
            case 200..<300:
                let answered = HTTPValidators(
                    etag: response.header("ETag"), lastModified: response.header("Last-Modified"))
                return .answered(.body(response.body, finalURL: url, validators: answered))
            case 304 where validators?.isEmpty == false:
                return .answered(.notModified)
            case 301, 302, 303, 307, 308:
                return .redirect(try Self.redirectTarget(of: response, from: url))
            case 429, 500..<600:
                guard attempt < policy.maxAttempts else {
                    throw .fetchStatus(url: url, status: response.status, attempts: attempt)
                }
                sleeper.sleep(for: wait(after: response, attempt: attempt))
            default:
                throw .fetchStatus(url: url, status: response.status, attempts: attempt)
            }
        }
    }

    /// Retry-After when the server sent one (capped), else exponential backoff with jitter.
    private func wait(after response: HTTPResponse, attempt: Int) -> Duration {
        if let asked = response.retryAfter(now: now()) { return min(asked, policy.maxRetryAfter) }
        return policy.backoff(after: attempt, jitter: jitter())
    }

    private func request(_ url: String, json: Data?, validators: HTTPValidators?) -> HTTPRequest {
        var headers = validators?.requestHeaders ?? []
        if json != nil { headers += [("Content-Type", "application/json"), ("Accept", "application/json")] }
        return HTTPRequest(
            method: json == nil ? "GET" : "POST", url: url, headers: headers, body: json.map { .bytes($0) } ?? .empty,
            connectTimeout: policy.connectTimeout, timeout: policy.timeout, followRedirects: false,
            userAgent: policy.userAgent, maxRedirects: 0, acceptCompressed: true,
            maxResponseBytes: policy.maxResponseBytes)
    }

    private func map(_ error: HTTPError, _ url: String, _ attempts: Int) -> JobHuntError {
        switch error {
        case .responseTooLarge(let limit): .fetchTooLarge(url: url, limit: limit)
        case .tooManyRedirects: .fetchTooManyRedirects(url: url, limit: policy.maxRedirects)
        case .invalidURL(let message): .fetchInvalidURL(url: url, reason: message)
        default: .fetchTransport(url: url, reason: error.localizedDescription, attempts: attempts)
        }
    }

    /// `host[:port]` in lower case: the unit of politeness (and of robots.txt).
    static func hostKey(of url: String) -> String {
        guard let components = URLComponents(string: url), let host = components.host else { return url }
        return host.lowercased() + (components.port.map { ":\($0)" } ?? "")
    }
}

/// The end of one exchange: a response to return, or the next URL to ask.
private enum Hop {
    case answered(PoliteResponse)
    case redirect(String)
}
