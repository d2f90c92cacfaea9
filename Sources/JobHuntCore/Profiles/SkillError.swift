// The skills' error codes and the errors they make, in words a person can act on.

extension JobHuntError.Code {
    public static let skillInvalidName = Self("skillInvalidName")
    public static let skillInvalidYears = Self("skillInvalidYears")
    public static let skillNotFound = Self("skillNotFound")
    public static let skillConflict = Self("skillConflict")
}

extension JobHuntError {
    static func skillNotFound(_ name: String) -> JobHuntError {
        JobHuntError(.skillNotFound, "'\(name)' is not on your profile", remedy: "see \(.listSkills)")
    }
}
