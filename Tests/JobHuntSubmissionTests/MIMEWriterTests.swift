// The MIME writer's output read back by Python's `email` package: RFC 2047
// names and subjects, RFC 2231 file names, quoted-printable text and base64
// attachments come back exactly, in lines within the limits, CRLF only.
import Foundation
import JobHuntIO
import JobHuntTesting
import Testing

@Suite("MIME messages")
struct MIMEWriterTests {
    static let date = Date(timeIntervalSince1970: 1_796_558_400)

    func message(subject: String, body: String, attachments: [MailMessage.Attachment]) throws -> MailMessage {
        MailMessage(
            from: try MailAddress(address: "zoe@example.com", displayName: "Zoë Ørsted"),
            to: [
                try MailAddress(parsing: "\"Hiring, Acme\" <jobs@acme.example>"),
                try MailAddress(parsing: "b@c.example"),
            ],
            subject: subject, body: body, attachments: attachments, date: Self.date,
            messageID: "0193a4f2-0000-7000-8000-00000000beef@example.com")
    }

    func parsed(_ message: MailMessage) throws -> [String: Any] {
        let directory = try TemporaryDirectory(prefix: "jobhunt-mime")
        let file = directory.file("message.eml")
        try MIMEWriter.render(message).write(to: file)
        return try SMTPTestServer.parse(file)
    }

    @Test("names, subject, body and attachments come back exactly from Python's email parser")
    func roundTrip() throws {
        let binary = Data(
            (0...255).map(UInt8.init) + [0x0D, 0x0A, 0x2E, 0x0D, 0x0A] + (0...255).reversed().map(UInt8.init))
        let subject =
            "Application: Staff Engineer at Ørsted & Søn – Zoë Ørsted, a subject long enough to need several encoded words 東京 🚀"
        let body =
            "Hello =?UTF-8?B?x?= not a word\nwith trailing space \n.dot first\n" + String(repeating: "é", count: 120)
            + "\nend"
        let attachments = [
            MailMessage.Attachment(filename: "Resume - Zoë Ørsted.pdf", mediaType: "application/pdf", data: binary),
            MailMessage.Attachment(
                filename: "a-plain-but-very-long-file-name-that-goes-on-and-on-and-on-past-sixty.html",
                mediaType: "text/html; charset=utf-8", data: Data("<p>Zoë</p>\n".utf8)),
            MailMessage.Attachment(filename: "notes.txt", mediaType: "text/plain", data: Data()),
        ]
        let message = try message(subject: subject, body: body, attachments: attachments)
        let out = try parsed(message)
        #expect(out["subject"] as? String == subject)
        let from = try #require((out["from"] as? [[String: String]])?.first)
        #expect(from == ["name": "Zoë Ørsted", "address": "zoe@example.com"])
        let to = try #require(out["to"] as? [[String: String]])
        #expect(
            to == [["name": "Hiring, Acme", "address": "jobs@acme.example"], ["name": "", "address": "b@c.example"]])
        #expect(out["date"] as? String == "Sun, 06 Dec 2026 12:00:00 +0000")
        #expect(out["message_id"] as? String == "<0193a4f2-0000-7000-8000-00000000beef@example.com>")
        #expect(out["mime_version"] as? String == "1.0")
        #expect(out["content_type"] as? String == "multipart/mixed")
        #expect((out["body"] as? String)?.replacingOccurrences(of: "\r\n", with: "\n") == body)
        #expect(out["body_charset"] as? String == "utf-8")
        #expect((out["defects"] as? [String])?.isEmpty == true, "\(out["defects"] ?? "")")
        let parts = try #require(out["attachments"] as? [[String: Any]])
        #expect(parts.count == attachments.count)
        for (part, attachment) in zip(parts, attachments) {
            #expect(part["filename"] as? String == attachment.filename)
            #expect(Data(base64Encoded: part["data"] as? String ?? "") == attachment.data, "\(attachment.filename)")
        }
        #expect((out["max_line"] as? Int ?? 999) <= 78, "a line passes 78 characters")
        #expect(out["bare_lf"] as? Bool == false, "every line ends in CRLF")
    }

    @Test("the same message renders to the same ASCII bytes; only headers and parts, no 8-bit data")
    func deterministic() throws {
        let message = try message(
            subject: "Plain subject", body: "Zoë",
            attachments: [MailMessage.Attachment(filename: "cv.pdf", mediaType: "application/pdf", data: Data([0xFF]))])
        let first = MIMEWriter.render(message)
        #expect(first == MIMEWriter.render(message))
        #expect(first.allSatisfy { $0 < 0x80 })
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.hasPrefix("Date: Sun, 06 Dec 2026 12:00:00 +0000\r\nFrom: =?UTF-8?B?"))
        #expect(text.contains("\r\nSubject: Plain subject\r\n"))
        #expect(text.contains("Content-Disposition: attachment; filename=\"cv.pdf\"\r\n"))
        #expect(text.contains("Zo=C3=AB\r\n"))
        #expect(text.hasSuffix("--\r\n"))
    }

    @Test("a message without attachments is one text/plain part")
    func singlePart() throws {
        let out = try parsed(try message(subject: "Hi", body: "Only text", attachments: []))
        #expect(out["content_type"] as? String == "text/plain")
        #expect((out["body"] as? String)?.trimmingCharacters(in: .newlines) == "Only text")
    }

    @Test(
        "addresses that would break a header or the envelope are refused",
        arguments: [
            "", "no-at-sign", "@example.com", "a@", "a b@example.com", "a@example.com\r\nBcc: x@y.z", "a@exa mple.com",
            "<a@example.com", "a@@example.com", "a@example",
        ])
    func invalidAddresses(text: String) {
        #expect(throws: MailAddress.Invalid.self) { try MailAddress(parsing: text) }
    }

    @Test("a header name with a newline is flattened, never a second header")
    func headerInjection() throws {
        let sender = try MailAddress(address: "z@example.com", displayName: "Zoe\r\nBcc: evil@example.com")
        let message = MailMessage(
            from: sender, to: [sender], subject: "Hi\r\nBcc: evil@example.com", body: "x", date: Self.date,
            messageID: "id@example.com")
        let text = MIMEWriter.text(message)
        #expect(!text.contains("\r\nBcc:"))
    }
}
