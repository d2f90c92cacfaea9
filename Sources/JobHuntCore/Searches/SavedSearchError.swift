// The saved searches' error codes and the errors they make, in words a person can act on.

/// `field` names the option at fault; the CLI relabels it `--salary-min`
/// where the core says `salary-min` (``JobHuntError/naming(_:)``).
extension JobHuntError.Code {
    public static let savedSearchInvalidName = Self("savedSearchInvalidName")
    public static let savedSearchInvalidValue = Self("savedSearchInvalidValue")
    public static let savedSearchInvalidSalary = Self("savedSearchInvalidSalary")
    public static let savedSearchDuplicateName = Self("savedSearchDuplicateName")
    public static let savedSearchNotFound = Self("savedSearchNotFound")
    public static let savedSearchNothingToChange = Self("savedSearchNothingToChange")
}

extension JobHuntError {
    static func savedSearchNotFound(_ name: String) -> JobHuntError {
        JobHuntError(
            .savedSearchNotFound, "you have no saved search named '\(name)'", remedy: "see \(.listSavedSearches)")
    }

    static func savedSearchDuplicate(_ name: String) -> JobHuntError {
        JobHuntError(
            .savedSearchDuplicateName, field: "name", "you already have a saved search named '\(name)'",
            remedy: "choose another name, or change it with \(.editSavedSearch)")
    }
}
