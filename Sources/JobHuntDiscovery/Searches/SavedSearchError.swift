// Failures of saved searches, in words a person can act on.
import Foundation

/// Why a saved-search operation failed; `field` names the option at fault.
public struct SavedSearchError: Error, LocalizedError, Equatable, Sendable {
    public enum Code: String, Sendable {
        case invalidName, invalidValue, invalidSalary, duplicateName, notFound, nothingToChange
    }

    public var code: Code
    public var field: String?
    public var problem: String
    public var remedy: String?

    init(_ code: Code, field: String? = nil, _ problem: String, remedy: String? = nil) {
        self.code = code
        self.field = field
        self.problem = problem
        self.remedy = remedy
    }

    public var errorDescription: String? { field.map { "\($0): \(problem)" } ?? problem }
    public var recoverySuggestion: String? { remedy }

    /// The same error under another label for its field, so the CLI can say
    /// `--salary-min` where the core says `salary-min`.
    public func naming(_ label: String) -> SavedSearchError {
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
