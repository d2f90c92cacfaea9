// A checked change applied to the application it changes: the columns that
// follow a status (`last_status_update`, `submitted_at`) and the details.
import Foundation
import JobHuntKernel

extension StatusChange {
    /// `current` as it is after this change, at `now` (or `date`).
    func applied(to current: Application, now: Date) -> Application {
        var next = current
        let when = date ?? now
        next.status = status
        next.lastStatusUpdate = when
        next.updatedAt = now
        if status == .pending {
            // Forced back to pending: it was not sent after all.
            next.submittedAt = nil
        } else if status == .submitted, current.status == .pending || date != nil {
            next.submittedAt = when
        } else if status.impliesSubmission, next.submittedAt == nil {
            next.submittedAt = when
        }
        if !interviews.isEmpty {
            next.interviewDates = Array(Set(current.interviewDates + interviews)).sorted()
        }
        if let offerSalary { next.offerSalary = offerSalary }
        if !offerDetails.isEmpty {
            next.offerDetails = (current.offerDetails ?? [:]).merging(offerDetails) { $1 }
        }
        if let reason { next.rejectionReason = reason.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let followUp { next.followUpDate = followUp }
        return next
    }
}
