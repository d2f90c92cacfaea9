// Sends one application through a channel the employer offers, after the
// checks a person would make, and records exactly what went out.
import Foundation
import JobHuntApplications
internal import JobHuntDatabase
import JobHuntKernel

/// Submits the acting user's applications.
///
/// The order of a submission, each step in its own transaction:
/// 1. `prepare`: the application must be pending and never sent; its
///    documents are read and must be approved (or the person confirmed);
///    the channel builds exactly what it will send; pacing is checked.
///    A dry run stops here and writes nothing.
/// 2. claim: a `submissions` row in state `sending` is inserted after
///    checking, in the same transaction, that none exists; the unique index
///    on `application_id` stops a second process. Nothing is ever sent twice.
/// 3. send, outside any transaction (it talks to a server).
/// 4. success: the application moves to `submitted` (method, `submitted_at`,
///    a history row by `system`) and the row becomes `sent` with the receipt.
///    Failure: the claim is removed, the application stays pending with the
///    error in its history, and an `automation_tasks` row
///    (`application_submission`) lets the worker retry.
///
/// ```swift
/// let service = SubmissionService(services: services, channels: [ManualChannel(), EmailChannel(settings: smtp)])
/// let outcome = try service.submit(SubmissionRequest(application: "7c1e9a20", channel: .email, confirmed: true), for: user)
/// ```
package struct SubmissionService {
    let services: Services
    let channels: [SubmissionChannelKind: any SubmissionChannel]
    /// `submission.min_interval_seconds`: at most one submission per platform in this many seconds.
    let minimumInterval: Int

    package init(services: Services, channels: [any SubmissionChannel], minimumInterval: Int = 60) {
        self.services = services
        self.channels = Dictionary(channels.map { ($0.kind, $0) }) { first, _ in first }
        self.minimumInterval = max(0, minimumInterval)
    }

    var applications: ApplicationService { ApplicationService(services: services) }

    /// What `submit` would send, checked, with nothing written: the dry run
    /// and the preview a person confirms.
    package func prepare(_ request: SubmissionRequest, for user: ActingUser) throws -> SubmissionPlan {
        guard let channel = channels[request.channel] else {
            throw JobHuntError.submissionChannelUnavailable(
                request.channel, "this jobhunt cannot submit this way",
                remedy: "submit by hand with \(.submitApplication(application: request.application, via: "manual"))")
        }
        let db = try services.store.database()
        let now = services.now()
        let application = try applications.application(request.application, userID: user.user.id, on: db)
        try checkNotSent(application, channel: request.channel, now: now, db: db)
        let (documents, warnings) = try SubmissionDocuments(services: services).load(
            applicationID: application.id, userID: user.user.id, ownerName: Self.name(of: user.user), db: db)
        var plan = SubmissionPlan(
            application: application, channel: request.channel, documents: documents, recipient: nil, platform: nil,
            message: nil, payload: nil, payloadSHA256: nil, now: now, waitSeconds: 0, warnings: warnings,
            answers: request.answers, sender: user.user)
        try channel.prepare(&plan, request: request, sender: user.user)
        // A dry run shows what is not approved (`plan.unapproved`) instead of refusing.
        if !request.confirmed, !request.dryRun, !plan.unapproved.isEmpty {
            throw JobHuntError.submissionNotApproved(application, documents: plan.unapproved)
        }
        plan.waitSeconds = try wait(platform: plan.platform, userID: user.user.id, now: now, db: db)
        return plan
    }

    /// Sends the application, or with `dryRun` only prepares it; returns
    /// what was (or would be) sent and, after a send, the record.
    package func submit(_ request: SubmissionRequest, for user: ActingUser) throws -> SubmissionOutcome {
        let plan = try prepare(request, for: user)
        guard let channel = channels[request.channel] else { preconditionFailure("prepare checked the channel") }
        if request.dryRun {
            return SubmissionOutcome(
                plan: plan, record: nil, application: plan.application, rehearsal: try channel.rehearse(plan))
        }
        if plan.waitSeconds > 0, let platform = plan.platform {
            throw JobHuntError.submissionPaced(platform: platform, wait: plan.waitSeconds, interval: minimumInterval)
        }
        let db = try services.store.database()
        let claim = try claim(plan, userID: user.user.id, db: db)
        let receipt: SubmissionReceipt
        do {
            receipt = try channel.send(plan)
        } catch let stop as JobHuntError where stop.code == .submissionNeedsAnswers || stop.code == .submissionBlocked {
            // Only the person can go on: no retry task, the reason in history.
            try recordFailure(
                plan, claim: claim, request: request, error: stop, userID: user.user.id, retry: false, db: db)
            applications.invalidatePipelineSummary(userID: user.user.id)
            throw stop
        } catch {
            try recordFailure(
                plan, claim: claim, request: request, error: error, userID: user.user.id,
                retry: request.queuesRetryTask, db: db)
            applications.invalidatePipelineSummary(userID: user.user.id)
            throw JobHuntError.submissionFailed(plan.application, channel: plan.channel, error: error)
        }
        let (record, application) = try recordSuccess(plan, claim: claim, receipt: receipt, db: db)
        applications.invalidatePipelineSummary(userID: user.user.id)
        return SubmissionOutcome(plan: plan, record: record, application: application)
    }

    /// The submission record of an application, if it was ever sent or is being sent.
    package func record(of reference: String, for user: ActingUser) throws -> SubmissionRecord? {
        let db = try services.store.database()
        let application = try applications.application(reference, userID: user.user.id, on: db)
        return try existing(application.id, userID: user.user.id, db: db)
    }

    /// `First Last`, else the part of the e-mail address before the `@`.
    static func name(of user: UserAccount) -> String {
        let name = [user.firstName, user.lastName].compactMap { $0?.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        return name.isEmpty ? String(user.email.prefix { $0 != "@" }) : name
    }
}

/// What `submit` did: the plan, and after a send the record and the
/// application as it now is.
package struct SubmissionOutcome: Sendable {
    package var plan: SubmissionPlan
    /// Nil for a dry run.
    package var record: SubmissionRecord?
    package var application: Application
    /// A dry run's rehearsal by the channel (the browser's filled form), when it has one.
    package var rehearsal: SubmissionReceipt? = nil
}
