// The ways an application can be sent: the employer's own channels only.
import JobHuntApplications

/// `apply submit --via`: by hand, by e-mail, or through the employer's web form.
package enum SubmissionChannelKind: String, CaseIterable, Sendable, Codable {
    /// The person sends it (jobhunt opens the posting) and confirms; jobhunt records it.
    case manual
    /// A MIME message over SMTP to the address the employer gave.
    case email
    /// The employer's hosted form, filled by a real browser over WebDriver.
    case browser

    package static var names: [String] { allCases.map(\.rawValue) }

    /// `applications.application_method`: manual when the person sent it.
    package var method: ApplicationMethod { self == .manual ? .manual : .automated }
}
