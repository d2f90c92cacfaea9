// The statements behind ApplicationService, on a `Database` the caller holds
// in a transaction, and the decoding of their rows.
import Foundation
internal import JobHuntDatabase
import JobHuntDiscovery
import JobHuntKernel

extension ApplicationService {
    typealias Columns = Application.CodingKeys
    typealias HistoryColumns = StatusHistoryEntry.CodingKeys
    /// Every `applications` column, for SELECT and INSERT lists.
    static let columns: SQL = "\(columns: Columns.allCases)"

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
                "INSERT INTO applications (\(sql: Self.columns)) VALUES \(list: Self.values(application).map(\.1))")
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
        let fixed: Set<Columns> = [.id, .userID, .createdAt]
        let assignments = Columns.assignments(Self.values(application).filter { !fixed.contains($0.0) })
        try db.execute(
            """
            UPDATE applications SET \(sql: assignments)
            WHERE id = \(application.id) AND user_id = \(application.userID)
            """)
    }

    /// One `application_status_history` row.
    func record(
        _ status: ApplicationStatus, note: String?, by changer: StatusChanger, at when: Date, applicationID: UUID,
        db: Database
    ) throws {
        let values: [(any DatabaseValueConvertible)?] = [
            ApplicationID.make(now: when), applicationID, status.rawValue, note, changer.rawValue, when,
        ]
        try db.execute(
            "INSERT INTO application_status_history (\(columns: HistoryColumns.allCases)) VALUES \(list: values)")
    }

    /// Each column of `application` with its value, in `Columns.allCases` order.
    static func values(_ a: Application) -> [(Columns, (any DatabaseValueConvertible)?)] {
        let values: [(any DatabaseValueConvertible)?] = [
            a.id, a.userID, a.jobPostingID, a.companyName, a.jobTitle, a.jobURL, a.status.rawValue,
            a.applicationMethod?.rawValue, a.submittedAt, a.lastStatusUpdate, a.tailoredResumeURL, a.coverLetterURL,
            a.notes, a.followUpDate, a.interviewDates.isEmpty ? nil : TimestampArray(a.interviewDates),
            a.rejectionReason, a.offerSalary, try? a.offerDetails.map { try JSONText(encoding: $0) }, a.createdAt,
            a.updatedAt,
        ]
        return Array(zip(Columns.allCases, values))
    }

    func applicationForPosting(_ postingID: UUID, userID: UUID, db: Database) throws -> Application? {
        try db.queryOne(
            "SELECT \(sql: Self.columns) FROM applications WHERE user_id = \(userID) AND job_posting_id = \(postingID)"
        ).map(Self.application)
    }

    func history(of applicationID: UUID, db: Database) throws -> [StatusHistoryEntry] {
        try db.query(
            """
            SELECT \(columns: HistoryColumns.allCases) FROM application_status_history
            WHERE application_id = \(applicationID) ORDER BY created_at, id
            """
        ).map(Self.entry)
    }

    /// Decodes a row whose first columns are `Self.columns`, by position:
    /// a list of 10,000 applications otherwise spends more time finding 20
    /// names in each row than reading the values (scripts/bench status).
    static func application(_ row: Row) throws -> Application {
        let columns = ApplicationRow(row)
        let status: String = try columns.optional(.status) ?? ApplicationStatus.pending.rawValue
        return Application(
            id: try columns.get(.id), userID: try columns.get(.userID),
            jobPostingID: try columns.optional(.jobPostingID),
            companyName: try columns.get(.companyName), jobTitle: try columns.get(.jobTitle),
            jobURL: try columns.optional(.jobURL), status: ApplicationStatus(rawValue: status) ?? .pending,
            applicationMethod: try columns.optional(.applicationMethod, as: String.self).flatMap(
                ApplicationMethod.init),
            submittedAt: try columns.optional(.submittedAt), lastStatusUpdate: try columns.optional(.lastStatusUpdate),
            tailoredResumeURL: try columns.optional(.tailoredResumeURL),
            coverLetterURL: try columns.optional(.coverLetterURL), notes: try columns.optional(.notes),
            followUpDate: try columns.optional(.followUpDate),
            interviewDates: (try columns.optional(.interviewDates, as: TimestampArray.self)?.dates ?? []).sorted(),
            rejectionReason: try columns.optional(.rejectionReason), offerSalary: try columns.optional(.offerSalary),
            offerDetails: try columns.optional(.offerDetails, as: JSONText.self).map(Self.offerDetails),
            createdAt: try columns.optional(.createdAt) ?? Date(timeIntervalSince1970: 0),
            updatedAt: try columns.optional(.updatedAt) ?? Date(timeIntervalSince1970: 0))
    }

    static func entry(_ row: Row) throws -> StatusHistoryEntry {
        let status: String = try row.get(HistoryColumns.status)
        return StatusHistoryEntry(
            id: try row.get(HistoryColumns.id), applicationID: try row.get(HistoryColumns.applicationID),
            status: ApplicationStatus(rawValue: status) ?? .pending, notes: try row.optional(HistoryColumns.notes),
            changedBy: try row.optional(HistoryColumns.changedBy, as: String.self).flatMap(StatusChanger.init),
            createdAt: try row.optional(HistoryColumns.createdAt) ?? Date(timeIntervalSince1970: 0))
    }

    /// A row's `applications` columns by position when the row starts with
    /// them in `Columns.allCases` order (every SELECT here does), else by name.
    struct ApplicationRow {
        let row: Row
        let positional: Bool
        static let names = Columns.allCases.map(\.rawValue)

        init(_ row: Row) {
            self.row = row
            positional =
                row.columns.count >= Self.names.count && Array(row.columns.prefix(Self.names.count)) == Self.names
        }

        func optional<T: DatabaseValueConvertible>(_ column: Columns, as type: T.Type = T.self) throws -> T? {
            guard positional else { return try row.optional(column, as: type) }
            let value = row.values[column.position]
            if value.isNull { return nil }
            guard let decoded = T.fromDatabaseValue(value) else { return try row.optional(column, as: type) }
            return decoded
        }

        func get<T: DatabaseValueConvertible>(_ column: Columns, as type: T.Type = T.self) throws -> T {
            guard let value = try optional(column, as: type) else { return try row.get(column, as: type) }
            return value
        }
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
