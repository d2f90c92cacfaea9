// The CLI's own errors. Every error, from any layer, is shown as one line:
// `jobhunt: <what is wrong> (<how to fix it>)`; see ErrorPresenter.
import Foundation

/// A problem found by the CLI itself: a usage error (exit 2) or a failure (exit 1).
public struct CLIError: Error, LocalizedError, Equatable {
    public enum Kind: Sendable, Equatable {
        case usage
        case failure
    }

    public var kind: Kind
    /// What is wrong, without the program name: `unknown option '--limt'`.
    public var problem: String
    /// How to fix it: `did you mean '--limit'?`.
    public var remedy: String?

    public init(_ kind: Kind, _ problem: String, remedy: String? = nil) {
        self.kind = kind
        self.problem = problem
        self.remedy = remedy
    }

    public static func usage(_ problem: String, remedy: String? = nil) -> CLIError {
        CLIError(.usage, problem, remedy: remedy)
    }

    public static func failure(_ problem: String, remedy: String? = nil) -> CLIError {
        CLIError(.failure, problem, remedy: remedy)
    }

    public var errorDescription: String? { problem }
    public var recoverySuggestion: String? { remedy }
}
