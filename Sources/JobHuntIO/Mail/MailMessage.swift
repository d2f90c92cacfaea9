// One e-mail as data: who, what, the text and the files. `MIMEWriter` turns
// it into the bytes an SMTP server receives.
import Foundation

/// A message with a UTF-8 text body and attachments.
///
/// `date` and `messageID` are fields, not read from the clock here, so the
/// same message renders to the same bytes (tests compare them; a dry run
/// shows exactly what a send would send).
public struct MailMessage: Sendable, Equatable {
    /// A file carried as a base64 `attachment` part.
    public struct Attachment: Sendable, Equatable {
        /// Shown to the recipient; may hold any Unicode (written per RFC 2231).
        public var filename: String
        /// `application/pdf`, `text/html; charset=utf-8`.
        public var mediaType: String
        public var data: Data

        public init(filename: String, mediaType: String, data: Data) {
            self.filename = filename
            self.mediaType = mediaType
            self.data = data
        }
    }

    public var from: MailAddress
    public var to: [MailAddress]
    public var replyTo: MailAddress?
    public var subject: String
    /// Plain text; any line ending, written as CRLF.
    public var body: String
    public var attachments: [Attachment]
    public var date: Date
    /// Without the angle brackets: `0193a4f2-…@example.com`.
    public var messageID: String

    public init(
        from: MailAddress, to: [MailAddress], replyTo: MailAddress? = nil, subject: String, body: String,
        attachments: [Attachment] = [], date: Date, messageID: String
    ) {
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.subject = subject
        self.body = body
        self.attachments = attachments
        self.date = date
        self.messageID = messageID
    }

    /// A Message-ID for a message from `from`: a random id at the sender's domain
    /// (RFC 5322 §3.6.4 asks for one that is unique worldwide).
    public static func makeID(unique: UUID, from: MailAddress) -> String {
        "\(unique.uuidString.lowercased())@\(from.domain)"
    }
}
