// The profile's and work history's error codes, each error naming the field at
// fault and how to fix it, in words a person (or an importer) can act on.
import JobHuntKernel

/// `field` is the column at fault (`years_experience`, `start_date`); the
/// problem reads `years_experience: 80 is not between 0 and 70`. A caller that
/// speaks in other names (the CLI's `--years`, an importer's
/// `work[2].startDate`) relabels the error with ``JobHuntError/naming(_:)``.
/// Messages never repeat a phone number.
extension JobHuntError.Code {
    /// A value breaks a rule (range, format, length, dates).
    package static let profileInvalidValue = Self("profileInvalidValue")
    /// Two values contradict each other (`is_current` with an `end_date`).
    package static let profileConflict = Self("profileConflict")
    /// No experience of the acting user matches the reference.
    package static let profileNotFound = Self("profileNotFound")
    /// A short id matches several experiences.
    package static let profileAmbiguous = Self("profileAmbiguous")
    /// A stored phone number cannot be decrypted with the configured keys.
    package static let profileUndecryptable = Self("profileUndecryptable")
}

extension JobHuntError {
    static func profileInvalid(_ field: String, _ problem: String, remedy: Remedy? = nil) -> JobHuntError {
        JobHuntError(.profileInvalidValue, field: field, problem, remedy: remedy)
    }
}
