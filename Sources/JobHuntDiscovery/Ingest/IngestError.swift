// The one error type of ingest: what went wrong for a whole run (an embedder
// that answers with the wrong shape, a database that cannot be opened).
import Foundation
import JobHuntKernel

/// A failure of ingest as a whole; a single bad posting is an ``IngestFailure`` instead.
package struct IngestError: Error, LocalizedError, Equatable, Sendable {
    package enum Kind: Sendable, Equatable {
        /// The embedder returned the wrong number of vectors or of dimensions.
        case embedderShape
        /// The embedder itself threw.
        case embedderFailed
    }

    package var kind: Kind
    package var message: String
    package var remedy: String?

    init(_ kind: Kind, _ message: String, remedy: String? = nil) {
        self.kind = kind
        self.message = message
        self.remedy = remedy
    }

    package var errorDescription: String? { message }
    package var recoverySuggestion: String? { remedy }
}
