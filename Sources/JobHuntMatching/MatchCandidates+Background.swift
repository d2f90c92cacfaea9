// The full-text candidates of a match on a SQLite file, queried on a second
// connection and thread while the main thread searches the vectors.
import Foundation
internal import JobHuntDatabase

/// The lexical candidates of one match: started before the vector search,
/// collected after it.
///
/// On a SQLite file the bm25 query over the profile's phrases (about 9 ms of
/// a cold `discover match` on 100k postings, issue 20) needs nothing the vector
/// search computes, so it runs on its own connection on a global-queue thread
/// while the main thread reads the profile vectors and scans the vector file:
/// wall time gained on a free core, the same CPU. WAL lets the two connections
/// read at once, and a match writes no posting, so both see the same rows and
/// the ids are exactly those the main connection would have found.
/// An in-memory database (private to its connection) and PostgreSQL run the
/// query on the main connection when the ids are asked for, as before; so does
/// a file whose second connection cannot be opened.
final class PendingLexical: @unchecked Sendable {
    private let candidates: MatchCandidates
    private let terms: [String]
    private let skills: [String]
    private let limit: Int
    private let group = DispatchGroup()
    /// Set on the background thread before `group.leave()`; nil when it did not run.
    private var background: Result<[UUID], any Error>?

    /// Starts the query on another thread when `candidates.db` is a SQLite file.
    init(_ candidates: MatchCandidates, terms: [String], skills: [String], limit: Int) {
        self.candidates = candidates
        self.terms = terms
        self.skills = skills
        self.limit = limit
        guard limit > 0, candidates.db.dialect == .sqlite, candidates.db.location.sqlitePath != nil else { return }
        let location = candidates.db.location
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            defer { group.leave() }
            // A connection that cannot be opened leaves `background` nil: `ids` then asks the main one.
            guard let second = try? Database(location: location) else { return }
            background = Result {
                try MatchCandidates(db: second, scope: self.candidates.scope).lexical(
                    terms: terms, skills: skills, limit: limit)
            }
        }
    }

    /// The lexical candidates' ids, best first: the background query's answer
    /// (waiting for it), or the main connection's.
    func ids() throws -> [UUID] {
        group.wait()
        if let background { return try background.get() }
        return try candidates.lexical(terms: terms, skills: skills, limit: limit)
    }
}
