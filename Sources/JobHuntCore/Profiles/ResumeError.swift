// The error codes of storing a resume file and reading its text, in words a person can act on.

extension JobHuntError.Code {
    public static let resumeUnreadable = Self("resumeUnreadable")
    public static let resumeEmpty = Self("resumeEmpty")
    public static let resumeTooLarge = Self("resumeTooLarge")
    public static let resumeUnsupportedType = Self("resumeUnsupportedType")
    public static let resumeTypeMismatch = Self("resumeTypeMismatch")
    public static let resumeToolMissing = Self("resumeToolMissing")
    public static let resumeExtractionFailed = Self("resumeExtractionFailed")
    public static let resumeNoResume = Self("resumeNoResume")
}

extension JobHuntError {
    static func resumeToolMissing(_ tool: String, package: String) -> JobHuntError {
        JobHuntError(
            .resumeToolMissing, "\(tool) is not installed, and reading this resume needs it",
            remedy: "install the \(package) package (e.g. `apt-get install \(package)`, or run scripts/setup)")
    }

    public static let resumeNoResume = JobHuntError(
        .resumeNoResume, "no resume is stored for you", remedy: "store one with \(.storeResume)")
}
