// Reads the server's JSON: a chat completion, or OpenAI's error body.
import Foundation

extension ChatCompletionsClient {
    /// `{"choices":[{"message":{"content":…},"finish_reason":…}],"model":…,"usage":{…}}`.
    struct CompletionBody: Decodable {
        struct Choice: Decodable {
            struct Message: Decodable {
                var content: String?
            }

            var message: Message?
            var finishReason: String?

            enum CodingKeys: String, CodingKey {
                case message
                case finishReason = "finish_reason"
            }
        }

        struct Usage: Decodable {
            var promptTokens: Int?
            var completionTokens: Int?
            var totalTokens: Int?

            enum CodingKeys: String, CodingKey {
                case promptTokens = "prompt_tokens"
                case completionTokens = "completion_tokens"
                case totalTokens = "total_tokens"
            }
        }

        var model: String?
        var choices: [Choice]?
        var usage: Usage?
    }

    /// OpenAI's `{"error":{"message","type","code"}}`; `code` is a string, a number or null
    /// depending on the server, and some servers send `{"error": "text"}`.
    struct ErrorBody: Decodable {
        var message: String?
        var type: String?
        var code: String?

        enum Keys: String, CodingKey { case error }
        enum DetailKeys: String, CodingKey { case message, type, code }

        init(from decoder: any Decoder) throws {
            let top = try decoder.container(keyedBy: Keys.self)
            if let text = try? top.decode(String.self, forKey: .error) {
                message = text
                return
            }
            let detail = try top.nestedContainer(keyedBy: DetailKeys.self, forKey: .error)
            message = try? detail.decode(String.self, forKey: .message)
            type = try? detail.decode(String.self, forKey: .type)
            if let text = try? detail.decode(String.self, forKey: .code) {
                code = text
            } else if let number = try? detail.decode(Int.self, forKey: .code) {
                code = String(number)
            }
        }
    }

    static func completion(from body: Data, latency: Duration, attempts: Int, usedJSONMode: Bool)
        throws(LLMError) -> ChatCompletion
    {
        let decoded: CompletionBody
        do {
            decoded = try JSONDecoder().decode(CompletionBody.self, from: body)
        } catch {
            throw .malformedResponse(reason: "the body is not chat-completion JSON (\(excerpt(body)))")
        }
        guard let choice = decoded.choices?.first else { throw .malformedResponse(reason: "it has no choices") }
        guard let content = choice.message?.content else {
            throw .malformedResponse(reason: "its first choice has no message content")
        }
        let usage = decoded.usage.map {
            TokenUsage(
                promptTokens: $0.promptTokens ?? 0, completionTokens: $0.completionTokens ?? 0,
                totalTokens: $0.totalTokens)
        }
        return ChatCompletion(
            content: content, model: decoded.model ?? "", finishReason: choice.finishReason,
            usage: usage ?? TokenUsage(), latency: latency, attempts: attempts, usedJSONMode: usedJSONMode)
    }

    static func serverError(_ response: HTTPResponse, attempts: Int) -> LLMError {
        if let body = try? JSONDecoder().decode(ErrorBody.self, from: response.body), let message = body.message {
            return .serverError(
                status: response.status, message: message, type: body.type, code: body.code, attempts: attempts)
        }
        let text = excerpt(response.body)
        return .serverError(
            status: response.status, message: text.isEmpty ? "(no body)" : text, type: nil, code: nil,
            attempts: attempts)
    }

    /// The start of a body, on one line, for messages.
    static func excerpt(_ body: Data) -> String {
        let text = String(decoding: body.prefix(200), as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
