// One job in a person's work history, as `user_experiences` stores it.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// A job a person held or holds.
///
/// JSON keys are the seed's column names (`company_name`, `technologies_used`);
/// dates are `YYYY-MM-DD`, ids lower case. Lists are empty rather than null.
package struct Experience: Sendable, Equatable, Codable {
    package var id: UUID
    package var userID: UUID
    package var companyName: String
    package var jobTitle: String
    package var startDate: CalendarDate
    /// Nil for a current job.
    package var endDate: CalendarDate?
    package var isCurrent: Bool
    package var description: String?
    package var achievements: [String]
    package var technologies: [String]
    package var createdAt: Date?
    package var updatedAt: Date?

    /// The first 8 characters of the id: what `experience list` shows and what
    /// `edit` and `remove` accept (any unique prefix of 4 or more works).
    package var shortID: String { String(id.uuidString.lowercased().prefix(8)) }

    /// The `user_experiences` columns, which are also the JSON keys.
    enum CodingKeys: String, CodingKey, CaseIterable, SQLColumn {
        case id
        case userID = "user_id"
        case companyName = "company_name"
        case jobTitle = "job_title"
        case startDate = "start_date"
        case endDate = "end_date"
        case isCurrent = "is_current"
        case description, achievements
        case technologies = "technologies_used"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    package init(
        id: UUID, userID: UUID, companyName: String, jobTitle: String, startDate: CalendarDate,
        endDate: CalendarDate?, isCurrent: Bool, description: String?, achievements: [String],
        technologies: [String], createdAt: Date? = nil, updatedAt: Date? = nil
    ) {
        self.id = id
        self.userID = userID
        self.companyName = companyName
        self.jobTitle = jobTitle
        self.startDate = startDate
        self.endDate = endDate
        self.isCurrent = isCurrent
        self.description = description
        self.achievements = achievements
        self.technologies = technologies
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id.uuidString.lowercased(), forKey: .id)
        try container.encode(userID.uuidString.lowercased(), forKey: .userID)
        try container.encode(companyName, forKey: .companyName)
        try container.encode(jobTitle, forKey: .jobTitle)
        try container.encode(startDate.description, forKey: .startDate)
        try container.encode(endDate?.description, forKey: .endDate)
        try container.encode(isCurrent, forKey: .isCurrent)
        try container.encode(description, forKey: .description)
        try container.encode(achievements, forKey: .achievements)
        try container.encode(technologies, forKey: .technologies)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func day(_ key: CodingKeys) throws -> CalendarDate? {
            guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
            guard let day = CalendarDate(text) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "not YYYY-MM-DD")
            }
            return day
        }
        id = try container.decode(UUID.self, forKey: .id)
        userID = try container.decode(UUID.self, forKey: .userID)
        companyName = try container.decode(String.self, forKey: .companyName)
        jobTitle = try container.decode(String.self, forKey: .jobTitle)
        guard let start = try day(.startDate) else {
            throw DecodingError.valueNotFound(
                String.self, .init(codingPath: [CodingKeys.startDate], debugDescription: "start_date is required"))
        }
        startDate = start
        endDate = try day(.endDate)
        isCurrent = try container.decodeIfPresent(Bool.self, forKey: .isCurrent) ?? false
        description = try container.decodeIfPresent(String.self, forKey: .description)
        achievements = try container.decodeIfPresent([String].self, forKey: .achievements) ?? []
        technologies = try container.decodeIfPresent([String].self, forKey: .technologies) ?? []
        createdAt = try container.decodeIfPresent(Date.self, forKey: .createdAt)
        updatedAt = try container.decodeIfPresent(Date.self, forKey: .updatedAt)
    }
}
