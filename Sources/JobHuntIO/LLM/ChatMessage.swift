// One message of a chat-completions conversation and the request that carries them.
import Foundation

/// A message as OpenAI's chat-completions API spells it: a role and text content.
public struct ChatMessage: Sendable, Equatable, Codable {
    public enum Role: String, Sendable, Codable {
        case system, user, assistant
    }

    public var role: Role
    public var content: String

    public init(role: Role, content: String) {
        self.role = role
        self.content = content
    }

    public static func system(_ content: String) -> ChatMessage { ChatMessage(role: .system, content: content) }
    public static func user(_ content: String) -> ChatMessage { ChatMessage(role: .user, content: content) }
    public static func assistant(_ content: String) -> ChatMessage { ChatMessage(role: .assistant, content: content) }
}

/// What to ask the model: the conversation and the sampling settings.
///
/// The model name is the endpoint's (`LLMEndpoint.model`), not the request's: one
/// configured server answers every request of a run.
public struct ChatRequest: Sendable, Equatable {
    public var messages: [ChatMessage]
    /// 0 is the most deterministic; servers default to about 0.8 when it is left out.
    public var temperature: Double?
    /// Ask for a JSON object (`response_format: {"type": "json_object"}`, which llama.cpp's
    /// server, Ollama, vLLM and OpenAI accept). A server that refuses the field is asked
    /// again without it; the caller parses the answer either way.
    public var jsonObject: Bool
    /// A cap on the answer's tokens; nil leaves the server's default.
    public var maxTokens: Int?

    public init(messages: [ChatMessage], temperature: Double? = nil, jsonObject: Bool = false, maxTokens: Int? = nil) {
        self.messages = messages
        self.temperature = temperature
        self.jsonObject = jsonObject
        self.maxTokens = maxTokens
    }
}

/// The request body on the wire. `stream` is always false: jobhunt wants the whole answer
/// to parse it, and a streamed answer would arrive as server-sent events instead of JSON.
struct ChatRequestBody: Encodable {
    struct ResponseFormat: Encodable {
        var type: String
    }

    var model: String
    var messages: [ChatMessage]
    var temperature: Double?
    var stream = false
    var responseFormat: ResponseFormat?
    var maxTokens: Int?

    enum CodingKeys: String, CodingKey {
        case model, messages, temperature, stream
        case responseFormat = "response_format"
        case maxTokens = "max_tokens"
    }

    init(model: String, request: ChatRequest, jsonObject: Bool) {
        self.model = model
        messages = request.messages
        temperature = request.temperature
        responseFormat = jsonObject ? ResponseFormat(type: "json_object") : nil
        maxTokens = request.maxTokens
    }

    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding plain strings and numbers cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }
}
