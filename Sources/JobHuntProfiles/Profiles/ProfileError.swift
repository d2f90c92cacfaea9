// Failures of profile and work-history operations, each naming the field at
// fault and how to fix it, in words a person (or an importer) can act on.
import Foundation
import JobHuntKernel

/// Why a profile or work-history change was refused.
///
/// `field` is the column at fault (`years_experience`, `start_date`); the
/// description reads `years_experience: 80 is not between 0 and 70`. A caller
/// that speaks in other names (the CLI's `--years`, an importer's
/// `work[2].startDate`) relabels the error with ``naming(_:)``. Messages never
/// repeat a phone number.
package struct ProfileError: Error, LocalizedError, Equatable, Sendable {
    package enum Code: String, Sendable {
        /// A value breaks a rule (range, format, length, dates).
        case invalidValue
        /// Two values contradict each other (`is_current` with an `end_date`).
        case conflict
        /// No experience of the acting user matches the reference.
        case notFound
        /// A short id matches several experiences.
        case ambiguous
        /// A stored phone number cannot be decrypted with the configured keys.
        case undecryptable
    }

    package var code: Code
    /// The field as the caller knows it; nil for errors about no single field.
    package var field: String?
    /// What is wrong, without the field name.
    package var problem: String
    package var remedy: String?

    init(_ code: Code, field: String?, _ problem: String, remedy: String? = nil) {
        self.code = code
        self.field = field
        self.problem = problem
        self.remedy = remedy
    }

    package var errorDescription: String? { field.map { "\($0): \(problem)" } ?? problem }
    package var recoverySuggestion: String? { remedy }

    /// The same error under another name for the field, so an importer can say
    /// `work[2].startDate` where the core says `start_date`.
    package func naming(_ label: String) -> ProfileError {
        var copy = self
        copy.field = label
        return copy
    }

    static func invalid(_ field: String, _ problem: String, remedy: String? = nil) -> ProfileError {
        ProfileError(.invalidValue, field: field, problem, remedy: remedy)
    }
}
