// The chat-completions client against Tests/Support/fake_llm_server.py, which speaks OpenAI's wire
// protocol: what it sends, what it returns, how it retries, and the errors it gives.
import Foundation
import JobHuntIO
import JobHuntTesting
import Testing

/// Records the waits the client asks for instead of sleeping through them.
final class RecordedWaits: @unchecked Sendable {
    private let lock = NSLock()
    private var waits: [Duration] = []

    var all: [Duration] { lock.withLock { waits } }

    var sleeper: @Sendable (Duration) -> Void { { duration in self.lock.withLock { self.waits.append(duration) } } }
}

@Suite("Chat-completions client")
struct ChatCompletionsClientTests {
    let waits = RecordedWaits()

    func client(_ server: FakeLLMServer, apiKey: String? = nil, maxAttempts: Int = 3) -> ChatCompletionsClient {
        ChatCompletionsClient(
            endpoint: LLMEndpoint(
                url: server.url, model: "test-model", apiKey: apiKey, timeout: .seconds(30), maxAttempts: maxAttempts,
                maxRetryWait: .seconds(10)),
            sleep: waits.sleeper)
    }

    let request = ChatRequest(
        messages: [.system("Answer in JSON."), .user("Say hello")], temperature: 0.2, jsonObject: true)

    @Test("sends model, messages, temperature, JSON mode, stream false and the bearer key; returns content and usage")
    func roundTrip() throws {
        let server = try FakeLLMServer(script: [.content(#"{"greeting": "hello"}"#)], apiKey: "sk-test-123")
        let answer = try client(server, apiKey: "sk-test-123").complete(request)
        #expect(answer.content == #"{"greeting": "hello"}"#)
        #expect(answer.model == "test-model")
        #expect(answer.finishReason == "stop")
        #expect(answer.attempts == 1)
        #expect(answer.usedJSONMode)
        // The fake counts words: "Answer in JSON." + "Say hello" = 5; the answer is 2.
        #expect(answer.usage == TokenUsage(promptTokens: 5, completionTokens: 2, totalTokens: 7))
        #expect(waits.all.isEmpty)

        let sent = try #require(try server.requests().first)
        #expect(sent.path == "/v1/chat/completions")
        #expect(sent.header("Authorization") == "Bearer sk-test-123")
        #expect(sent.header("Content-Type") == "application/json")
        #expect(sent.json["model"] as? String == "test-model")
        #expect(sent.json["temperature"] as? Double == 0.2)
        #expect(sent.json["stream"] as? Bool == false)
        #expect((sent.json["response_format"] as? [String: String]) == ["type": "json_object"])
        #expect(sent.messageContents == ["Answer in JSON.", "Say hello"])
        let roles = (sent.json["messages"] as? [[String: Any]])?.compactMap { $0["role"] as? String }
        #expect(roles == ["system", "user"])
    }

    @Test("no API key sends no Authorization header; a root ending in /v1/ is not doubled")
    func noKeyAndRootForms() throws {
        let server = try FakeLLMServer(script: [.content("plain text")])
        let endpoint = LLMEndpoint(url: server.url + "/v1/", model: "m")
        let answer = try ChatCompletionsClient(endpoint: endpoint, sleep: waits.sleeper).complete(
            ChatRequest(messages: [.user("hi")]))
        #expect(answer.content == "plain text")
        let sent = try #require(try server.requests().first)
        #expect(sent.path == "/v1/chat/completions")
        #expect(sent.header("Authorization") == nil)
        #expect(sent.json["response_format"] == nil)
        #expect(sent.json["temperature"] == nil)
    }

    @Test("content that is not JSON is returned as the server sent it: parsing is the caller's")
    func invalidJSONContentIsReturned() throws {
        let server = try FakeLLMServer(script: [.content("Sure! Here is your résumé: {oops", finishReason: "length")])
        let answer = try client(server).complete(request)
        #expect(answer.content == "Sure! Here is your résumé: {oops")
        #expect(answer.finishReason == "length")
    }

    @Test("a 429 with Retry-After in seconds is retried after that wait")
    func retryAfterSeconds() throws {
        let server = try FakeLLMServer(script: [.status(429, retryAfter: "2"), .content("{}")])
        let answer = try client(server).complete(request)
        #expect(answer.content == "{}")
        #expect(answer.attempts == 2)
        #expect(waits.all == [.seconds(2)])
        #expect(try server.requests().count == 2)
    }

    @Test("a 429 with Retry-After as an HTTP date waits until that date, and a long wait is capped")
    func retryAfterDateAndCap() throws {
        let server = try FakeLLMServer(script: [
            .status(429, retryAfter: "http-date"), .status(429, retryAfter: "3600"), .content("{}"),
        ])
        let answer = try client(server).complete(request)
        #expect(answer.attempts == 3)
        let recorded = waits.all
        #expect(recorded.count == 2)
        // The date is a second ahead at whole-second resolution: between 0 and 2 s from now.
        #expect(recorded.first.map { $0 >= .zero && $0 <= .seconds(2) } == true)
        #expect(recorded.last == .seconds(10))
    }

    @Test("a 500 is retried with backoff; one that persists ends in the server's error after maxAttempts")
    func serverErrors() throws {
        let recovering = try FakeLLMServer(script: [.status(500), .content("{}")])
        #expect(try client(recovering).complete(request).attempts == 2)
        #expect(waits.all == [.seconds(1)])

        let failing = try FakeLLMServer(script: [.status(503)])
        let error = #expect(throws: LLMError.self) { try client(failing).complete(request) }
        guard case .serverError(let status, let message, let type, _, let attempts) = error else {
            Issue.record("expected a server error, got \(String(describing: error))")
            return
        }
        #expect(status == 503)
        #expect(attempts == 3)
        #expect(message == "The server had an error")
        #expect(type == "server_error")
        #expect(waits.all == [.seconds(1), .seconds(1), .seconds(2)])
        #expect(try failing.requests().count == 3)
    }

    @Test("an OpenAI error body becomes a typed error with its message, type and code, and is not retried")
    func errorBody() throws {
        let server = try FakeLLMServer(script: [.content("{}")], apiKey: "sk-right")
        let error = #expect(throws: LLMError.self) { try client(server, apiKey: "sk-wrong-secret").complete(request) }
        #expect(
            error
                == .serverError(
                    status: 401, message: "Incorrect API key provided.", type: "invalid_request_error",
                    code: "invalid_api_key", attempts: 1))
        #expect(error?.problem.contains("sk-wrong-secret") == false)
        #expect(error?.remedy?.description.contains("llm.api_key") == true)
        #expect(try server.requests().count == 1)

        let scripted = try FakeLLMServer(script: [
            .error(404, message: "model 'nope' not found", type: "not_found_error", code: nil)
        ])
        let missing = #expect(throws: LLMError.self) { try client(scripted).complete(request) }
        #expect(
            missing
                == .serverError(
                    status: 404, message: "model 'nope' not found", type: "not_found_error", code: nil, attempts: 1))
    }

    @Test("a server without JSON mode is asked again without response_format")
    func refusedJSONMode() throws {
        let server = try FakeLLMServer(script: [.refusesJSONMode(content: "{}")])
        let answer = try client(server).complete(request)
        #expect(answer.content == "{}")
        #expect(!answer.usedJSONMode)
        let sent = try server.requests()
        #expect(sent.count == 2)
        #expect(sent.first?.json["response_format"] != nil)
        #expect(sent.last?.json["response_format"] == nil)
        #expect(waits.all.isEmpty)
    }

    @Test("a dropped connection is retried")
    func droppedConnection() throws {
        let server = try FakeLLMServer(script: [.close, .content("{}")])
        let answer = try client(server).complete(request)
        #expect(answer.attempts == 2)
        #expect(waits.all == [.seconds(1)])
    }

    @Test("a 200 that is not a chat completion is a malformed response")
    func malformed() throws {
        let server = try FakeLLMServer(script: [.raw(200, "<html>proxy login</html>")])
        let error = #expect(throws: LLMError.self) { try client(server).complete(request) }
        guard case .malformedResponse(let reason) = error else {
            Issue.record("expected malformedResponse, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("<html>proxy login</html>"))

        let empty = try FakeLLMServer(script: [.raw(200, #"{"choices": []}"#)])
        #expect(throws: LLMError.malformedResponse(reason: "it has no choices")) {
            try client(empty).complete(request)
        }
    }

    @Test("nothing listening is a clear 'server unreachable' at once, not retried")
    func serverDown() throws {
        // Port 1 (tcpmux) has no listener on a test machine: the connection is refused.
        let endpoint = LLMEndpoint(url: "http://127.0.0.1:1", model: "m", apiKey: "sk-secret")
        let error = #expect(throws: LLMError.self) {
            try ChatCompletionsClient(endpoint: endpoint, sleep: waits.sleeper).complete(request)
        }
        guard case .serverUnreachable(let url, _) = error else {
            Issue.record("expected serverUnreachable, got \(String(describing: error))")
            return
        }
        #expect(url == "http://127.0.0.1:1/v1/chat/completions")
        #expect(error?.problem.hasPrefix("no model server answers at http://127.0.0.1:1") == true)
        #expect(error?.remedy?.description.contains("llm.url") == true)
        #expect(waits.all.isEmpty)
        #expect(!endpoint.description.contains("sk-secret"))
    }

    @Test("a password in llm.url is masked in errors and descriptions")
    func passwordInURL() throws {
        let endpoint = LLMEndpoint(url: "http://jobhunt:url-secret@127.0.0.1:1", model: "m")
        let error = #expect(throws: LLMError.self) {
            try ChatCompletionsClient(endpoint: endpoint, sleep: waits.sleeper).complete(request)
        }
        #expect(error?.problem.contains("url-secret") == false)
        #expect(error?.problem.contains("http://jobhunt:***@127.0.0.1:1/v1/chat/completions") == true)
        #expect(!endpoint.description.contains("url-secret"))
    }

    @Test("no answer within the timeout is a timeout error")
    func timeout() throws {
        let server = try LoopbackHTTPServer(responses: [.init(status: 200, delay: .seconds(5))])
        let endpoint = LLMEndpoint(url: server.baseURL.absoluteString, model: "m", timeout: .seconds(1))
        #expect(throws: LLMError.timedOut(url: endpoint.completionsURL, timeout: .seconds(1))) {
            try ChatCompletionsClient(endpoint: endpoint, sleep: waits.sleeper).complete(request)
        }
    }
}
