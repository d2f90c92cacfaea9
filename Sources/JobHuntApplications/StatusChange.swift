// What `status set` (and `withdraw`) asks for: the next status and the
// details that go with it, checked against the application it changes.
import Foundation
import JobHuntKernel

/// One change to an application: a new status (or the same one with new
/// details) and what came with it.
package struct StatusChange: Sendable {
    package var status: ApplicationStatus
    package var note: String?
    /// When it happened; now when nil. Never in the future.
    package var date: Date?
    /// Interviews to add (only with `interviewed`).
    package var interviews: [Date]
    /// A line about the interviews, kept in the history row.
    package var interviewNote: String?
    /// Only with `offered`.
    package var offerSalary: Int?
    /// Only with `offered`; merged into the stored details key by key.
    package var offerDetails: [String: String]
    /// Only with `rejected`.
    package var reason: String?
    package var followUp: CalendarDate?
    /// Allows a move `ApplicationStatus.allowedNext` refuses (a correction).
    package var force: Bool
    package var changedBy: StatusChanger

    package init(
        status: ApplicationStatus, note: String? = nil, date: Date? = nil, interviews: [Date] = [],
        interviewNote: String? = nil, offerSalary: Int? = nil, offerDetails: [String: String] = [:],
        reason: String? = nil, followUp: CalendarDate? = nil, force: Bool = false, changedBy: StatusChanger = .user
    ) {
        self.status = status
        self.note = note
        self.date = date
        self.interviews = interviews
        self.interviewNote = interviewNote
        self.offerSalary = offerSalary
        self.offerDetails = offerDetails
        self.reason = reason
        self.followUp = followUp
        self.force = force
        self.changedBy = changedBy
    }

    /// True when something besides the status changes, so setting the same
    /// status again records it (another interview round, a new offer figure).
    var hasDetails: Bool {
        note != nil || !interviews.isEmpty || interviewNote != nil || offerSalary != nil || !offerDetails.isEmpty
            || reason != nil || followUp != nil
    }

    /// Checks the change on its own and against `current`, before any write.
    func check(against current: Application, now: Date) throws {
        if !interviews.isEmpty || interviewNote != nil, status != .interviewed {
            throw JobHuntError.applicationInvalid(
                "interview_dates", "interviews go with the interviewed status, not \(status)",
                remedy: "set the status to interviewed")
        }
        if interviewNote != nil, interviews.isEmpty {
            throw JobHuntError.applicationInvalid(
                "interview_dates", "an interview note needs an interview", remedy: "give the interview's time too")
        }
        if offerSalary != nil || !offerDetails.isEmpty, status != .offered {
            throw JobHuntError.applicationInvalid(
                "offer_salary", "offer details go with the offered status, not \(status)",
                remedy: "set the status to offered")
        }
        if let offerSalary, offerSalary < 0 {
            throw JobHuntError.applicationInvalid("offer_salary", "\(offerSalary) is negative")
        }
        for key in offerDetails.keys where key.trimmingCharacters(in: .whitespaces).isEmpty {
            throw JobHuntError.applicationInvalid(
                "offer_details", "an offer detail has no key", remedy: "write KEY=VALUE")
        }
        if let reason {
            guard status == .rejected else {
                throw JobHuntError.applicationInvalid(
                    "rejection_reason", "a reason goes with the rejected status, not \(status)",
                    remedy: "set the status to rejected")
            }
            try ApplicationRules.text(reason, field: "rejection_reason", limit: 500)
        }
        if let note { try ApplicationRules.note(note) }
        if let date { try ApplicationRules.notInFuture(date, field: "date", now: now) }
        if status == current.status {
            guard hasDetails else { throw JobHuntError.applicationTransition(current, to: status) }
        } else if !force, !current.status.allows(status) {
            throw JobHuntError.applicationTransition(current, to: status)
        }
    }

    /// The history row's text: the note, each interview, a rejection's reason,
    /// and whether the move was forced.
    func historyNote(from previous: ApplicationStatus) -> String? {
        var parts: [String] = []
        if let note { parts.append(note.trimmingCharacters(in: .whitespacesAndNewlines)) }
        for interview in interviews.sorted() {
            var line = "interview \(ApplicationTime.text(interview))"
            if let interviewNote { line += ": \(interviewNote)" }
            parts.append(line)
        }
        if let offerSalary { parts.append("offer \(offerSalary)") }
        if let reason { parts.append("reason: \(reason)") }
        if let followUp { parts.append("follow up \(followUp)") }
        if previous != status, !previous.allows(status) { parts.append("forced from \(previous)") }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
