// The error codes of finding a stored posting from a handle, shared by every
// feature that takes one (matching's `discover show`, the tracker's `status add`).
import JobHuntKernel

extension JobHuntError.Code {
    package static let postingNotFound = Self("postingNotFound")
    package static let postingAmbiguous = Self("postingAmbiguous")
}

extension JobHuntError {
    package static func postingNotFound(_ reference: String) -> JobHuntError {
        JobHuntError(
            .postingNotFound, "no posting matches '\(reference)'",
            remedy: "give the handle \(.postingHandles) prints, PLATFORM:EXTERNAL_ID or its URL")
    }

    package static func postingAmbiguous(_ reference: String, count: Int) -> JobHuntError {
        JobHuntError(
            .postingAmbiguous, "'\(reference)' matches \(count) postings",
            remedy: "give more characters of the id, or PLATFORM:EXTERNAL_ID")
    }
}
