// Why a raw posting cannot become a job_postings row.
import Foundation
import JobHuntKernel

/// A posting the normaliser refuses: the seed's NOT NULL columns would be empty.
package struct NormalisationError: Error, Equatable, LocalizedError {
    package enum Reason: Sendable, Equatable {
        case missingTitle
        case missingURL
    }

    package let reason: Reason
    /// The source and its id for the posting, so the report names the bad record.
    package let posting: String

    package init(_ reason: Reason, posting: String) {
        self.reason = reason
        self.posting = posting
    }

    package var errorDescription: String? {
        switch reason {
        case .missingTitle: "posting \(posting) has no title"
        case .missingURL: "posting \(posting) has no URL"
        }
    }

    package var recoverySuggestion: String? {
        "the source sent an incomplete record; it is skipped and the rest are kept"
    }
}
