// The error codes of `discover find`: a query with nothing to look for, or an
// embedder that failed or answered in the wrong shape.
import JobHuntKernel

extension JobHuntError.Code {
    /// The text has no word to search for (empty, punctuation, stop words or only exclusions).
    package static let findNoSearchTerms = Self("findNoSearchTerms")
    /// The embedder threw.
    package static let findEmbedderFailed = Self("findEmbedderFailed")
    /// The embedder returned something other than one 384-float vector.
    package static let findEmbedderShape = Self("findEmbedderShape")
}

extension JobHuntError {
    /// Also what the CLI reports, as a usage error, before it opens anything.
    package static let findNoSearchTerms = JobHuntError(
        .findNoSearchTerms, "the search text has no word to look for",
        remedy: #"give words or "a phrase", e.g. \#(.findExample("data engineer -intern"))"#)
}
