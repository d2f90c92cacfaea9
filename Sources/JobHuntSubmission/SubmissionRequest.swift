// What `apply submit` asks for, as the service takes it.

/// One submission as asked: which application, how, and what the person
/// said on the command line.
package struct SubmissionRequest: Sendable {
    /// The application's id, handle or a unique part of its id.
    package var application: String
    package var channel: SubmissionChannelKind
    /// Everything but the send: nothing is written.
    package var dryRun: Bool
    /// The person confirmed this send (`--yes`, or "y" on a terminal): it goes
    /// out even when a document was not approved with `apply approve`.
    package var confirmed: Bool
    /// `--to`: the address to send to; else the application's `mailto:` link.
    package var recipient: String?
    /// `--body`: a short note as the message text instead of the cover letter.
    package var body: String?
    /// `--answer LABEL=VALUE`: answers to a form's own questions (the browser).
    package var answers: [String: String]
    /// A failed send queues an `application_submission` task to retry it.
    /// The worker, which retries its own task with backoff, turns this off.
    package var queuesRetryTask = true

    package init(
        application: String, channel: SubmissionChannelKind, dryRun: Bool = false, confirmed: Bool = false,
        recipient: String? = nil, body: String? = nil, answers: [String: String] = [:]
    ) {
        self.application = application
        self.channel = channel
        self.dryRun = dryRun
        self.confirmed = confirmed
        self.recipient = recipient
        self.body = body
        self.answers = answers
    }
}
