// The seam between the submission service and the ways of sending: the
// service checks, records and retries; a channel builds and sends.
import Foundation
import JobHuntKernel

/// One way of sending an application (`manual`, `email`, `browser`).
///
/// What a channel owes the service:
/// - `prepare` fills in the plan (recipient, platform, the exact payload)
///   and throws when something is missing; it has no side effects, so a dry
///   run and the confirmation prompt show exactly what `send` will send.
/// - `send` sends what `prepare` planned, once, and returns the channel's
///   own receipt; it throws when the employer did not get it. It writes
///   nothing about the submission: the service records the outcome (a
///   channel may keep its own state, as the browser keeps a platform's
///   cookies and counts a CAPTCHA in `platform_metrics`). It throws
///   `submissionNeedsAnswers` or `submissionBlocked` when only the person can
///   go on; those are not retried.
/// - `rehearse` is the dry run's part: what `send` would do short of sending
///   (the browser fills the form without submitting); nil when there is
///   nothing to rehearse.
///
/// `SubmissionServiceTests` holds both channels to this with a real SMTP server.
package protocol SubmissionChannel: Sendable {
    var kind: SubmissionChannelKind { get }
    func prepare(_ plan: inout SubmissionPlan, request: SubmissionRequest, sender: UserAccount) throws
    func send(_ plan: SubmissionPlan) throws -> SubmissionReceipt
    func rehearse(_ plan: SubmissionPlan) throws -> SubmissionReceipt?
}

extension SubmissionChannel {
    package func rehearse(_ plan: SubmissionPlan) throws -> SubmissionReceipt? { nil }
}

/// What a channel says happened: its words and the details worth keeping.
package struct SubmissionReceipt: Sendable, Equatable {
    /// The SMTP server's reply with its queue id, or what a person confirmed.
    package var response: String
    /// Stored as `submissions.receipt_data` (Message-ID, final URL, title, screenshot key).
    package var data: [String: String]
    /// What was filled in, one `label: value` line each (the browser), for people.
    package var lines: [String]

    package init(response: String, data: [String: String] = [:], lines: [String] = []) {
        self.response = response
        self.data = data
        self.lines = lines
    }
}
