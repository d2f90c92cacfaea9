// Submitting by e-mail: a MIME message with the cover letter (or a note) as
// text and the documents as attachments, sent over SMTP.
import Foundation
import JobHuntIO
import JobHuntKernel

/// Sends the application to the address the employer gave.
package struct EmailChannel: SubmissionChannel {
    let settings: EmailSettings
    /// The Message-ID's unique part; tests pass a fixed one.
    let makeID: @Sendable () -> UUID
    let client: SMTPClient

    package init(settings: EmailSettings, makeID: @escaping @Sendable () -> UUID = { UUID() }) {
        self.settings = settings
        self.makeID = makeID
        self.client = SMTPClient()
    }

    package var kind: SubmissionChannelKind { .email }

    /// Builds the message: `--to` or the application's `mailto:` link, the
    /// résumé (required) and cover letter attached, the cover letter's text
    /// or `--body` as the text.
    package func prepare(_ plan: inout SubmissionPlan, request: SubmissionRequest, sender: UserAccount) throws {
        let handle = plan.application.handle
        let to = try recipient(request.recipient, jobURL: plan.application.jobURL, handle: handle)
        let from = try self.from(sender)
        guard let resume = plan.document(.resume) else {
            throw JobHuntError.submissionIncomplete(
                "resume", "\(handle) has no résumé to attach",
                remedy:
                    "generate the documents with \(.regenerateDocuments(application: handle)), or send it yourself with \(.submitApplication(application: handle, via: "manual"))"
            )
        }
        let letter = plan.document(.coverLetter)
        let body = request.body ?? letter?.text
        guard let body, !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw JobHuntError.submissionIncomplete(
                "body", "\(handle) has no cover letter text for the message",
                remedy: "give a short note with --body TEXT")
        }
        let attachments = [resume, letter].compactMap { $0 }.map {
            MailMessage.Attachment(filename: $0.filename, mediaType: $0.mediaType, data: $0.data)
        }
        let name = from.displayName ?? SubmissionService.name(of: sender)
        let message = MailMessage(
            from: from, to: [to],
            subject: "Application: \(plan.application.jobTitle) at \(plan.application.companyName) – \(name)",
            body: body, attachments: attachments, date: plan.now,
            messageID: MailMessage.makeID(unique: makeID(), from: from))
        let bytes = MIMEWriter.render(message)
        plan.message = message
        plan.payload = bytes
        plan.payloadSHA256 = Hashing.hex(Hashing.sha256(bytes))
        plan.recipient = to.address
        plan.platform = "email:" + to.domain
    }

    package func send(_ plan: SubmissionPlan) throws -> SubmissionReceipt {
        guard let smtp = settings.smtp else {
            throw JobHuntError.submissionChannelUnavailable(
                .email, "no SMTP server is configured", remedy: "set smtp.url (and smtp.username, smtp.password)")
        }
        guard let message = plan.message, let payload = plan.payload else {
            preconditionFailure("prepare builds the message")
        }
        let receipt = try client.send(
            payload, from: message.from.address, to: message.to.map(\.address), configuration: smtp)
        return SubmissionReceipt(
            response: receipt.response, data: ["message_id": "<\(message.messageID)>", "smtp_host": smtp.host ?? ""])
    }

    private func recipient(_ given: String?, jobURL: String?, handle: String) throws -> MailAddress {
        let text: String
        if let given {
            text = given
        } else if let jobURL, jobURL.lowercased().hasPrefix("mailto:") {
            text = String(jobURL.dropFirst("mailto:".count).prefix { $0 != "?" }).removingPercentEncoding ?? ""
        } else {
            throw JobHuntError.submissionIncomplete(
                "to", "\(handle) has no application e-mail address",
                remedy: "give the employer's address with --to ADDRESS")
        }
        do {
            return try MailAddress(parsing: text)
        } catch {
            throw JobHuntError.submissionIncomplete(
                "to", "'\(text)' is not an e-mail address: \(error.reason)", remedy: "give --to NAME@DOMAIN")
        }
    }

    private func from(_ sender: UserAccount) throws -> MailAddress {
        let text = settings.from ?? sender.email
        do {
            let parsed = try MailAddress(parsing: text)
            if parsed.displayName != nil { return parsed }
            return try MailAddress(address: parsed.address, displayName: SubmissionService.name(of: sender))
        } catch {
            throw JobHuntError.submissionIncomplete(
                "smtp.from", "'\(text)' is not an e-mail address: \(error.reason)",
                remedy: "set smtp.from to NAME <ADDRESS>")
        }
    }
}
