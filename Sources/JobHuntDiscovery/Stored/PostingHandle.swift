// The short name a posting goes by in lists: the end of its id, because
// time-ordered (version 7) ids share their first characters.
import Foundation
import JobHuntKernel

/// What `discover list`, `match` and `find` print for a posting and what
/// `discover show` accepts back.
///
/// Posting ids are UUIDv7: the first 12 hex digits are the creation time, so
/// postings stored by one run agree on their first eight characters and a
/// git-style prefix names none of them. The last group is random, so its
/// final eight digits tell postings apart; a prefix of the full id still works.
package enum PostingHandle {
    package static let length = 8

    package static func short(_ id: UUID) -> String {
        String(id.uuidString.lowercased().suffix(length))
    }
}
