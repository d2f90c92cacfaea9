// Failures of storing a resume file and reading its text, in words a person can act on.
import Foundation
import JobHuntKernel

/// Why a resume file was refused or its text could not be read.
package struct ResumeError: Error, LocalizedError, Equatable, Sendable {
    package enum Code: String, Sendable {
        case unreadable, empty, tooLarge, unsupportedType, typeMismatch, toolMissing, extractionFailed
        case noResume
    }

    package var code: Code
    package var problem: String
    package var remedy: String?

    init(_ code: Code, _ problem: String, remedy: String? = nil) {
        self.code = code
        self.problem = problem
        self.remedy = remedy
    }

    package var errorDescription: String? { problem }
    package var recoverySuggestion: String? { remedy }

    static func toolMissing(_ tool: String, package: String) -> ResumeError {
        ResumeError(
            .toolMissing, "\(tool) is not installed, and reading this resume needs it",
            remedy: "install the \(package) package (e.g. `apt-get install \(package)`, or run scripts/setup)")
    }

    package static let noResumeStored = ResumeError(
        .noResume, "no resume is stored for you", remedy: "store one with `jobhunt profile resume FILE`")
}
