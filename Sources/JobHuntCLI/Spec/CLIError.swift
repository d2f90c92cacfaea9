// The CLI's own errors. Every error, from any layer, is shown as one line:
// `jobhunt: <what is wrong> (<how to fix it>)`; see ErrorPresenter.
import Foundation
import JobHuntKernel

/// A problem found by the CLI itself: a usage error (exit 2) or a failure (exit 1).
public struct CLIError: DescribedError, Equatable {
    public typealias Kind = ExitKind

    public var kind: Kind
    /// What is wrong, without the program name: `unknown option '--limt'`.
    public var problem: String
    /// How to fix it: `did you mean '--limit'?`.
    public var remedy: Remedy?

    public init(_ kind: Kind, _ problem: String, remedy: String? = nil) {
        self.init(kind, problem, remedy: remedy.map { Remedy($0) })
    }

    public init(_ kind: Kind, _ problem: String, remedy: Remedy?) {
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

    /// Another layer's error, reported as a usage error: the command line asked for it.
    public static func usage(_ error: some DescribedError) -> CLIError {
        CLIError(.usage, error.problem, remedy: error.remedy)
    }

    public var exitKind: ExitKind { kind }
}
