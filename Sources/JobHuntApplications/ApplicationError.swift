// The application tracker's error codes, each naming what is wrong and how to
// fix it; commands are hints the CLI spells.
import Foundation
import JobHuntKernel

extension JobHuntError.Code {
    /// No application of the acting user matches the reference (another user's is "not found" too).
    package static let applicationNotFound = Self("applicationNotFound")
    /// A short id matches several of the acting user's applications.
    package static let applicationAmbiguous = Self("applicationAmbiguous")
    /// A value breaks a rule: a date in the future, a negative salary, an empty title.
    package static let applicationInvalidValue = Self("applicationInvalidValue")
    /// The user already tracks an application for this posting.
    package static let applicationDuplicate = Self("applicationDuplicate")
    /// The status cannot follow the current one without `--force`.
    package static let applicationTransitionRefused = Self("applicationTransitionRefused")
}

extension JobHuntError {
    static func applicationInvalid(_ field: String, _ problem: String, remedy: Remedy? = nil) -> JobHuntError {
        JobHuntError(.applicationInvalidValue, field: field, problem, remedy: remedy)
    }

    static func applicationNotFound(_ reference: String) -> JobHuntError {
        JobHuntError(
            .applicationNotFound, "no application matches '\(reference)'",
            remedy: "give the handle \(.listApplications) prints, or a longer part of the id")
    }

    /// Names the candidates (at most five) so the person can pick one.
    static func applicationAmbiguous(_ reference: String, candidates: [Application], count: Int) -> JobHuntError {
        let shown = candidates.prefix(5).map { "\($0.handle) (\($0.jobTitle) at \($0.companyName))" }
        let more = count > shown.count ? ", …" : ""
        return JobHuntError(
            .applicationAmbiguous,
            "'\(reference)' matches \(count) applications: \(shown.joined(separator: ", "))\(more)",
            remedy: "give more characters of the id")
    }

    static func applicationDuplicate(_ existing: Application) -> JobHuntError {
        JobHuntError(
            .applicationDuplicate,
            "you already track an application for this posting: \(existing.handle) (\(existing.jobTitle) at \(existing.companyName), \(existing.status))",
            remedy: "change it with \(.setApplicationStatus(application: existing.handle))")
    }

    static func applicationTransition(
        _ application: Application, to next: ApplicationStatus
    ) -> JobHuntError {
        let from = application.status
        let allowed =
            from.allowedNext.isEmpty
            ? "nothing leaves \(from)"
            : "from \(from) it can become \(from.allowedNext.map(\.rawValue).joined(separator: ", "))"
        let problem =
            from == next
            ? "\(application.handle) is already \(from) and nothing else changes"
            : "\(application.handle) cannot go from \(from) to \(next): \(allowed)"
        return JobHuntError(
            .applicationTransitionRefused, problem,
            remedy: from == next
                ? "give what changed (a note, an interview, a follow-up date)"
                : "to correct the record anyway, run \(.forceApplicationStatus(application: application.handle, status: next.rawValue))"
        )
    }
}
