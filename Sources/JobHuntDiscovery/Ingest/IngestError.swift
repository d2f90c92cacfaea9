// The one error type of ingest: what went wrong for a whole run (an embedder
// that answers with the wrong shape, a database that cannot be opened).
import Foundation

/// A failure of ingest as a whole; a single bad posting is an ``IngestFailure`` instead.
public struct IngestError: Error, LocalizedError, Equatable, Sendable {
    public enum Kind: Sendable, Equatable {
        /// The embedder returned the wrong number of vectors or of dimensions.
        case embedderShape
        /// The embedder itself threw.
        case embedderFailed
    }

    public var kind: Kind
    public var message: String
    public var remedy: String?

    init(_ kind: Kind, _ message: String, remedy: String? = nil) {
        self.kind = kind
        self.message = message
        self.remedy = remedy
    }

    public var errorDescription: String? { message }
    public var recoverySuggestion: String? { remedy }
}
