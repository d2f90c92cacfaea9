// Where and how to send mail: the server URL, the login, TLS and timeouts.
import Foundation

/// An SMTP relay as `smtp.url`, `smtp.username` and `smtp.password` describe it.
///
/// - `smtps://host:465`: TLS from the first byte (implicit TLS, RFC 8314).
/// - `smtp://host:587`: STARTTLS, required: the send fails rather than log
///   in or send the message in clear text. Only a relay on a loopback
///   address (`localhost`, `127.0.0.1`, `::1`) may go without TLS when it
///   offers none, as a local Postfix often does.
///
/// Certificates are verified; `caFile` adds the certificate of a relay that
/// signs its own (PEM). https://curl.se/libcurl/c/CURLOPT_USE_SSL.html
public struct SMTPConfiguration: Sendable, Equatable {
    public var url: String
    public var username: String?
    public var password: String?
    public var caFile: String?
    public var connectTimeout: Duration
    public var timeout: Duration

    public init(
        url: String, username: String? = nil, password: String? = nil, caFile: String? = nil,
        connectTimeout: Duration = .seconds(15), timeout: Duration = .seconds(120)
    ) {
        self.url = url
        self.username = username
        self.password = password
        self.caFile = caFile
        self.connectTimeout = connectTimeout
        self.timeout = timeout
    }

    /// `smtp` or `smtps`, lower-cased; nil for any other scheme.
    public var scheme: String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon].lowercased()
        return scheme == "smtp" || scheme == "smtps" ? scheme : nil
    }

    /// The host, without brackets.
    public var host: String? {
        URLComponents(string: url)?.host?.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
    }

    /// Loopback relays may run without TLS; everything else needs it.
    public var isLoopback: Bool {
        guard let host = host?.lowercased() else { return false }
        return host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
