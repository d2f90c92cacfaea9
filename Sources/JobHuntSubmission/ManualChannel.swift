// Submitting by hand: the person sends the application on the employer's
// site (the CLI opens the posting) and jobhunt records that they did.
import Foundation
import JobHuntKernel

/// The person is the channel; the record says what they were given to send.
package struct ManualChannel: SubmissionChannel {
    package init() {}

    package var kind: SubmissionChannelKind { .manual }

    /// The posting's URL is where the person goes; a manual submission is never paced.
    package func prepare(_ plan: inout SubmissionPlan, request: SubmissionRequest, sender: UserAccount) throws {
        plan.recipient = request.recipient ?? plan.application.jobURL
    }

    /// Nothing to send: the person confirmed they did.
    package func send(_ plan: SubmissionPlan) throws -> SubmissionReceipt {
        SubmissionReceipt(response: "sent by hand, confirmed by the applicant")
    }
}
