// The saved searches' error codes and the errors they make, in words a person can act on.
import JobHuntKernel

/// `field` names the option at fault; the CLI relabels it `--salary-min`
/// where the core says `salary-min` (``JobHuntError/naming(_:)``).
extension JobHuntError.Code {
    package static let savedSearchInvalidName = Self("savedSearchInvalidName")
    package static let savedSearchInvalidValue = Self("savedSearchInvalidValue")
    package static let savedSearchInvalidSalary = Self("savedSearchInvalidSalary")
    package static let savedSearchDuplicateName = Self("savedSearchDuplicateName")
    package static let savedSearchNotFound = Self("savedSearchNotFound")
    package static let savedSearchNothingToChange = Self("savedSearchNothingToChange")
}

extension JobHuntError {
    package static func savedSearchNotFound(_ name: String) -> JobHuntError {
        JobHuntError(
            .savedSearchNotFound, "you have no saved search named '\(name)'", remedy: "see \(.listSavedSearches)")
    }

    package static func savedSearchDuplicate(_ name: String) -> JobHuntError {
        JobHuntError(
            .savedSearchDuplicateName, field: "name", "you already have a saved search named '\(name)'",
            remedy: "choose another name, or change it with \(.editSavedSearch)")
    }
}
