// The acting user's application for one posting, for features that prepare
// an application (`apply`) and must find the one already tracked.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

extension ApplicationService {
    /// The user's application for the stored posting `postingID`, nil when there is none.
    package func application(forPosting postingID: UUID, for user: ActingUser) throws -> Application? {
        try applicationForPosting(postingID, userID: user.user.id, db: try services.store.database())
    }
}
