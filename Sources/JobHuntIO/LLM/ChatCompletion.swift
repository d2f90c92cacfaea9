// What a chat-completions call produced: the text, what it cost, and how long it took.
import Foundation

/// The answer to one `ChatRequest`, after any retries.
public struct ChatCompletion: Sendable, Equatable {
    /// The assistant message's content, as the server sent it.
    public var content: String
    /// The model that answered, as the server names it (may differ from the one asked for).
    public var model: String
    /// `stop`, or `length` when the answer was cut at the token limit.
    public var finishReason: String?
    public var usage: TokenUsage
    /// From the first try to the answer, waits between tries included.
    public var latency: Duration
    /// Requests sent, counting the first: more than 1 after 429s, 5xx or a refused `response_format`.
    public var attempts: Int
    /// Whether the answer was asked for in JSON mode (false once a server refused it).
    public var usedJSONMode: Bool

    public init(
        content: String, model: String, finishReason: String?, usage: TokenUsage, latency: Duration,
        attempts: Int, usedJSONMode: Bool
    ) {
        self.content = content
        self.model = model
        self.finishReason = finishReason
        self.usage = usage
        self.latency = latency
        self.attempts = attempts
        self.usedJSONMode = usedJSONMode
    }
}

/// Token counts as the server reported them; zero when it reported none.
public struct TokenUsage: Sendable, Equatable, Codable {
    public var promptTokens: Int
    public var completionTokens: Int
    public var totalTokens: Int

    public init(promptTokens: Int = 0, completionTokens: Int = 0, totalTokens: Int? = nil) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.totalTokens = totalTokens ?? promptTokens + completionTokens
    }

    /// The sum of two calls' usage (a retried generation reports both).
    public static func + (left: TokenUsage, right: TokenUsage) -> TokenUsage {
        TokenUsage(
            promptTokens: left.promptTokens + right.promptTokens,
            completionTokens: left.completionTokens + right.completionTokens,
            totalTokens: left.totalTokens + right.totalTokens)
    }
}
