// What `apply submit` shows: the preview a person confirms, the dry run's
// message, and the record of a send, for people and as JSON.
import Foundation
import JobHuntApplications
import JobHuntIO
import JobHuntKernel
import JobHuntSubmission

extension ApplySubmitCommand {
    /// The dry run on stdout: what would be sent, exactly.
    static func printDryRun(_ plan: SubmissionPlan, rehearsal: SubmissionReceipt?, context: CommandContext) throws {
        if context.globals.json {
            var dry = DryRun(plan)
            dry.filled = rehearsal?.lines
            context.output.print(try JSONWriter.encode(dry, pretty: context.output.stdoutIsTerminal))
            return
        }
        for line in summary(plan) { context.output.print(line) }
        if plan.waitSeconds > 0, let platform = plan.platform {
            context.output.print(
                "pacing:     a send now would wait \(plan.waitSeconds)s (\(platform) had one recently)")
        }
        if let message = plan.message {
            context.output.print("")
            context.output.print("From: \(message.from)")
            context.output.print("To: \(message.to.map(\.description).joined(separator: ", "))")
            context.output.print("Subject: \(message.subject)")
            context.output.print("Date: \(MailDate.text(message.date))")
            context.output.print("Message-ID: <\(message.messageID)>")
            context.output.print("")
            context.output.print(message.body)
        }
        if let rehearsal {
            context.output.print("")
            context.output.print(
                "\(rehearsal.response): \(rehearsal.data["title"] ?? "") \(rehearsal.data["final_url"] ?? "")")
            for line in rehearsal.lines { context.output.print("  \(line)") }
        }
        context.output.note("dry run: nothing was sent or recorded")
    }

    /// The preview before the question, on stderr (stdout stays for results).
    static func printPreview(_ plan: SubmissionPlan, context: CommandContext) {
        for line in summary(plan) { context.output.note(line) }
        if let message = plan.message {
            context.output.note("subject:    \(message.subject)")
            let lines = message.body.split(separator: "\n", omittingEmptySubsequences: false)
            for line in lines.prefix(8) { context.output.note("  | \(line)") }
            if lines.count > 8 { context.output.note("  | … (\(lines.count - 8) more lines)") }
        }
        if !plan.unapproved.isEmpty {
            context.output.warn(
                "the \(plan.unapproved.map(\.kind.label).joined(separator: " and ")) \(plan.unapproved.count == 1 ? "is" : "are") not approved; answering y sends it anyway"
            )
        }
    }

    /// The lines every view shares: the application, the channel, where to, the documents.
    static func summary(_ plan: SubmissionPlan) -> [String] {
        let application = plan.application
        var lines = [
            "application: \(application.handle) \(application.jobTitle) at \(application.companyName)",
            "channel:    \(plan.channel.rawValue)",
            "to:         \(plan.recipient ?? "(no URL recorded)")",
        ]
        if plan.documents.isEmpty { lines.append("documents:  none") }
        for document in plan.documents {
            let approved = document.approved ? "approved" : "NOT approved"
            lines.append(
                "document:   \(document.filename) (\(document.mediaType), \(document.data.count) bytes, "
                    + "sha256 \(document.sha256.prefix(16))…, \(approved))")
        }
        if let sha = plan.payloadSHA256, let bytes = plan.payload?.count {
            lines.append("message:    \(bytes) bytes, sha256 \(sha)")
        }
        return lines
    }

    /// After a send: the receipt on stdout, a line for people on stderr.
    static func printOutcome(_ outcome: SubmissionOutcome, context: CommandContext) throws {
        guard let record = outcome.record else { return }
        if context.globals.json {
            context.output.print(
                try JSONWriter.encode(
                    Sent(application: outcome.application, submission: record), pretty: context.output.stdoutIsTerminal)
            )
            return
        }
        context.output.print(record.receipt ?? "")
        if let screenshot = record.receiptData?["screenshot"] { context.output.note("screenshot: \(screenshot)") }
        let to = record.recipient.map { " to \($0)" } ?? ""
        context.output.note(
            "submitted \(outcome.application.handle) by \(record.channel.rawValue)\(to): "
                + "\(outcome.application.jobTitle) at \(outcome.application.companyName) (\(outcome.application.status))"
        )
    }

    /// `--dry-run --json`.
    struct DryRun: Encodable {
        var dryRun = true
        var application: String
        var channel: String
        var recipient: String?
        var platform: String?
        var documents: [SubmissionDocument]
        var unapproved: [String]
        var warnings: [String]
        var waitSeconds: Int
        var message: Message?
        /// The browser's rehearsal: each field it filled, `label: value`.
        var filled: [String]?

        struct Message: Encodable {
            var from: String
            var to: [String]
            var subject: String
            var date: Date
            var messageID: String
            var body: String
            var bytes: Int
            var sha256: String?

            enum CodingKeys: String, CodingKey {
                case from, to, subject, date
                case messageID = "message_id"
                case body, bytes, sha256
            }
        }

        enum CodingKeys: String, CodingKey {
            case dryRun = "dry_run"
            case application, channel, recipient, platform, documents, unapproved, warnings
            case waitSeconds = "wait_seconds"
            case message
        }

        init(_ plan: SubmissionPlan) {
            application = plan.application.id.uuidString.lowercased()
            channel = plan.channel.rawValue
            recipient = plan.recipient
            platform = plan.platform
            documents = plan.documents
            unapproved = plan.unapproved.map(\.kind.rawValue)
            warnings = plan.warnings
            waitSeconds = plan.waitSeconds
            message = plan.message.map {
                Message(
                    from: $0.from.description, to: $0.to.map(\.description), subject: $0.subject, date: $0.date,
                    messageID: "<\($0.messageID)>", body: $0.body, bytes: plan.payload?.count ?? 0,
                    sha256: plan.payloadSHA256)
            }
        }
    }

    /// `apply submit --json` after a send.
    struct Sent: Encodable {
        var application: Application
        var submission: SubmissionRecord
    }
}
