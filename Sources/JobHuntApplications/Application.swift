// One row of the seed's `applications` table, as the commands show it and
// `--json` writes it: every column under its own name.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// An application as stored.
///
/// `company_name`, `job_title` and `job_url` are the application's own copy,
/// filled from the posting when there is one: a posting that expires or is
/// deleted (`job_posting_id` is then NULL, by `ON DELETE SET NULL`) leaves
/// the application readable.
package struct Application: Sendable, Equatable, Encodable {
    package var id: UUID
    package var userID: UUID
    package var jobPostingID: UUID?
    package var companyName: String
    package var jobTitle: String
    package var jobURL: String?
    package var status: ApplicationStatus
    package var applicationMethod: ApplicationMethod?
    package var submittedAt: Date?
    package var lastStatusUpdate: Date?
    package var tailoredResumeURL: String?
    package var coverLetterURL: String?
    package var notes: String?
    package var followUpDate: CalendarDate?
    /// Interviews, earliest first.
    package var interviewDates: [Date]
    package var rejectionReason: String?
    package var offerSalary: Int?
    /// `--offer KEY=VALUE` pairs (JSONB on PostgreSQL, JSON text on SQLite).
    package var offerDetails: [String: String]?
    package var createdAt: Date
    package var updatedAt: Date

    /// The seed's column names, in the seed's order: the SELECT list, the
    /// INSERT list and the `--json` keys.
    enum CodingKeys: String, CodingKey, CaseIterable, Sendable, SQLColumn {
        case id
        case userID = "user_id"
        case jobPostingID = "job_posting_id"
        case companyName = "company_name"
        case jobTitle = "job_title"
        case jobURL = "job_url"
        case status
        case applicationMethod = "application_method"
        case submittedAt = "submitted_at"
        case lastStatusUpdate = "last_status_update"
        case tailoredResumeURL = "tailored_resume_url"
        case coverLetterURL = "cover_letter_url"
        case notes
        case followUpDate = "follow_up_date"
        case interviewDates = "interview_dates"
        case rejectionReason = "rejection_reason"
        case offerSalary = "offer_salary"
        case offerDetails = "offer_details"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// What lists print and commands accept back: the id's last 8 characters,
    /// because ids are time-ordered and share their first ones.
    package var handle: String { ApplicationHandle.short(id) }

    /// Writes every column, NULLs included, so `--json` always has the same keys.
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id.uuidString.lowercased(), forKey: .id)
        try c.encode(userID.uuidString.lowercased(), forKey: .userID)
        try c.encode(jobPostingID?.uuidString.lowercased(), forKey: .jobPostingID)
        try c.encode(companyName, forKey: .companyName)
        try c.encode(jobTitle, forKey: .jobTitle)
        try c.encode(jobURL, forKey: .jobURL)
        try c.encode(status, forKey: .status)
        try c.encode(applicationMethod, forKey: .applicationMethod)
        try c.encode(submittedAt, forKey: .submittedAt)
        try c.encode(lastStatusUpdate, forKey: .lastStatusUpdate)
        try c.encode(tailoredResumeURL, forKey: .tailoredResumeURL)
        try c.encode(coverLetterURL, forKey: .coverLetterURL)
        try c.encode(notes, forKey: .notes)
        try c.encode(followUpDate?.description, forKey: .followUpDate)
        try c.encode(interviewDates, forKey: .interviewDates)
        try c.encode(rejectionReason, forKey: .rejectionReason)
        try c.encode(offerSalary, forKey: .offerSalary)
        try c.encode(offerDetails, forKey: .offerDetails)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}

extension Application.CodingKeys {
    /// The column's place in `allCases` (and so in every SELECT list here),
    /// without hashing: rows are decoded by position. `ApplicationColumnTests`
    /// checks it against `allCases`.
    var position: Int {
        switch self {
        case .id: 0
        case .userID: 1
        case .jobPostingID: 2
        case .companyName: 3
        case .jobTitle: 4
        case .jobURL: 5
        case .status: 6
        case .applicationMethod: 7
        case .submittedAt: 8
        case .lastStatusUpdate: 9
        case .tailoredResumeURL: 10
        case .coverLetterURL: 11
        case .notes: 12
        case .followUpDate: 13
        case .interviewDates: 14
        case .rejectionReason: 15
        case .offerSalary: 16
        case .offerDetails: 17
        case .createdAt: 18
        case .updatedAt: 19
        }
    }
}
