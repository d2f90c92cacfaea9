// The error codes of storing a resume file and reading its text, in words a person can act on.
import JobHuntKernel

extension JobHuntError.Code {
    package static let resumeUnreadable = Self("resumeUnreadable")
    package static let resumeEmpty = Self("resumeEmpty")
    package static let resumeTooLarge = Self("resumeTooLarge")
    package static let resumeUnsupportedType = Self("resumeUnsupportedType")
    package static let resumeTypeMismatch = Self("resumeTypeMismatch")
    package static let resumeToolMissing = Self("resumeToolMissing")
    package static let resumeExtractionFailed = Self("resumeExtractionFailed")
    package static let resumeNoResume = Self("resumeNoResume")
}

extension JobHuntError {
    static func resumeToolMissing(_ tool: String, package: String) -> JobHuntError {
        JobHuntError(
            .resumeToolMissing, "\(tool) is not installed, and reading this resume needs it",
            remedy: "install the \(package) package (e.g. `apt-get install \(package)`, or run scripts/setup)")
    }

    package static let resumeNoResume = JobHuntError(
        .resumeNoResume, "no resume is stored for you", remedy: "store one with \(.storeResume)")
}
