// The error codes of ingest as a whole (an embedder that fails or answers in
// the wrong shape); a single bad posting is an ``IngestFailure`` instead.
import JobHuntKernel

extension JobHuntError.Code {
    /// The embedder returned the wrong number of vectors or of dimensions.
    package static let ingestEmbedderShape = Self("ingestEmbedderShape")
    /// The embedder itself threw.
    package static let ingestEmbedderFailed = Self("ingestEmbedderFailed")
}
