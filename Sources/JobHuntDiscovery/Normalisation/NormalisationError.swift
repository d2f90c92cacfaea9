// Why a raw posting cannot become a job_postings row: the seed's NOT NULL columns would be empty.
import JobHuntKernel

extension JobHuntError.Code {
    package static let normalisationMissingTitle = Self("normalisationMissingTitle")
    package static let normalisationMissingURL = Self("normalisationMissingURL")
}

extension JobHuntError {
    /// `posting` is the source and its id, so the report names the bad record.
    package static func normalisationMissingTitle(posting: String) -> JobHuntError {
        JobHuntError(.normalisationMissingTitle, "posting \(posting) has no title", remedy: incompleteRecord)
    }

    package static func normalisationMissingURL(posting: String) -> JobHuntError {
        JobHuntError(.normalisationMissingURL, "posting \(posting) has no URL", remedy: incompleteRecord)
    }

    private static let incompleteRecord: Remedy =
        "the source sent an incomplete record; it is skipped and the rest are kept"
}
