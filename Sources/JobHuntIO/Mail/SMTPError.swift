// The mail layer's one error type: what went wrong talking to the relay.
import Foundation
public import JobHuntErrors

/// A message the relay did not accept. Nothing here repeats the password.
public enum SMTPError: Error, Equatable, Sendable {
    /// `smtp.url` is not an smtp:// or smtps:// URL.
    case invalidURL(message: String)
    /// The relay could not be reached, or the connection broke.
    case couldNotConnect(message: String)
    case timedOut(message: String)
    /// TLS could not be set up, or the certificate did not verify.
    case tls(message: String)
    /// The relay refused the username and password (libcurl: login denied).
    case authentication(message: String)
    /// The relay refused the sender, a recipient or the message.
    case rejected(message: String)
    /// Any other libcurl failure (https://curl.se/libcurl/c/libcurl-errors.html).
    case transport(code: Int, message: String)

    /// Worth trying again later: the relay may be back.
    public var isTransient: Bool {
        switch self {
        case .couldNotConnect, .timedOut: true
        case .transport(let code, _): [7, 52, 55, 56].contains(code)
        case .invalidURL, .tls, .authentication, .rejected: false
        }
    }
}

extension SMTPError: DescribedError {
    public var problem: String {
        switch self {
        case .invalidURL(let message): "invalid SMTP URL: \(message)"
        case .couldNotConnect(let message): "could not reach the SMTP server: \(message)"
        case .timedOut(let message): "the SMTP server did not answer in time: \(message)"
        case .tls(let message): "TLS with the SMTP server failed: \(message)"
        case .authentication(let message): "the SMTP server refused the login: \(message)"
        case .rejected(let message): "the SMTP server refused the message: \(message)"
        case .transport(let code, let message): "sending mail failed (libcurl error \(code)): \(message)"
        }
    }

    public var remedy: Remedy? {
        switch self {
        case .invalidURL: "set smtp.url to smtps://HOST:465 or smtp://HOST:587"
        case .couldNotConnect: "check smtp.url's host and port, and that the server is up"
        case .timedOut: "try again later"
        case .tls:
            "check the port (465 is smtps://, 587 is smtp:// with STARTTLS), or set smtp.ca_file for a self-signed server"
        case .authentication: "check smtp.username and smtp.password"
        case .rejected: "check the addresses and the server's sending limits"
        case .transport: "try again; if it persists, check the network and the server"
        }
    }
}
