// `apply submit --via email`: the MIME writer, with every text field and an
// attachment from the input, checked as a mail server and reader would see it.
import Foundation
import JobHuntIO

enum MIMEFuzz {
    /// The header names the writer emits; anything else in the header block was injected.
    static let headerNames: Set<String> = [
        "date", "from", "to", "reply-to", "subject", "message-id", "mime-version", "content-type",
        "content-transfer-encoding",
    ]

    static func run(_ data: Data) {
        let fields = data.fields(5)
        guard let from = try? MailAddress(address: "me@example.com", displayName: fields[2]),
            let to = try? MailAddress(address: "jobs@example.org", displayName: fields[3])
        else { return }
        let attachments =
            fields[4].isEmpty
            ? []
            : [MailMessage.Attachment(filename: fields[3], mediaType: "application/pdf", data: Data(fields[4].utf8))]
        let message = MailMessage(
            from: from, to: [to], replyTo: from, subject: fields[0], body: fields[1], attachments: attachments,
            date: Date(timeIntervalSince1970: 1_796_000_000), messageID: "fuzz@example.com")
        let bytes = [UInt8](MIMEWriter.render(message))
        check(bytes.allSatisfy { $0 < 0x80 }, "a non-ASCII byte in the message")
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A { check(index > 0 && bytes[index - 1] == 0x0D, "a bare LF at byte \(index)") }
            if byte == 0x0D { check(index + 1 < bytes.count && bytes[index + 1] == 0x0A, "a bare CR at byte \(index)") }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        for line in lines { check(line.utf8.count <= 998, "a line of \(line.utf8.count) octets, over 998") }
        let headerBlock = lines.prefix { !$0.isEmpty }
        for line in headerBlock where !(line.hasPrefix(" ") || line.hasPrefix("\t")) {
            let name = line.prefix { $0 != ":" }.lowercased()
            check(headerNames.contains(name), "an unexpected header line: \(line.prefix(80))")
        }
        let body = textBody(text, multipart: !attachments.isEmpty)
        let expected =
            fields[1].replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") + "\n"
        check(body == expected, "the quoted-printable body does not decode to the body")
    }

    /// The text part, decoded from quoted-printable, line breaks as `\n`.
    static func textBody(_ message: String, multipart: Bool) -> String? {
        let marker = "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        guard let start = message.range(of: marker)?.upperBound else { return nil }
        var encoded = String(message[start...])
        if multipart, let end = encoded.range(of: "\r\n--=_jobhunt_") {
            encoded = String(encoded[..<end.lowerBound]) + "\r\n"
        }
        let joined = encoded.replacingOccurrences(of: "=\r\n", with: "").replacingOccurrences(of: "\r\n", with: "\n")
        var bytes: [UInt8] = []
        let scalars = Array(joined.utf8)
        var index = 0
        while index < scalars.count {
            if scalars[index] == UInt8(ascii: "="), index + 2 < scalars.count,
                let value = UInt8(String(decoding: scalars[index + 1...index + 2], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(scalars[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
