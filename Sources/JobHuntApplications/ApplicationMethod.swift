// How an application was made, and who recorded a change: the seed's comment
// values for `application_method` and `application_status_history.changed_by`.

/// `applications.application_method`: the seed's `automated, manual, referral`.
package enum ApplicationMethod: String, CaseIterable, Sendable, Codable {
    case manual
    case referral
    /// Sent by jobhunt's submitter (the apply issue).
    case automated

    package static var names: [String] { allCases.map(\.rawValue) }
}

/// `application_status_history.changed_by`: the seed's `system, user, automatic`.
package enum StatusChanger: String, CaseIterable, Sendable, Codable {
    /// A person, through a command.
    case user
    /// jobhunt itself on someone's behalf (a migration, an import).
    case system
    /// A rule or a worker (an automated submission, a reply parsed from mail).
    case automatic
}
