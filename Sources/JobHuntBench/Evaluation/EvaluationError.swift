// The error codes of the matching evaluation: an unreadable or inconsistent
// labelled set, or a run that could not be set up.
import Foundation
import JobHuntKernel

extension JobHuntError.Code {
    package static let evaluationUnreadable = Self("evaluationUnreadable")
    package static let evaluationMalformed = Self("evaluationMalformed")
    package static let evaluationInconsistent = Self("evaluationInconsistent")
    package static let evaluationSetupFailed = Self("evaluationSetupFailed")
}

extension JobHuntError {
    static func evaluationMalformed(_ file: URL, line: Int, _ problem: String) -> JobHuntError {
        JobHuntError(
            .evaluationMalformed, "\(file.lastPathComponent) line \(line): \(problem)",
            remedy: "regenerate the set with Tests/Eval/match/tools/generate.py")
    }
}
