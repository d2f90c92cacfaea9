// Submission's error codes, each naming what is wrong and how to fix it;
// commands are hints the CLI spells.
import Foundation
import JobHuntApplications
import JobHuntKernel

extension JobHuntError.Code {
    /// Only pending applications are sent; this one is further along.
    package static let submissionNotPending = Self("submissionNotPending")
    /// It was sent before (a `submissions` row says so); it is never sent twice.
    package static let submissionAlreadySent = Self("submissionAlreadySent")
    /// Another run is sending it now, or one stopped halfway.
    package static let submissionInProgress = Self("submissionInProgress")
    /// A document to send was not approved and the person did not confirm.
    package static let submissionNotApproved = Self("submissionNotApproved")
    /// Something the channel needs is missing: a recipient, a résumé, a body.
    package static let submissionIncomplete = Self("submissionIncomplete")
    /// The platform had a submission less than `submission.min_interval_seconds` ago.
    package static let submissionPaced = Self("submissionPaced")
    /// The channel is not available in this build or not configured.
    package static let submissionChannelUnavailable = Self("submissionChannelUnavailable")
    /// The send failed; the application stays pending and a retry is queued.
    package static let submissionFailed = Self("submissionFailed")
    /// The form asks questions only the person can answer; they are listed.
    package static let submissionNeedsAnswers = Self("submissionNeedsAnswers")
    /// The page showed a CAPTCHA or turned the browser away; the person finishes by hand.
    package static let submissionBlocked = Self("submissionBlocked")
}

extension JobHuntError {
    static func submissionNotPending(_ application: Application) -> JobHuntError {
        JobHuntError(
            .submissionNotPending,
            "\(application.handle) is \(application.status), and only pending applications are sent",
            remedy: "see its history with \(.applicationHistory(application: application.handle))")
    }

    static func submissionAlreadySent(_ application: Application, record: SubmissionRecord) -> JobHuntError {
        let when = record.submittedAt.map { " on \(ISO8601DateFormatter().string(from: $0))" } ?? ""
        let to = record.recipient.map { " to \($0)" } ?? ""
        return JobHuntError(
            .submissionAlreadySent,
            "\(application.handle) was already submitted by \(record.channel.rawValue)\(to)\(when); it is never sent twice",
            remedy: "see it with \(.applicationHistory(application: application.handle))")
    }

    static func submissionInProgress(_ application: Application, since: Date, stale: Bool) -> JobHuntError {
        let when = ISO8601DateFormatter().string(from: since)
        return stale
            ? JobHuntError(
                .submissionInProgress,
                "a send of \(application.handle) started at \(when) and never finished, so it may have gone out",
                remedy:
                    "check your sent mail; if it went out, or once you sent it yourself, record it with \(.submitApplication(application: application.handle, via: "manual"))"
            )
            : JobHuntError(
                .submissionInProgress, "\(application.handle) is being sent by another run since \(when)",
                remedy: "wait for it to finish")
    }

    static func submissionNotApproved(_ application: Application, documents: [SubmissionDocument]) -> JobHuntError {
        let names = documents.map(\.kind.label).joined(separator: " and ")
        return JobHuntError(
            .submissionNotApproved,
            "the \(names) of \(application.handle) \(documents.count == 1 ? "is" : "are") not approved",
            remedy:
                "read and approve with \(.approveApplication(application: application.handle)), or confirm this send (--yes)"
        )
    }

    static func submissionIncomplete(_ field: String, _ problem: String, remedy: Remedy) -> JobHuntError {
        JobHuntError(.submissionIncomplete, field: field, problem, remedy: remedy)
    }

    static func submissionPaced(platform: String, wait: Int, interval: Int) -> JobHuntError {
        JobHuntError(
            .submissionPaced,
            "another application went to \(platform) less than \(interval)s ago, and submissions to one place keep a human pace",
            remedy: "try again in \(wait)s (submission.min_interval_seconds sets the interval)")
    }

    static func submissionChannelUnavailable(_ channel: SubmissionChannelKind, _ why: String, remedy: Remedy)
        -> JobHuntError
    {
        JobHuntError(.submissionChannelUnavailable, "--via \(channel.rawValue): \(why)", remedy: remedy)
    }

    static func submissionNeedsAnswers(_ application: Application, questions: [String]) -> JobHuntError {
        JobHuntError(
            .submissionNeedsAnswers,
            "the form for \(application.handle) asks what only you can answer: \(questions.joined(separator: "; "))",
            remedy:
                "answer with --answer 'QUESTION=ANSWER' (repeatable), or finish by hand with \(.submitApplication(application: application.handle, via: "manual"))"
        )
    }

    static func submissionBlocked(_ application: Application, why: String) -> JobHuntError {
        JobHuntError(
            .submissionBlocked,
            "the form for \(application.handle) stopped the browser (\(why)); jobhunt never solves CAPTCHAs",
            remedy:
                "finish it yourself in a browser, then record it with \(.submitApplication(application: application.handle, via: "manual"))"
        )
    }

    static func submissionFailed(_ application: Application, channel: SubmissionChannelKind, error: any Error)
        -> JobHuntError
    {
        let problem = (error as? any DescribedError)?.problem ?? "\(error)"
        return JobHuntError(
            .submissionFailed,
            "\(application.handle) was not sent by \(channel.rawValue): \(problem); it stays pending and a retry is queued",
            remedy: (error as? any DescribedError)?.remedy
                ?? "run \(.submitApplication(application: application.handle, via: channel.rawValue)) again")
    }
}
