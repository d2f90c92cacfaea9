// The writes around a send: the claim before it, the record after it, and
// what is left for a retry when it fails.
import Foundation
import JobHuntApplications
internal import JobHuntDatabase
import JobHuntKernel

extension SubmissionService {
    /// A `sending` row older than this belongs to a run that stopped halfway.
    static let staleAfter: TimeInterval = 15 * 60

    func existing(_ applicationID: UUID, userID: UUID, db: Database) throws -> SubmissionRecord? {
        try db.queryOne(
            """
            SELECT \(sql: SubmissionRecord.columns) FROM submissions
            WHERE application_id = \(applicationID) AND user_id = \(userID)
            """
        ).map(SubmissionRecord.decode)
    }

    /// Refuses an application that is not pending, was sent, or is being
    /// sent. A manual submission may take over a send that stopped halfway:
    /// the person says it went out.
    func checkNotSent(_ application: Application, channel: SubmissionChannelKind, now: Date, db: Database) throws {
        if let record = try existing(application.id, userID: application.userID, db: db) {
            switch record.state {
            case .sent:
                throw JobHuntError.submissionAlreadySent(application, record: record)
            case .sending:
                let stale = now.timeIntervalSince(record.startedAt) > Self.staleAfter
                if !(stale && channel == .manual) {
                    throw JobHuntError.submissionInProgress(application, since: record.startedAt, stale: stale)
                }
            }
        }
        guard application.status == .pending else { throw JobHuntError.submissionNotPending(application) }
    }

    /// Seconds until `platform` may get the next submission of this user.
    func wait(platform: String?, userID: UUID, now: Date, db: Database) throws -> Int {
        guard let platform, minimumInterval > 0 else { return 0 }
        guard
            let last = try db.queryOne(
                """
                SELECT started_at FROM submissions WHERE user_id = \(userID) AND platform = \(platform)
                ORDER BY started_at DESC LIMIT 1
                """)
        else { return 0 }
        let elapsed = now.timeIntervalSince(try last.get("started_at", as: Date.self))
        return elapsed >= Double(minimumInterval) ? 0 : Int((Double(minimumInterval) - max(0, elapsed)).rounded(.up))
    }

    /// Inserts the `sending` row after checking, in the same transaction,
    /// that the application is still pending and unsent.
    func claim(_ plan: SubmissionPlan, userID: UUID, db: Database) throws -> SubmissionRecord {
        let record = SubmissionRecord(
            id: UUID(), userID: userID, applicationID: plan.application.id, channel: plan.channel, state: .sending,
            platform: plan.platform, recipient: plan.recipient,
            documents: plan.documents.map(SubmissionRecord.Document.init),
            receipt: nil, receiptData: nil, messageSHA256: plan.payloadSHA256, screenshotURL: nil, startedAt: plan.now,
            submittedAt: nil)
        do {
            return try db.writeTransaction { db in
                let current = try applications.application(plan.application.id.uuidString, userID: userID, on: db)
                try checkNotSent(current, channel: plan.channel, now: plan.now, db: db)
                let wait = try wait(platform: plan.platform, userID: userID, now: plan.now, db: db)
                if wait > 0, let platform = plan.platform {
                    throw JobHuntError.submissionPaced(platform: platform, wait: wait, interval: minimumInterval)
                }
                // A manual submission taking over a send that stopped halfway.
                try db.execute(
                    "DELETE FROM submissions WHERE application_id = \(current.id) AND user_id = \(userID) AND state = 'sending'"
                )
                try db.execute(
                    "INSERT INTO submissions (\(sql: SubmissionRecord.columns)) VALUES \(list: record.values)")
                return record
            }
        } catch let error as DatabaseError where error.constraint == "unique_submission_application" {
            // Another process claimed it between our check and insert.
            throw JobHuntError.submissionInProgress(plan.application, since: plan.now, stale: false)
        }
    }

    /// After the channel said yes: the application becomes submitted and the
    /// row `sent`, with the receipt, in one transaction; retries still
    /// queued for it are done.
    func recordSuccess(_ plan: SubmissionPlan, claim: SubmissionRecord, receipt: SubmissionReceipt, db: Database)
        throws -> (SubmissionRecord, Application)
    {
        let now = services.now()
        var record = claim
        record.state = .sent
        record.receipt = receipt.response
        record.receiptData = receipt.data.isEmpty ? nil : receipt.data
        record.screenshotURL = receipt.data["screenshot"]
        record.submittedAt = now
        let application = try db.writeTransaction { db in
            let current = try applications.application(plan.application.id.uuidString, userID: claim.userID, on: db)
            let to = plan.recipient.map { " to \($0)" } ?? ""
            let note = "submitted by \(plan.channel.rawValue)\(to): \(receipt.response)"
            let submitted = try applications.markSubmitted(
                current, method: plan.channel.method, note: note, by: .system, at: now, on: db)
            try db.execute(
                """
                UPDATE submissions SET state = 'sent', receipt = \(record.receipt),
                    receipt_data = \(try record.receiptData.map { try JSONText(encoding: $0) }),
                    screenshot_url = \(record.screenshotURL), submitted_at = \(now)
                WHERE id = \(claim.id) AND user_id = \(claim.userID)
                """)
            try db.execute(
                """
                UPDATE automation_tasks SET status = 'completed', completed_at = \(now), updated_at = \(now)
                WHERE user_id = \(claim.userID) AND application_id = \(current.id)
                  AND task_type = 'application_submission' AND status = 'pending'
                """)
            return submitted
        }
        return (record, application)
    }

    /// After the channel failed: no claim, a history note with the error,
    /// and one pending `application_submission` task for the worker (an
    /// earlier one is updated, not doubled).
    func recordFailure(
        _ plan: SubmissionPlan, claim: SubmissionRecord, request: SubmissionRequest, error: any Error, userID: UUID,
        retry: Bool = true, db: Database
    ) throws {
        let now = services.now()
        let problem = (error as? any DescribedError)?.problem ?? "\(error)"
        var config: [String: String] = [
            "application_id": plan.application.id.uuidString.lowercased(), "channel": plan.channel.rawValue,
        ]
        if let recipient = plan.recipient { config["recipient"] = recipient }
        if let body = request.body { config["body"] = body }
        // The person confirmed this send: the retry may send unapproved documents too.
        if request.confirmed { config["confirmed"] = "true" }
        let taskConfig = try JSONText(encoding: config)
        try db.writeTransaction { db in
            try db.execute("DELETE FROM submissions WHERE id = \(claim.id) AND user_id = \(userID)")
            try applications.recordHistory(
                plan.application, note: "submission by \(plan.channel.rawValue) failed: \(problem)", by: .system,
                at: now,
                on: db)
            guard retry else { return }
            let retryAt = now.addingTimeInterval(Double(max(minimumInterval, 60)))
            let updated = try db.execute(
                """
                UPDATE automation_tasks SET error_message = \(problem), task_config = \(taskConfig),
                    scheduled_at = \(retryAt), updated_at = \(now)
                WHERE user_id = \(userID) AND application_id = \(plan.application.id)
                  AND task_type = 'application_submission' AND status = 'pending'
                """)
            if updated == 0 {
                try db.execute(
                    """
                    INSERT INTO automation_tasks (id, user_id, application_id, task_type, status, priority,
                        scheduled_at, retry_count, max_retries, error_message, task_config, created_at, updated_at)
                    VALUES (\(UUID()), \(userID), \(plan.application.id), 'application_submission', 'pending', 5,
                        \(retryAt), 0, 3, \(problem), \(taskConfig), \(now), \(now))
                    """)
            }
        }
    }
}
