// The skills' error codes and the errors they make, in words a person can act on.
import JobHuntKernel

extension JobHuntError.Code {
    package static let skillInvalidName = Self("skillInvalidName")
    package static let skillInvalidYears = Self("skillInvalidYears")
    package static let skillNotFound = Self("skillNotFound")
    package static let skillConflict = Self("skillConflict")
}

extension JobHuntError {
    static func skillNotFound(_ name: String) -> JobHuntError {
        JobHuntError(.skillNotFound, "'\(name)' is not on your profile", remedy: "see \(.listSkills)")
    }
}
