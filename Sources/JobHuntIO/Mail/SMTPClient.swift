// Sends one message over SMTP with libcurl: login, MAIL FROM, RCPT TO, DATA,
// and the relay's answer to the message as the receipt.
internal import CCurl
import Foundation

/// What the relay said when it took the message.
public struct SMTPReceipt: Sendable, Equatable {
    /// The relay's final reply to DATA, e.g. `250 2.0.0 Ok: queued as 4Fz1Q`:
    /// the queue id to quote when asking the relay's owner about the message.
    public var response: String
    /// Every reply line the relay sent, in order, for the record.
    public var transcript: [String]
}

/// A blocking SMTP client; one fresh libcurl handle per message.
///
/// libcurl does the protocol (EHLO, STARTTLS, AUTH, dot-stuffing of the
/// body), https://curl.se/libcurl/c/smtp-mail.html. It passes each reply line
/// of the server to the header callback ("response lines can be seen as a
/// kind of headers", lib/pingpong.c), which is where the receipt comes from.
///
/// ```swift
/// let receipt = try SMTPClient().send(
///     MIMEWriter.render(message), from: message.from.address, to: ["jobs@example.com"],
///     configuration: SMTPConfiguration(url: "smtps://mail.example.com", username: "ada", password: secret))
/// ```
public struct SMTPClient: Sendable {
    public init() {}

    public func send(_ message: Data, from sender: String, to recipients: [String], configuration: SMTPConfiguration)
        throws(SMTPError) -> SMTPReceipt
    {
        guard let scheme = configuration.scheme, configuration.host?.isEmpty == false else {
            throw .invalidURL(message: "'\(configuration.url)' is not smtp://HOST[:PORT] or smtps://HOST[:PORT]")
        }
        guard !recipients.isEmpty else { throw .rejected(message: "no recipient") }
        do throws(HTTPError) {
            let easy = try CurlEasy()
            let transfer = CurlTransfer(easy: easy)
            transfer.source = .bytes(message, position: 0)
            try configure(easy, transfer, scheme: scheme, sender: sender, recipients: recipients, configuration)
            try withExtendedLifetime(transfer) { () throws(HTTPError) in
                do throws(HTTPError) {
                    try easy.perform()
                } catch {
                    throw transfer.failure ?? error
                }
            }
            let lines = transfer.headerLines.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            let final = lines.last { $0.hasPrefix("250") } ?? lines.last ?? ""
            return SMTPReceipt(response: final, transcript: lines)
        } catch {
            throw Self.translate(error)
        }
    }

    private func configure(
        _ easy: CurlEasy, _ transfer: CurlTransfer, scheme: String, sender: String, recipients: [String],
        _ configuration: SMTPConfiguration
    ) throws(HTTPError) {
        try easy.set(CURLOPT_URL, configuration.url)
        try easy.set(CURLOPT_PROTOCOLS_STR, "smtp,smtps")
        try easy.set(CURLOPT_NOSIGNAL, 1)
        try easy.set(CURLOPT_CONNECTTIMEOUT_MS, milliseconds(configuration.connectTimeout))
        try easy.set(CURLOPT_TIMEOUT_MS, milliseconds(configuration.timeout))
        // No proxy from the environment for mail.
        try easy.set(CURLOPT_PROXY, "")
        if scheme == "smtp" {
            // CURLUSESSL_ALL: STARTTLS or fail. Loopback relays: TLS when offered.
            let level = configuration.isLoopback ? CURLUSESSL_TRY : CURLUSESSL_ALL
            try easy.set(CURLOPT_USE_SSL, Int(level.rawValue))
        }
        if let caFile = configuration.caFile { try easy.set(CURLOPT_CAINFO, caFile) }
        if let username = configuration.username { try easy.set(CURLOPT_USERNAME, username) }
        if let password = configuration.password { try easy.set(CURLOPT_PASSWORD, password) }
        try easy.set(CURLOPT_MAIL_FROM, "<\(sender)>")
        try easy.set(CURLOPT_MAIL_RCPT, lines: recipients.map { "<\($0)>" })
        try easy.set(CURLOPT_UPLOAD, 1)
        try easy.set(CURLOPT_INFILESIZE_LARGE, offset: Int64(transfer.pendingBytes))
        try easy.set(CURLOPT_READDATA, pointer: transfer.userdata)
        try easy.check(ccurl_setopt_read_function(easy.handle, curlReadCallback), "setting the read callback")
        // SMTP sends no body back, but without a write callback libcurl would write to stdout.
        try easy.set(CURLOPT_WRITEDATA, pointer: transfer.userdata)
        try easy.check(ccurl_setopt_write_function(easy.handle, curlWriteCallback), "setting the write callback")
        try easy.set(CURLOPT_HEADERDATA, pointer: transfer.userdata)
        try easy.check(ccurl_setopt_header_function(easy.handle, curlHeaderCallback), "setting the header callback")
    }

    /// libcurl's codes in the mail layer's words.
    static func translate(_ error: HTTPError) -> SMTPError {
        switch error {
        case .invalidURL(let message): return .invalidURL(message: message)
        case .couldNotConnect(let message): return .couldNotConnect(message: message)
        case .timedOut(let message): return .timedOut(message: message)
        case .fileAccess(let path, let reason): return .transport(code: 26, message: "\(path): \(reason)")
        case .tooManyRedirects(let message): return .transport(code: 47, message: message)
        case .responseTooLarge(let limit): return .transport(code: 23, message: "more than \(limit) bytes")
        case .transport(let code, let detail):
            // CurlEasy prefixes what it was doing; for mail that is always the send.
            let message =
                detail.hasPrefix("performing the request: ")
                ? String(detail.dropFirst("performing the request: ".count)) : detail
            switch UInt32(code) {
            case CURLE_LOGIN_DENIED.rawValue: return .authentication(message: message)
            case CURLE_USE_SSL_FAILED.rawValue, CURLE_SSL_CONNECT_ERROR.rawValue,
                CURLE_PEER_FAILED_VERIFICATION.rawValue, CURLE_SSL_CACERT_BADFILE.rawValue:
                return .tls(message: message)
            case CURLE_SEND_ERROR.rawValue, CURLE_RECV_ERROR.rawValue, CURLE_GOT_NOTHING.rawValue:
                // libcurl reports a refused MAIL FROM, RCPT TO or DATA as a send or
                // receive error whose text quotes the server's reply code.
                return message.range(of: #"\b5\d\d\b"#, options: .regularExpression) != nil
                    ? .rejected(message: message) : .couldNotConnect(message: message)
            case CURLE_QUOTE_ERROR.rawValue, CURLE_REMOTE_ACCESS_DENIED.rawValue:
                return .rejected(message: message)
            default: return .transport(code: code, message: message)
            }
        }
    }

    private func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
