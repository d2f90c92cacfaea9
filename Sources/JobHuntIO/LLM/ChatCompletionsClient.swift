// Asks an OpenAI-compatible server for a chat completion over libcurl, with retries that honour Retry-After.
import Foundation

/// `POST {url}/v1/chat/completions`, the request llama.cpp's server, Ollama, vLLM and
/// OpenAI all answer (https://platform.openai.com/docs/api-reference/chat/create).
///
/// ```swift
/// let client = ChatCompletionsClient(endpoint: LLMEndpoint(url: "http://127.0.0.1:8080", model: "qwen2.5"))
/// let answer = try client.complete(ChatRequest(messages: [.user("Say hi as JSON")], jsonObject: true))
/// ```
///
/// Retries 429 and 5xx answers and dropped connections up to `endpoint.maxAttempts`, waiting
/// what `Retry-After` asks (seconds or an HTTP date, capped at `maxRetryWait`) or else
/// 1 s, 2 s, 4 s…. A refused connection is not retried: the server is down, and saying so
/// at once beats waiting. Blocking, like `HTTPClient`.
public struct ChatCompletionsClient: Sendable {
    public let endpoint: LLMEndpoint
    /// Waits between tries; tests pass one that records instead of sleeping.
    let sleep: @Sendable (Duration) -> Void
    /// The wall clock `Retry-After` dates are measured from.
    let now: @Sendable () -> Date
    let http = HTTPClient()

    public init(
        endpoint: LLMEndpoint, sleep: @escaping @Sendable (Duration) -> Void = ChatCompletionsClient.threadSleep,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.endpoint = endpoint
        self.sleep = sleep
        self.now = now
    }

    /// The answer to `request`, or the reason there is none.
    public func complete(_ request: ChatRequest) throws(LLMError) -> ChatCompletion {
        let started = ContinuousClock.now
        var attempts = 0
        var jsonMode = request.jsonObject
        var refusedJSONMode = false
        while true {
            attempts += 1
            let response: HTTPResponse
            do throws(HTTPError) {
                response = try http.perform(httpRequest(request, jsonMode: jsonMode))
            } catch {
                let failure = map(error, attempts: attempts)
                guard failure.isRetryable, attempts < endpoint.maxAttempts else { throw failure }
                sleep(backoff(after: attempts))
                continue
            }
            if response.isSuccess {
                return try Self.completion(
                    from: response.body, latency: .now - started, attempts: attempts, usedJSONMode: jsonMode)
            }
            let failure = Self.serverError(response, attempts: attempts)
            // A server without JSON mode refuses the field with a 400 that names it; ask once more without.
            if jsonMode, !refusedJSONMode, Self.refusesResponseFormat(response.status, failure) {
                jsonMode = false
                refusedJSONMode = true
                continue
            }
            guard failure.isRetryable, attempts < endpoint.maxAttempts else { throw failure }
            sleep(wait(after: response, attempt: attempts))
        }
    }

    /// Really waits, blocking the calling thread.
    public static let threadSleep: @Sendable (Duration) -> Void = { duration in
        let (seconds, attoseconds) = duration.components
        let interval = Double(seconds) + Double(attoseconds) / 1e18
        if interval > 0 { Thread.sleep(forTimeInterval: interval) }
    }

    func httpRequest(_ request: ChatRequest, jsonMode: Bool) -> HTTPRequest {
        var headers = [("Content-Type", "application/json"), ("Accept", "application/json")]
        if let key = endpoint.apiKey, !key.isEmpty { headers.append(("Authorization", "Bearer \(key)")) }
        let body = ChatRequestBody(model: endpoint.model, request: request, jsonObject: jsonMode)
        // No proxy: the model server is usually on loopback or the LAN, and JobHuntIO takes
        // configuration only as values (libcurl would otherwise read http_proxy itself).
        return HTTPRequest(
            method: "POST", url: endpoint.completionsURL, headers: headers.map { (name: $0.0, value: $0.1) },
            body: .bytes(body.encoded()), connectTimeout: endpoint.connectTimeout, timeout: endpoint.timeout,
            userAgent: "jobhunt", acceptCompressed: true, maxResponseBytes: 8 << 20)
    }

    /// Retry-After when the server sent one (capped), else 1 s, 2 s, 4 s… (capped).
    func wait(after response: HTTPResponse, attempt: Int) -> Duration {
        if let asked = response.retryAfter(now: now()) { return min(asked, endpoint.maxRetryWait) }
        return backoff(after: attempt)
    }

    func backoff(after attempt: Int) -> Duration {
        min(.seconds(1 << min(attempt - 1, 10)), endpoint.maxRetryWait)
    }

    private func map(_ error: HTTPError, attempts: Int) -> LLMError {
        let url = endpoint.displayURL
        switch error {
        case .invalidURL(let message): return .invalidURL(url: LLMEndpoint.masked(endpoint.url), message: message)
        case .couldNotConnect(let message): return .serverUnreachable(url: url, message: message)
        case .timedOut: return .timedOut(url: url, timeout: endpoint.timeout)
        case .transport(let code, let message):
            // 7 is "couldn't connect" reported through another path; the server is down all the same.
            if code == 7 { return .serverUnreachable(url: url, message: message) }
            return .transport(url: url, message: message, attempts: attempts)
        case .responseTooLarge(let limit):
            return .malformedResponse(reason: "the answer is larger than \(limit) bytes")
        case .fileAccess, .tooManyRedirects:
            return .transport(url: url, message: error.problem, attempts: attempts)
        }
    }

    private static func refusesResponseFormat(_ status: Int, _ failure: LLMError) -> Bool {
        guard status == 400 || status == 422, case .serverError(_, let message, _, _, _) = failure else {
            return false
        }
        return message.lowercased().contains("response_format")
    }
}
