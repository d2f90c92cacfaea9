// Failures of the matching evaluation: an unreadable or inconsistent
// labelled set, or a run that could not be set up.
import Foundation
import JobHuntKernel

/// Why `jobhunt-bench eval-match` could not load or score a labelled set.
package struct EvaluationError: Error, LocalizedError, Equatable, Sendable {
    package enum Code: String, Sendable {
        case unreadable, malformed, inconsistent, setupFailed
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

    static func malformed(_ file: URL, line: Int, _ problem: String) -> EvaluationError {
        EvaluationError(
            .malformed, "\(file.lastPathComponent) line \(line): \(problem)",
            remedy: "regenerate the set with Tests/Eval/match/tools/generate.py")
    }
}
