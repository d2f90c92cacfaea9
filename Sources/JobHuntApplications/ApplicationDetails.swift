// `status show`: one application with its posting, its history and what is
// due, written by `--json` as the application's columns plus those three.
import Foundation
internal import JobHuntDatabase
import JobHuntDiscovery
import JobHuntKernel

/// An application and everything about it.
///
/// `add`, `set`, `note`, `withdraw` and `show` all print this, so a script
/// reads one shape whatever it ran.
package struct ApplicationDetails: Sendable, Encodable {
    package var application: Application
    /// The posting it was made from, while it is stored.
    package var posting: StoredPosting?
    /// Oldest first; the first row is the creation.
    package var history: [StatusHistoryEntry]
    /// What needs doing about it now (a follow-up due, interviews coming).
    package var due: DueReasons

    enum ExtraKeys: String, CodingKey {
        case posting, history
        case dueFollowUp = "due_follow_up"
        case dueInterviews = "due_interviews"
    }

    /// The application's columns, then `posting`, `history` and what is due.
    package func encode(to encoder: any Encoder) throws {
        try application.encode(to: encoder)
        var c = encoder.container(keyedBy: ExtraKeys.self)
        try c.encode(posting, forKey: .posting)
        try c.encode(history, forKey: .history)
        try due.encode(into: &c)
    }
}

/// Why an application needs action: a follow-up date reached, interviews soon.
package struct DueReasons: Sendable, Equatable {
    /// The follow-up date when it is today or past.
    package var followUp: CalendarDate?
    /// Interviews from now to the end of the look-ahead window, earliest first.
    package var interviews: [Date]

    /// How far ahead `status due` and the overview look for interviews.
    package static let interviewWindow: TimeInterval = 7 * 86_400

    package var isEmpty: Bool { followUp == nil && interviews.isEmpty }

    /// What is due about `application` at `now`. Closed applications
    /// (rejected, withdrawn) need nothing.
    package init(_ application: Application, now: Date) {
        guard !application.status.isClosed else {
            self.init(followUp: nil, interviews: [])
            return
        }
        let today = CalendarDate(utcDayOf: now)
        let end = now.addingTimeInterval(Self.interviewWindow)
        self.init(
            followUp: application.followUpDate.flatMap { $0 <= today ? $0 : nil },
            interviews: application.interviewDates.filter { $0 >= now && $0 <= end })
    }

    package init(followUp: CalendarDate?, interviews: [Date]) {
        self.followUp = followUp
        self.interviews = interviews
    }

    func encode(into c: inout KeyedEncodingContainer<ApplicationDetails.ExtraKeys>) throws {
        try c.encode(followUp?.description, forKey: .dueFollowUp)
        try c.encode(interviews, forKey: .dueInterviews)
    }
}

/// An application that needs action, for `status` and `status due`.
package struct ActionItem: Sendable, Encodable {
    package var application: Application
    package var due: DueReasons

    package func encode(to encoder: any Encoder) throws {
        try application.encode(to: encoder)
        var c = encoder.container(keyedBy: ApplicationDetails.ExtraKeys.self)
        try due.encode(into: &c)
    }
}

extension ApplicationService {
    func details(_ id: UUID, userID: UUID) throws -> ApplicationDetails {
        let db = try services.store.database()
        let application = try resolve(id.uuidString, userID: userID, db: db)
        let posting = application.jobPostingID.flatMap { id in
            try? PostingLookup(db: db).posting(id.uuidString)
        }
        return ApplicationDetails(
            application: application, posting: posting, history: try history(of: application.id, db: db),
            due: DueReasons(application, now: services.now()))
    }
}
