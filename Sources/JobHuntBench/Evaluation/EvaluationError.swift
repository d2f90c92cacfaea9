// Failures of the matching evaluation: an unreadable or inconsistent
// labelled set, or a run that could not be set up.
import Foundation

/// Why `jobhunt bench eval-match` could not load or score a labelled set.
public struct EvaluationError: Error, LocalizedError, Equatable, Sendable {
    public enum Code: String, Sendable {
        case unreadable, malformed, inconsistent, setupFailed
    }

    public var code: Code
    public var problem: String
    public var remedy: String?

    init(_ code: Code, _ problem: String, remedy: String? = nil) {
        self.code = code
        self.problem = problem
        self.remedy = remedy
    }

    public var errorDescription: String? { problem }
    public var recoverySuggestion: String? { remedy }

    static func malformed(_ file: URL, line: Int, _ problem: String) -> EvaluationError {
        EvaluationError(
            .malformed, "\(file.lastPathComponent) line \(line): \(problem)",
            remedy: "regenerate the set with Tests/Eval/match/tools/generate.py")
    }
}
