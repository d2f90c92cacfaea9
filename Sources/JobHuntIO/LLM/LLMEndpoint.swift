// Where the model server is and how long to wait for it: the configuration the CLI hands the client.
import Foundation

/// An OpenAI-compatible server: its root URL, the model to ask for, an optional API key.
///
/// `url` is the server's root (`http://127.0.0.1:8080`); the client appends
/// `/v1/chat/completions`. A root that already ends in `/v1` is accepted as well, since
/// many servers document their base URL that way.
///
/// `description` masks the API key, so printing an endpoint cannot leak it.
public struct LLMEndpoint: Sendable, Equatable, CustomStringConvertible {
    public var url: String
    public var model: String
    /// Sent as `Authorization: Bearer …`; nil or empty sends no header (local servers).
    public var apiKey: String?
    /// How long one request may take, answer included. Generating a page of text on a
    /// CPU can take minutes, so the default is generous.
    public var timeout: Duration
    public var connectTimeout: Duration
    /// Tries per request, counting the first, for 429, 5xx and dropped connections.
    public var maxAttempts: Int
    /// The longest wait between tries, whatever `Retry-After` asks for.
    public var maxRetryWait: Duration

    public init(
        url: String, model: String, apiKey: String? = nil, timeout: Duration = .seconds(120),
        connectTimeout: Duration = .seconds(10), maxAttempts: Int = 3, maxRetryWait: Duration = .seconds(30)
    ) {
        self.url = url
        self.model = model
        self.apiKey = apiKey
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.maxAttempts = max(1, maxAttempts)
        self.maxRetryWait = maxRetryWait
    }

    /// `{url}/v1/chat/completions`, without doubling a trailing slash or `/v1`.
    public var completionsURL: String {
        var root = url
        while root.hasSuffix("/") { root.removeLast() }
        if root.hasSuffix("/v1") { root.removeLast(3) }
        return root + "/v1/chat/completions"
    }

    /// `completionsURL` with any `user:password@` masked, for messages and stored metadata.
    public var displayURL: String { Self.masked(completionsURL) }

    /// `http://user:***@host` for `http://user:secret@host`; a URL without a password is unchanged.
    static func masked(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }

    public var description: String {
        let key = apiKey.map { $0.isEmpty ? "nil" : "********" } ?? "nil"
        return "LLMEndpoint(url: \(Self.masked(url)), model: \(model), apiKey: \(key), timeout: \(timeout))"
    }
}
