// Failures of saved searches, in words a person can act on.
import Foundation
import JobHuntKernel

/// Why a saved-search operation failed; `field` names the option at fault.
package struct SavedSearchError: Error, LocalizedError, Equatable, Sendable {
    package enum Code: String, Sendable {
        case invalidName, invalidValue, invalidSalary, duplicateName, notFound, nothingToChange
    }

    package var code: Code
    package var field: String?
    package var problem: String
    package var remedy: String?

    init(_ code: Code, field: String? = nil, _ problem: String, remedy: String? = nil) {
        self.code = code
        self.field = field
        self.problem = problem
        self.remedy = remedy
    }

    package var errorDescription: String? { field.map { "\($0): \(problem)" } ?? problem }
    package var recoverySuggestion: String? { remedy }

    /// The same error under another label for its field, so the CLI can say
    /// `--salary-min` where the core says `salary-min`.
    package func naming(_ label: String) -> SavedSearchError {
        var copy = self
        copy.field = label
        return copy
    }

    static func notFound(_ name: String) -> SavedSearchError {
        SavedSearchError(
            .notFound, "you have no saved search named '\(name)'", remedy: "see `jobhunt discover search list`")
    }

    static func duplicate(_ name: String) -> SavedSearchError {
        SavedSearchError(
            .duplicateName, field: "name", "you already have a saved search named '\(name)'",
            remedy: "choose another name, or change it with `jobhunt discover search edit`")
    }
}
