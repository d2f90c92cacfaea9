// `application_submission` on the worker: a send that failed (or one queued
// with `tasks add`) tried again through the same SubmissionService as
// `apply submit`. The service claims the application inside a transaction
// before it sends, so a retried task never sends twice; a task for an
// application already sent completes without sending.
import Foundation
import JobHuntApplications
import JobHuntKernel
import JobHuntSubmission
import JobHuntTasks

/// Submits the task's application by e-mail or through the browser.
struct SubmissionTaskHandler: TaskHandler {
    /// Builds the service with every channel from the worker's settings.
    let makeService: @Sendable () throws -> SubmissionService

    var type: TaskType { .applicationSubmission }
    var summary: String {
        "Send the application for --app APP with channel=email|browser (recipient=…, body=…); unapproved"
            + " documents only with confirmed=true"
    }

    func validate(_ request: TaskRequest, services: Services) throws {
        try ApplicationTaskCheck.requireApplication(request, services: services, type: type)
        guard let channel = request.config["channel"], !channel.isEmpty else {
            throw JobHuntError.taskInvalidConfig("application_submission needs channel=email or channel=browser")
        }
        guard let kind = SubmissionChannelKind(rawValue: channel), kind != .manual else {
            throw JobHuntError.taskInvalidConfig(
                "channel=\(channel) cannot run unattended: use email or browser (a manual send needs you there)")
        }
    }

    func run(_ task: AutomationTask, as request: TaskRequest, services: Services) throws -> String {
        guard let applicationID = request.applicationID,
            let channel = request.config["channel"].flatMap(SubmissionChannelKind.init(rawValue:))
        else { throw PermanentTaskError("application_submission needs an application and a channel") }
        var submission = SubmissionRequest(
            application: applicationID.uuidString, channel: channel,
            confirmed: request.config["confirmed"] == "true", recipient: request.config["recipient"],
            body: request.config["body"])
        submission.queuesRetryTask = false
        let outcome: SubmissionOutcome
        do {
            outcome = try makeService().submit(submission, for: request.user)
        } catch let error as JobHuntError where error.code == .submissionAlreadySent {
            return #"{"already_sent":true}"#
        } catch let error as JobHuntError where Self.permanent.contains(error.code) {
            throw PermanentTaskError(error)
        }
        return try Self.result(outcome)
    }

    /// What only the person can change: approval, questions, a CAPTCHA, the application's state.
    static let permanent: Set<JobHuntError.Code> = [
        .submissionNotPending, .submissionNotApproved, .submissionIncomplete, .submissionChannelUnavailable,
        .submissionNeedsAnswers, .submissionBlocked, .applicationNotFound,
    ]

    /// `result_data`: the submission row's id, where it went and the channel's receipt.
    static func result(_ outcome: SubmissionOutcome) throws -> String {
        var result: [String: String] = ["channel": outcome.plan.channel.rawValue]
        if let record = outcome.record {
            result["submission_id"] = record.id.uuidString.lowercased()
            result["recipient"] = record.recipient
            result["receipt"] = record.receipt
        }
        return try JSONWriter.encode(result)
    }
}
