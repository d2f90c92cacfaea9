// The one error type of `discover find`: a query with nothing to look for, or
// an embedder that failed or answered in the wrong shape.
import Foundation
import JobHuntKernel

/// Why a search could not run.
package struct FindError: Error, LocalizedError, Equatable, Sendable {
    package enum Kind: Sendable, Equatable {
        /// The text has no word to search for (empty, punctuation, stop words or only exclusions).
        case noSearchTerms
        /// The embedder threw.
        case embedderFailed
        /// The embedder returned something other than one 384-float vector.
        case embedderShape
    }

    package var kind: Kind
    package var message: String
    package var remedy: String?

    init(_ kind: Kind, _ message: String, remedy: String? = nil) {
        self.kind = kind
        self.message = message
        self.remedy = remedy
    }

    /// Also what the CLI reports, as a usage error, before it opens anything.
    package static let noSearchTerms = FindError(
        .noSearchTerms, "the search text has no word to look for",
        remedy: #"give words or "a phrase", e.g. jobhunt discover find 'data engineer -intern'"#)

    package var errorDescription: String? { message }
    package var recoverySuggestion: String? { remedy }
}
