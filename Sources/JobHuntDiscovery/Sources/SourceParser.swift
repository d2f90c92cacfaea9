// The seam between fetched bytes and RawPosting: one parser per source format.
import Foundation
import JobHuntKernel

/// Reads one source format: bytes in, postings and per-record problems out.
///
/// Parsers are pure (no network, no database, no clock) so the same code serves
/// loopback tests, live fetches and local files, and can run in the ingest hot
/// path. A malformed record becomes a `SourceRecordProblem` and the rest still
/// load; only a document that is not the expected shape at all throws.
package protocol SourceParser: Sendable {
    /// Throws `JobHuntError` when the document as a whole cannot be read.
    func parse(_ data: Data, context: SourceContext) throws -> SourceParseResult
}

/// What the caller knows about a source that its responses may not say.
package struct SourceContext: Sendable, Equatable {
    /// The board or site token (`tessellate`, `brightcanopy`), or the file or URL for the others.
    package var token: String
    /// The configured company name; Lever and Ashby responses carry none, so it defaults to the token.
    package var companyName: String?
    /// The URL the document came from, for resolving relative links (JSON-LD pages).
    package var baseURL: URL?

    package init(token: String, companyName: String? = nil, baseURL: URL? = nil) {
        self.token = token
        self.companyName = companyName
        self.baseURL = baseURL
    }

    /// The company to attribute postings to when the format has no company field.
    package var companyOrToken: String { companyName ?? token }
}

/// The postings a document held, and the records that could not be read.
package struct SourceParseResult: Sendable, Equatable {
    package var postings: [RawPosting]
    package var problems: [SourceRecordProblem]
    /// What the parser did to read the document that a person should know (an encoding guessed).
    package var notes: [String] = []

    package init(postings: [RawPosting] = [], problems: [SourceRecordProblem] = []) {
        self.postings = postings
        self.problems = problems
    }
}

/// One record skipped, with where it was so a person can find it in the source.
package struct SourceRecordProblem: Sendable, Equatable, CustomStringConvertible {
    /// 1-based: the record's position in the document (array element, feed item,
    /// CSV data row), or the line number for `file:` JSON Lines.
    package var position: Int
    /// The record's own id when it had one.
    package var recordID: String?
    package var reason: String

    package init(position: Int, recordID: String? = nil, reason: String) {
        self.position = position
        self.recordID = recordID
        self.reason = reason
    }

    package var description: String {
        "record \(position)" + (recordID.map { " (\($0))" } ?? "") + ": " + reason
    }
}
