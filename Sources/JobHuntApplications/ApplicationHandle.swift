// The short name an application goes by in lists, as postings have theirs.
import Foundation

/// What `status list` prints for an application and what every `status`
/// command accepts back.
///
/// Application ids are version-7 UUIDs (time first), so applications added
/// in one session share their first characters and their last 8 tell them
/// apart, exactly as for postings (`discover list`). A unique start or end of
/// the id, 4 characters or more, names one too.
package enum ApplicationHandle {
    package static let length = 8
    /// The shortest prefix or suffix accepted, as for postings and experiences.
    package static let minimumLength = 4

    package static func short(_ id: UUID) -> String {
        String(id.uuidString.lowercased().suffix(length))
    }
}
