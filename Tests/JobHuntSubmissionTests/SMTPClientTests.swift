// libcurl's SMTP against a real server (aiosmtpd on loopback, AUTH required):
// STARTTLS and implicit TLS deliver the exact bytes and return the queue-id
// line; a wrong password, an untrusted certificate and a refused recipient
// each become their own error.
import Foundation
import JobHuntIO
import JobHuntTesting
import Testing

@Suite("SMTP client")
struct SMTPClientTests {
    func message() throws -> Data {
        MIMEWriter.render(
            MailMessage(
                from: try MailAddress(address: "zoe@example.com", displayName: "Zoë"),
                to: [try MailAddress(address: "jobs@acme.example")], subject: "Hi", body: ".\nline\n..two dots",
                attachments: [
                    MailMessage.Attachment(
                        filename: "a.bin", mediaType: "application/octet-stream", data: Data([0, 1, 2]))
                ],
                date: Date(timeIntervalSince1970: 0), messageID: "x@example.com"))
    }

    func configuration(_ server: SMTPTestServer, password: String? = nil, trust: Bool = true) -> SMTPConfiguration {
        SMTPConfiguration(
            url: server.url, username: server.username, password: password ?? server.password,
            caFile: trust ? server.certificate.path : nil, connectTimeout: .seconds(10), timeout: .seconds(30))
    }

    @Test(
        "sends with AUTH over TLS and returns the server's queue-id line",
        arguments: [SMTPTestServer.Mode.starttls, .smtps])
    func send(mode: SMTPTestServer.Mode) throws {
        let server = try SMTPTestServer(mode: mode)
        let bytes = try message()
        let receipt = try SMTPClient().send(
            bytes, from: "zoe@example.com", to: ["jobs@acme.example"], configuration: configuration(server))
        #expect(receipt.response == "250 2.0.0 Ok: queued as JH1")
        let received = try server.received()
        #expect(received.count == 1)
        #expect(received.first?.raw == bytes, "the server got exactly the bytes written (dot-stuffing undone)")
        #expect(received.first?.mailFrom == "zoe@example.com")
        #expect(received.first?.recipients == ["jobs@acme.example"])
        #expect(received.first?.login == server.username)
    }

    @Test("a wrong password is an authentication error and nothing is delivered")
    func wrongPassword() throws {
        let server = try SMTPTestServer(mode: .starttls)
        #expect {
            try SMTPClient().send(
                try message(), from: "zoe@example.com", to: ["jobs@acme.example"],
                configuration: configuration(server, password: "wrong"))
        } throws: { error in
            if case .authentication = error as? SMTPError { return true }
            return false
        }
        #expect(try server.received().isEmpty)
    }

    @Test("a certificate nobody vouches for is a TLS error")
    func untrusted() throws {
        let server = try SMTPTestServer(mode: .smtps)
        #expect {
            try SMTPClient().send(
                try message(), from: "zoe@example.com", to: ["jobs@acme.example"],
                configuration: configuration(server, trust: false))
        } throws: { error in
            if case .tls = error as? SMTPError { return true }
            return false
        }
    }

    @Test("a refused recipient is a rejection")
    func rejected() throws {
        let server = try SMTPTestServer(mode: .starttls, rejecting: "nobody@acme.example")
        #expect {
            try SMTPClient().send(
                try message(), from: "zoe@example.com", to: ["nobody@acme.example"],
                configuration: configuration(server))
        } throws: { error in
            if case .rejected = error as? SMTPError { return true }
            return false
        }
        #expect(try server.received().isEmpty)
    }

    @Test("a URL of another scheme is refused before connecting")
    func invalidURL() {
        #expect(throws: SMTPError.self) {
            try SMTPClient().send(
                Data(), from: "a@b.example", to: ["c@d.example"],
                configuration: SMTPConfiguration(url: "http://x.example"))
        }
    }
}
