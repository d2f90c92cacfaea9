// The CLI's own errors. Every error, from any layer, is shown as one line:
// `jobhunt: <what is wrong> (<how to fix it>)`; see ErrorPresenter.
import Foundation
import JobHuntKernel

/// A problem found by the CLI itself: a usage error (exit 2) or a failure (exit 1).
package struct CLIError: DescribedError, Equatable {
    package typealias Kind = ExitKind

    package var kind: Kind
    /// What is wrong, without the program name: `unknown option '--limt'`.
    package var problem: String
    /// How to fix it: `did you mean '--limit'?`.
    package var remedy: Remedy?

    package init(_ kind: Kind, _ problem: String, remedy: String? = nil) {
        self.init(kind, problem, remedy: remedy.map { Remedy($0) })
    }

    package init(_ kind: Kind, _ problem: String, remedy: Remedy?) {
        self.kind = kind
        self.problem = problem
        self.remedy = remedy
    }

    package static func usage(_ problem: String, remedy: String? = nil) -> CLIError {
        CLIError(.usage, problem, remedy: remedy)
    }

    package static func failure(_ problem: String, remedy: String? = nil) -> CLIError {
        CLIError(.failure, problem, remedy: remedy)
    }

    /// Another layer's error, reported as a usage error: the command line asked for it.
    package static func usage(_ error: some DescribedError) -> CLIError {
        CLIError(.usage, error.problem, remedy: error.remedy)
    }

    package var exitKind: ExitKind { kind }
}
