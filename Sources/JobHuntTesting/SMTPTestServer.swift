// Runs Tests/Support/smtp_recorder.py: a real SMTP server (aiosmtpd, from the
// scripts/setup venv) on a free loopback port that requires AUTH and records
// each message it accepts, so tests check what jobhunt actually sent.
import Foundation

/// A loopback SMTP server for one test, killed when the value goes.
///
/// A missing venv or aiosmtpd fails the test (it says to run scripts/setup);
/// it never skips.
package final class SMTPTestServer: @unchecked Sendable {
    package enum Mode: String, Sendable {
        /// smtp:// with STARTTLS required before AUTH.
        case starttls
        /// smtps://: TLS from the first byte.
        case smtps
        /// smtp:// without TLS (loopback only).
        case plain
    }

    /// One accepted message: the bytes received and the envelope.
    package struct Received: Sendable {
        package var raw: Data
        package var file: URL
        package var mailFrom: String
        package var recipients: [String]
        package var login: String?
    }

    package var port: Int { server.port }
    package let mode: Mode
    package let username = "ada-smtp"
    package let password = "s3cret p@ss \u{e9}"
    /// The server's self-signed certificate (PEM), for `smtp.ca_file`.
    package let certificate: URL
    private let directory: TemporaryDirectory
    private let inbox: URL
    private let server: LoopbackScriptServer

    package var url: String { "\(mode == .smtps ? "smtps" : "smtp")://localhost:\(port)" }

    package init(mode: Mode = .starttls, rejecting: String? = nil) throws {
        self.mode = mode
        directory = try TemporaryDirectory(prefix: "jobhunt-smtp")
        inbox = directory.file("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        certificate = directory.file("cert.pem")
        let key = directory.file("key.pem")
        let python = TestTools.venv.appendingPathComponent("bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw TestServices.ServiceUnavailable("no Python venv at \(TestTools.venv.path) (run scripts/setup)")
        }
        let check = try CommandRunner.runShell("\"$PY\" -c 'import aiosmtpd'", environment: ["PY": python.path])
        guard check.status == 0 else {
            throw TestServices.ServiceUnavailable(
                "aiosmtpd is not installed in \(TestTools.venv.path) (run scripts/setup): \(check.stderr)")
        }
        if mode != .plain {
            let openssl = try CommandRunner.runShell(
                """
                openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
                  -addext 'subjectAltName=DNS:localhost,IP:127.0.0.1' -keyout "$KEY" -out "$CERT" 2>&1
                """, environment: ["KEY": key.path, "CERT": certificate.path])
            guard openssl.status == 0 else {
                throw TestServices.ServiceUnavailable("openssl could not make a test certificate: \(openssl.stdout)")
            }
        }
        var environment = ProcessInfo.processInfo.environment
        environment["SMTP_DIR"] = inbox.path
        environment["SMTP_USER"] = username
        environment["SMTP_PASSWORD"] = password
        environment["SMTP_MODE"] = mode.rawValue
        environment["SMTP_CERT"] = certificate.path
        environment["SMTP_KEY"] = key.path
        environment["SMTP_REJECT_RCPT"] = rejecting ?? ""
        server = try LoopbackScriptServer(
            name: "SMTP test server", python: python.path, script: "Tests/Support/smtp_recorder.py",
            environment: environment)
    }

    /// The messages accepted so far, in order.
    package func received() throws -> [Received] {
        let names = try FileManager.default.contentsOfDirectory(atPath: inbox.path)
        let numbers = names.compactMap { $0.hasSuffix(".json") ? Int($0.dropLast(5)) : nil }.sorted()
        return try numbers.map { number in
            let file = inbox.appendingPathComponent("\(number).eml")
            let envelope =
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: inbox.appendingPathComponent("\(number).json"))) as? [String: Any] ?? [:]
            return Received(
                raw: try Data(contentsOf: file), file: file, mailFrom: envelope["mail_from"] as? String ?? "",
                recipients: envelope["rcpt_tos"] as? [String] ?? [], login: envelope["login"] as? String)
        }
    }

    /// The message parsed by Python's `email` package (policy.default): its
    /// decoded headers, text body and attachments (base64 of the decoded bytes).
    package static func parse(_ file: URL) throws -> [String: Any] {
        let script = """
            import base64, email, json, os, sys
            from email import policy
            with open(os.environ["EML"], "rb") as handle:
                message = email.message_from_binary_file(handle, policy=policy.default)
            def mailbox(header):
                return [{"name": a.display_name, "address": a.addr_spec} for a in message[header].addresses]
            body = message.get_body(preferencelist=("plain",))
            out = {
                "from": mailbox("From"), "to": mailbox("To"), "subject": str(message["Subject"]),
                "date": str(message["Date"]), "message_id": str(message["Message-ID"]),
                "mime_version": str(message["MIME-Version"]), "content_type": message.get_content_type(),
                "body": body.get_content() if body is not None else None,
                "body_charset": body.get_content_charset() if body is not None else None,
                "defects": [type(d).__name__ for part in message.walk() for d in part.defects],
                "attachments": [
                    {"filename": part.get_filename(), "content_type": part.get_content_type(),
                     "data": base64.b64encode(part.get_payload(decode=True)).decode()}
                    for part in message.iter_attachments()],
                "max_line": max(len(line) for line in open(os.environ["EML"], "rb").read().split(b"\\r\\n")),
                "bare_lf": b"\\n" in open(os.environ["EML"], "rb").read().replace(b"\\r\\n", b""),
            }
            print(json.dumps(out))
            """
        let result = try TestTools.python(script, environment: ["EML": file.path])
        guard result.status == 0,
            let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        else {
            throw TestServices.ServiceUnavailable("Python could not parse \(file.path): \(result.stderr)")
        }
        return parsed
    }
}
