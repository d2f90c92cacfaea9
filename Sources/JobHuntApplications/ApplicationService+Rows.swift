// The statements behind ApplicationService, on a `Database` the caller holds
// in a transaction, and the decoding of their rows.
import Foundation
import JobHuntCore
internal import JobHuntDatabase

extension ApplicationService {
    static let columns = Application.CodingKeys.allCases.map(\.rawValue).joined(separator: ", ")
    static let historyColumns = StatusHistoryEntry.CodingKeys.allCases.map(\.rawValue).joined(separator: ", ")

    /// Inserts the application and its first history row; refuses a second
    /// application for the same posting.
    func insert(_ new: NewApplication, userID: UUID, now: Date, db: Database) throws -> Application {
        let id = ApplicationID.make(now: now)
        var posting: UUID?
        let company: String
        let title: String
        let url: String?
        switch new.source {
        case .posting(let reference):
            let stored = try PostingLookup(db: db).posting(reference)
            if let existing = try applicationForPosting(stored.id, userID: userID, db: db) {
                throw JobHuntError.applicationDuplicate(existing)
            }
            posting = stored.id
            company = stored.companyName ?? stored.sourcePlatform
            title = stored.title
            url = stored.sourceURL
        case .scratch(let scratchCompany, let scratchTitle, let scratchURL):
            company = scratchCompany.trimmingCharacters(in: .whitespacesAndNewlines)
            title = scratchTitle.trimmingCharacters(in: .whitespacesAndNewlines)
            url = scratchURL
        }
        let when = new.submittedAt ?? now
        let note = new.note?.trimmingCharacters(in: .whitespacesAndNewlines)
        let application = Application(
            id: id, userID: userID, jobPostingID: posting, companyName: company, jobTitle: title, jobURL: url,
            status: new.status, applicationMethod: new.method,
            submittedAt: new.status.impliesSubmission ? when : nil, lastStatusUpdate: when, notes: note,
            followUpDate: new.followUp, interviewDates: [], createdAt: now, updatedAt: now)
        do {
            try db.execute(
                """
                INSERT INTO applications (\(Self.columns))
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
                """, Self.values(application))
        } catch let error as DatabaseError where error.constraint == "unique_application_posting" {
            // Another process added it between the check above and this insert.
            if let posting, let existing = try? applicationForPosting(posting, userID: userID, db: db) {
                throw JobHuntError.applicationDuplicate(existing)
            }
            throw error
        }
        try record(application.status, note: note, by: new.changedBy, at: when, applicationID: id, db: db)
        return application
    }

    /// Writes every column but the id, the owner and `created_at`.
    func update(_ application: Application, db: Database) throws {
        let values = Self.values(application)
        try db.execute(
            """
            UPDATE applications SET job_posting_id = $3, company_name = $4, job_title = $5, job_url = $6, status = $7,
                application_method = $8, submitted_at = $9, last_status_update = $10, tailored_resume_url = $11,
                cover_letter_url = $12, notes = $13, follow_up_date = $14, interview_dates = $15,
                rejection_reason = $16, offer_salary = $17, offer_details = $18, updated_at = $19
            WHERE id = $1 AND user_id = $2
            """, Array(values.prefix(18)) + [values[19]])
    }

    /// One `application_status_history` row.
    func record(
        _ status: ApplicationStatus, note: String?, by changer: StatusChanger, at when: Date, applicationID: UUID,
        db: Database
    ) throws {
        try db.execute(
            "INSERT INTO application_status_history (\(Self.historyColumns)) VALUES ($1, $2, $3, $4, $5, $6)",
            [ApplicationID.make(now: when), applicationID, status.rawValue, note, changer.rawValue, when])
    }

    /// The values of `application` in `Application.CodingKeys` order.
    static func values(_ a: Application) -> [(any DatabaseValueConvertible)?] {
        [
            a.id, a.userID, a.jobPostingID, a.companyName, a.jobTitle, a.jobURL, a.status.rawValue,
            a.applicationMethod?.rawValue, a.submittedAt, a.lastStatusUpdate, a.tailoredResumeURL, a.coverLetterURL,
            a.notes, a.followUpDate, a.interviewDates.isEmpty ? nil : TimestampArray(a.interviewDates),
            a.rejectionReason, a.offerSalary, try? a.offerDetails.map { try JSONText(encoding: $0) }, a.createdAt,
            a.updatedAt,
        ]
    }

    func applicationForPosting(_ postingID: UUID, userID: UUID, db: Database) throws -> Application? {
        try db.queryOne(
            "SELECT \(Self.columns) FROM applications WHERE user_id = $1 AND job_posting_id = $2",
            [userID, postingID]
        ).map(Self.application)
    }

    func history(of applicationID: UUID, db: Database) throws -> [StatusHistoryEntry] {
        try db.query(
            """
            SELECT \(Self.historyColumns) FROM application_status_history
            WHERE application_id = $1 ORDER BY created_at, id
            """, [applicationID]
        ).map(Self.entry)
    }

    static func application(_ row: Row) throws -> Application {
        let status: String = try row.optional("status") ?? ApplicationStatus.pending.rawValue
        return Application(
            id: try row.get("id"), userID: try row.get("user_id"), jobPostingID: try row.optional("job_posting_id"),
            companyName: try row.get("company_name"), jobTitle: try row.get("job_title"),
            jobURL: try row.optional("job_url"), status: ApplicationStatus(rawValue: status) ?? .pending,
            applicationMethod: try row.optional("application_method", as: String.self).flatMap(ApplicationMethod.init),
            submittedAt: try row.optional("submitted_at"), lastStatusUpdate: try row.optional("last_status_update"),
            tailoredResumeURL: try row.optional("tailored_resume_url"),
            coverLetterURL: try row.optional("cover_letter_url"), notes: try row.optional("notes"),
            followUpDate: try row.optional("follow_up_date"),
            interviewDates: (try row.optional("interview_dates", as: TimestampArray.self)?.dates ?? []).sorted(),
            rejectionReason: try row.optional("rejection_reason"), offerSalary: try row.optional("offer_salary"),
            offerDetails: try row.optional("offer_details", as: JSONText.self).map(Self.offerDetails),
            createdAt: try row.optional("created_at") ?? Date(timeIntervalSince1970: 0),
            updatedAt: try row.optional("updated_at") ?? Date(timeIntervalSince1970: 0))
    }

    static func entry(_ row: Row) throws -> StatusHistoryEntry {
        let status: String = try row.get("status")
        return StatusHistoryEntry(
            id: try row.get("id"), applicationID: try row.get("application_id"),
            status: ApplicationStatus(rawValue: status) ?? .pending, notes: try row.optional("notes"),
            changedBy: try row.optional("changed_by", as: String.self).flatMap(StatusChanger.init),
            createdAt: try row.optional("created_at") ?? Date(timeIntervalSince1970: 0))
    }

    /// `offer_details` as strings: another writer may have stored numbers or
    /// booleans, which read back as their JSON text rather than being dropped.
    static func offerDetails(_ json: JSONText) -> [String: String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any] else {
            return [:]
        }
        var details: [String: String] = [:]
        for (key, value) in object {
            if let text = value as? String {
                details[key] = text
            } else if let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]) {
                details[key] = String(decoding: data, as: UTF8.self)
            }
        }
        return details
    }
}
