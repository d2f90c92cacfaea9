// Renders a MailMessage as the bytes of an Internet message (RFC 5322 with
// MIME, RFC 2045–2049): headers, a text part and one part per attachment,
// every line ending in CRLF.
import Foundation

/// Writes messages; deterministic: the same `MailMessage` gives the same bytes.
///
/// ```swift
/// let bytes = MIMEWriter.render(message)   // hand to SMTPClient.send
/// ```
public enum MIMEWriter {
    public static func render(_ message: MailMessage) -> Data {
        Data(text(message).utf8)
    }

    /// The message as text: only ASCII, since every non-ASCII byte is encoded.
    public static func text(_ message: MailMessage) -> String {
        var headers = [
            MIMEHeaderEncoding.header("Date", MailDate.text(message.date)),
            MIMEHeaderEncoding.addressHeader("From", [message.from]),
            MIMEHeaderEncoding.addressHeader("To", message.to),
        ]
        if let replyTo = message.replyTo { headers.append(MIMEHeaderEncoding.addressHeader("Reply-To", [replyTo])) }
        headers += [
            MIMEHeaderEncoding.textHeader("Subject", message.subject),
            MIMEHeaderEncoding.header("Message-ID", "<\(message.messageID)>"),
            "MIME-Version: 1.0",
        ]
        let textPart = [
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
        ]
        let textBody = MIMEBodyEncoding.quotedPrintable(message.body)
        guard !message.attachments.isEmpty else {
            return (headers + textPart).map { $0 + "\r\n" }.joined() + "\r\n" + textBody
        }
        let boundary = boundary(for: message)
        headers.append(
            MIMEHeaderEncoding.fold("Content-Type: ", words: ["multipart/mixed;", "boundary=\"\(boundary)\""]))
        var out = headers.map { $0 + "\r\n" }.joined() + "\r\n"
        out += "This is a multi-part message in MIME format.\r\n"
        out += "--\(boundary)\r\n" + textPart.map { $0 + "\r\n" }.joined() + "\r\n" + textBody
        for attachment in message.attachments {
            out += "--\(boundary)\r\n"
            let media = MailAddress.singleLine(attachment.mediaType)
            // `name=` for older readers, only when it is one plain quoted string.
            let name = MIMEHeaderEncoding.parameter("name", attachment.filename)
            let typeWords = name.count == 1 && name[0].hasPrefix("name=\"") ? [media + ";", name[0]] : [media]
            out += MIMEHeaderEncoding.fold("Content-Type: ", words: typeWords) + "\r\n"
            let filename = MIMEHeaderEncoding.parameter("filename", attachment.filename)
            let disposition =
                ["attachment;"]
                + filename.enumerated().map { $0.offset < filename.count - 1 ? $0.element + ";" : $0.element }
            out += MIMEHeaderEncoding.fold("Content-Disposition: ", words: disposition) + "\r\n"
            out += "Content-Transfer-Encoding: base64\r\n\r\n"
            out += MIMEBodyEncoding.base64(attachment.data)
        }
        return out + "--\(boundary)--\r\n"
    }

    /// `=_jobhunt_` and a hash of the Message-ID: the same for the same message,
    /// and never inside a part, because `=_` cannot occur in quoted-printable
    /// (every `=` starts a hex escape or a soft break) or base64.
    static func boundary(for message: MailMessage) -> String {
        "=_jobhunt_" + Hashing.hex(Array(Hashing.sha256(message.messageID).prefix(12)))
    }
}
