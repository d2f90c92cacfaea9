// What a submission will send, before it is sent: the preview a person
// confirms, the dry run's output, and what the record is written from.
import Foundation
import JobHuntApplications
import JobHuntIO
import JobHuntKernel

/// A submission ready to go.
package struct SubmissionPlan: Sendable {
    package var application: Application
    package var channel: SubmissionChannelKind
    /// The newest résumé and cover letter of the application, when there are any.
    package var documents: [SubmissionDocument]
    /// The address or URL it goes to; nil for a manual submission without a link.
    package var recipient: String?
    /// What pacing groups sends by (the recipient's mail domain); nil: not paced.
    package var platform: String?
    /// The e-mail, for the email channel.
    package var message: MailMessage?
    /// The exact bytes the channel sends (the MIME message), and their SHA-256.
    package var payload: Data?
    package var payloadSHA256: String?
    /// When it was planned: the Date header, the record's times.
    package var now: Date
    /// Seconds to wait before this platform may get another submission (pacing); 0 when none.
    package var waitSeconds: Int
    /// Things the person should know (a document sent as HTML because no PDF was made).
    package var warnings: [String]
    /// `--answer` values, for the browser's form.
    package var answers: [String: String] = [:]
    /// The account it goes out as.
    package var sender: UserAccount? = nil

    /// Documents the person has not approved with `apply approve`.
    package var unapproved: [SubmissionDocument] { documents.filter { !$0.approved } }

    package func document(_ kind: SubmissionDocument.Kind) -> SubmissionDocument? {
        documents.first { $0.kind == kind }
    }
}
