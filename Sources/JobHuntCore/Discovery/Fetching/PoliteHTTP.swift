// The HTTP policy around HTTPClient: identity, pacing per host, retries with backoff, conditional GET.
import Foundation
internal import JobHuntIO

/// What a GET produced: a body, or "unchanged since the validators we sent".
enum PoliteResponse: Sendable {
    case body(Data, finalURL: String, validators: HTTPValidators)
    case notModified
}

/// Performs GETs under a `FetchPolicy`; every try is recorded in the caller's metrics.
struct PoliteHTTP: Sendable {
    let policy: FetchPolicy
    let limiter: HostRateLimiter
    let sleeper: any FetchSleeper
    let now: @Sendable () -> Date
    /// 0...1, the jitter of each backoff; injected so tests can pin it.
    let jitter: @Sendable () -> Double
    let client = HTTPClient()

    func get(_ url: String, validators: HTTPValidators?, metrics: inout FetchMetrics) throws(FetchError)
        -> PoliteResponse
    {
        let host = Self.hostKey(of: url)
        var attempt = 0
        while true {
            attempt += 1
            limiter.acquire(host: host)
            let started = ContinuousClock.now
            let response: HTTPResponse
            do throws(HTTPError) {
                response = try client.perform(request(url, validators: validators))
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
                return .body(response.body, finalURL: response.url ?? url, validators: answered)
            case 304 where validators?.isEmpty == false:
                return .notModified
            case 429, 500..<600:
                guard attempt < policy.maxAttempts else {
                    throw .status(url: url, status: response.status, attempts: attempt)
                }
                sleeper.sleep(for: wait(after: response, attempt: attempt))
            default:
                throw .status(url: url, status: response.status, attempts: attempt)
            }
        }
    }

    /// Retry-After when the server sent one (capped), else exponential backoff with jitter.
    private func wait(after response: HTTPResponse, attempt: Int) -> Duration {
        if let asked = response.retryAfter(now: now()) { return min(asked, policy.maxRetryAfter) }
        return policy.backoff(after: attempt, jitter: jitter())
    }

    private func request(_ url: String, validators: HTTPValidators?) -> HTTPRequest {
        HTTPRequest(
            method: "GET", url: url, headers: validators?.requestHeaders ?? [],
            connectTimeout: policy.connectTimeout, timeout: policy.timeout, followRedirects: true,
            userAgent: policy.userAgent, maxRedirects: policy.maxRedirects, acceptCompressed: true,
            maxResponseBytes: policy.maxResponseBytes)
    }

    private func map(_ error: HTTPError, _ url: String, _ attempts: Int) -> FetchError {
        switch error {
        case .responseTooLarge(let limit): .tooLarge(url: url, limit: limit)
        case .tooManyRedirects: .tooManyRedirects(url: url, limit: policy.maxRedirects)
        case .invalidURL(let message): .invalidURL(url: url, reason: message)
        default: .transport(url: url, reason: error.localizedDescription, attempts: attempts)
        }
    }

    /// `host[:port]` in lower case: the unit of politeness (and of robots.txt).
    static func hostKey(of url: String) -> String {
        guard let components = URLComponents(string: url), let host = components.host else { return url }
        return host.lowercased() + (components.port.map { ":\($0)" } ?? "")
    }
}
