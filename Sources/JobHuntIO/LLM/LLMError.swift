// Everything that can stop a chat-completions call, each with what to do about it.
import Foundation
public import JobHuntErrors

/// Why a model server gave no usable answer. The API key never appears in any case.
public enum LLMError: Error, Equatable, Sendable {
    /// `llm.url` is not a URL libcurl can use.
    case invalidURL(url: String, message: String)
    /// Nothing listens there (connection refused) or the host does not resolve: the server is down.
    case serverUnreachable(url: String, message: String)
    /// No answer within the timeout.
    case timedOut(url: String, timeout: Duration)
    /// The connection failed in another way, after the retries.
    case transport(url: String, message: String, attempts: Int)
    /// The server answered with an error status; `message`, `type` and `code` come from
    /// OpenAI's `{"error": {...}}` body when it sent one, else from the body's text.
    case serverError(status: Int, message: String, type: String?, code: String?, attempts: Int)
    /// A 2xx answer that is not a chat completion (no `choices[0].message.content`).
    case malformedResponse(reason: String)

    /// Answers a new try may change: rate limits, server errors, dropped connections.
    var isRetryable: Bool {
        switch self {
        case .serverError(let status, _, _, _, _): return status == 429 || (500..<600).contains(status)
        case .transport: return true
        default: return false
        }
    }
}

extension LLMError: DescribedError {
    public var problem: String {
        switch self {
        case .invalidURL(let url, let message):
            return "the model server URL '\(url)' cannot be used: \(message)"
        case .serverUnreachable(let url, let message):
            return "no model server answers at \(url): \(message)"
        case .timedOut(let url, let timeout):
            return "the model server at \(url) did not answer within \(timeout.components.seconds) s"
        case .transport(let url, let message, let attempts):
            return "the connection to the model server at \(url) failed after \(attempts) tries: \(message)"
        case .serverError(let status, let message, let type, let code, let attempts):
            let kind = [type, code].compactMap { $0 }.joined(separator: ", ")
            let tries = attempts > 1 ? " after \(attempts) tries" : ""
            return "the model server answered \(status)\(tries)\(kind.isEmpty ? "" : " (\(kind))"): \(message)"
        case .malformedResponse(let reason):
            return "the model server's answer is not a chat completion: \(reason)"
        }
    }

    public var remedy: Remedy? {
        switch self {
        case .invalidURL:
            return "set llm.url to the server's root, e.g. http://127.0.0.1:8080"
        case .serverUnreachable:
            return "start the model server (e.g. llama-server --port 8080) or set llm.url to where it listens"
        case .timedOut:
            return "raise llm.timeout_seconds, or use a smaller model"
        case .transport:
            return "try again; if it persists, check the model server's log"
        case .serverError(let status, _, _, _, _):
            switch status {
            case 401, 403: return "check llm.api_key (JOBHUNT_LLM_API_KEY)"
            case 404: return "check llm.url and llm.model: the server knows no such path or model"
            case 429: return "wait and try again, or raise the server's rate limit"
            default: return "check the model server's log; the message above is the server's"
            }
        case .malformedResponse:
            return "check that llm.url points at an OpenAI-compatible server (POST /v1/chat/completions)"
        }
    }
}
