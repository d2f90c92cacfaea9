// Why a raw posting cannot become a job_postings row.
import Foundation

/// A posting the normaliser refuses: the seed's NOT NULL columns would be empty.
public struct NormalisationError: Error, Equatable, LocalizedError {
    public enum Reason: Sendable, Equatable {
        case missingTitle
        case missingURL
    }

    public let reason: Reason
    /// The source and its id for the posting, so the report names the bad record.
    public let posting: String

    public init(_ reason: Reason, posting: String) {
        self.reason = reason
        self.posting = posting
    }

    public var errorDescription: String? {
        switch reason {
        case .missingTitle: "posting \(posting) has no title"
        case .missingURL: "posting \(posting) has no URL"
        }
    }

    public var recoverySuggestion: String? {
        "the source sent an incomplete record; it is skipped and the rest are kept"
    }
}
