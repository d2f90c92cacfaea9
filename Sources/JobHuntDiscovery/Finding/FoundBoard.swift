// What `discover company` found: a source to read, how many postings it had, and where it was seen.
import Foundation

/// One board a company publishes.
package struct FoundBoard: Codable, Sendable, Equatable {
    /// How the board was found.
    package enum Evidence: String, Codable, Sendable {
        /// The board API answered for a guessed name.
        case api
        /// The careers page links to the hosted board.
        case link
        /// The careers page itself carries schema.org JobPostings.
        case jsonld
    }

    /// `KIND:ARG`, as `discover --source` and saved searches take it.
    package var source: String
    package var postings: Int
    package var evidence: Evidence

    package init(source: String, postings: Int, evidence: Evidence) {
        self.source = source
        self.postings = postings
        self.evidence = evidence
    }
}

/// The answer to one query, as cached.
package struct BoardSearchResult: Codable, Sendable, Equatable {
    package var query: String
    package var boards: [FoundBoard]
    /// Requests this search made (0 when the answer came from the cache).
    package var requests: Int
    package var cached: Bool
}
