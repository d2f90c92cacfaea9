// What `status add` asks for, checked before anything is written.
import Foundation
import JobHuntKernel

/// An application to start tracking: from a stored posting, or from scratch
/// for one made elsewhere.
package struct NewApplication: Sendable {
    package enum Source: Sendable {
        /// A stored posting, named as `discover list` prints it (id, handle,
        /// PLATFORM:EXTERNAL_ID or URL); company, title and URL come from it.
        case posting(String)
        /// An application made outside jobhunt.
        case scratch(company: String, title: String, url: String?)
    }

    package var source: Source
    package var status: ApplicationStatus
    package var method: ApplicationMethod?
    /// When it was submitted; now when nil and the status implies submission.
    package var submittedAt: Date?
    package var note: String?
    package var followUp: CalendarDate?
    package var changedBy: StatusChanger

    package init(
        source: Source, status: ApplicationStatus = .pending, method: ApplicationMethod? = nil,
        submittedAt: Date? = nil, note: String? = nil, followUp: CalendarDate? = nil,
        changedBy: StatusChanger = .user
    ) {
        self.source = source
        self.status = status
        self.method = method
        self.submittedAt = submittedAt
        self.note = note
        self.followUp = followUp
        self.changedBy = changedBy
    }

    /// The rules that need no database: a pending application has no
    /// submission date, and no date is in the future.
    func check(now: Date) throws {
        if let submittedAt {
            if status == .pending {
                throw JobHuntError.applicationInvalid(
                    "submitted_at", "a pending application has not been submitted",
                    remedy: "leave out the date, or give the status it reached (submitted)")
            }
            try ApplicationRules.notInFuture(submittedAt, field: "submitted_at", now: now)
        }
        if case .scratch(let company, let title, let url) = source {
            try ApplicationRules.text(company, field: "company_name", limit: 255)
            try ApplicationRules.text(title, field: "job_title", limit: 300)
            if let url { try ApplicationRules.url(url) }
        }
        if let note { try ApplicationRules.note(note) }
    }
}
