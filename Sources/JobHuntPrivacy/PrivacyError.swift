// The privacy feature's error codes: who may act on whose data, an unknown
// account, a cleanup already running, an export destination that cannot be used.
import Foundation
import JobHuntKernel

extension JobHuntError.Code {
    /// The acting user is neither the person nor an administrator.
    package static let privacyNotAllowed = Self("privacyNotAllowed")
    /// No account has the e-mail given.
    package static let privacyUnknownUser = Self("privacyUnknownUser")
    /// Another cleanup holds the lock.
    package static let cleanupRunning = Self("cleanupRunning")
    /// A retention period or batch size that cannot be used.
    package static let cleanupInvalidValue = Self("cleanupInvalidValue")
    /// The export destination exists and is not empty, or cannot be written.
    package static let exportDestination = Self("exportDestination")
}

extension JobHuntError {
    static func privacyUnknownUser(_ email: String) -> JobHuntError {
        JobHuntError(.privacyUnknownUser, "no account for \(email)", remedy: "see \(.listUsers)")
    }

    static func privacyNotAllowed(_ what: String) -> JobHuntError {
        JobHuntError(
            .privacyNotAllowed, "only the person themself or an administrator may \(what)",
            remedy: "log in as that person, or ask an administrator (see \(.listUsers))")
    }

    static func cleanupRunning(_ how: String) -> JobHuntError {
        JobHuntError(
            .cleanupRunning, "another jobhunt cleanup is running (\(how))",
            remedy: "wait for it to finish; a crashed one releases its lock by itself")
    }

    package static func cleanupInvalid(_ field: String, _ problem: String) -> JobHuntError {
        JobHuntError(.cleanupInvalidValue, field: field, problem, remedy: "e.g. 365d, 26w, 6m or 1y")
    }
}
