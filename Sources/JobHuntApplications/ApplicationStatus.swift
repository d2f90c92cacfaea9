// The seven statuses of the seed's `valid_application_status` constraint and
// the moves between them that `status set` allows.

/// Where an application stands.
///
/// The raw values are the seed's (`CHECK (status IN ('pending', 'submitted', …))`),
/// so they go into the database and `--json` as they are.
package enum ApplicationStatus: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    /// Noted but not sent yet.
    case pending
    case submitted
    /// The employer is looking at it (an acknowledgement, a recruiter's reply).
    case reviewing
    /// At least one interview is scheduled or done.
    case interviewed
    case rejected
    case offered
    /// You stopped: withdrew, declined an offer, or gave up.
    case withdrawn

    package var description: String { rawValue }

    /// Every status's name, for help text and errors: `pending, submitted, …`.
    package static var names: [String] { allCases.map(\.rawValue) }

    /// Whether the application has left the employer's hands for good: nothing
    /// leaves these without `--force`, and they never need a follow-up.
    package var isClosed: Bool { self == .rejected || self == .withdrawn }

    /// Whether the application was sent: every status after `pending` but
    /// `withdrawn` (one can withdraw an application never sent).
    package var impliesSubmission: Bool { self != .pending && self != .withdrawn }
}
