// A `user_profiles` row exactly as stored, phone still sealed: what is read
// from the database and what the cache holds, so no plaintext phone ever
// reaches Redis.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// The columns of `user_profiles`, declared once: the SELECT and upsert
/// lists, the keys of the cached ``ProfileRecord`` and of ``UserProfile``'s
/// JSON. The two types differ only in the phone: the record keeps the sealed
/// `phone_encrypted`, the profile shows the decrypted number under `phone`
/// (the seed's plaintext column, which jobhunt only ever clears).
enum ProfileColumn: String, CodingKey, CaseIterable, SQLColumn {
    case id
    case userID = "user_id"
    case resumeFileURL = "resume_file_url"
    case resumeText = "resume_text"
    case linkedinURL = "linkedin_url"
    case githubURL = "github_url"
    case portfolioURL = "portfolio_url"
    case phoneEncrypted = "phone_encrypted"
    case phone
    case locationCity = "location_city"
    case locationState = "location_state"
    case locationCountry = "location_country"
    case willingToRelocate = "willing_to_relocate"
    case yearsExperience = "years_experience"
    case currentTitle = "current_title"
    case targetSalaryMin = "target_salary_min"
    case targetSalaryMax = "target_salary_max"
    case targetSalaryCurrency = "target_salary_currency"
    case preferredWorkType = "preferred_work_type"
    case summary
    case createdAt = "created_at"
    case updatedAt = "updated_at"

    /// What a ``ProfileRecord`` reads: every column but the plaintext `phone`.
    static let stored = allCases.filter { $0 != .phone }

    /// The column an editable field is stored in (the phone's plaintext
    /// column here; ``ProfileService`` writes the sealed one beside it).
    init(_ field: ProfileField) {
        // Every ProfileField raw value is a column name listed above.
        self.init(rawValue: field.rawValue)!
    }
}

/// One stored profile row. Timestamps are kept as the database's text
/// (`Timestamp.format`), so a cached row reads back to the microsecond.
struct ProfileRecord: Codable, Equatable, Sendable {
    var id: UUID
    var userID: UUID
    var resumeFileURL: String?
    var resumeText: String?
    var linkedinURL: String?
    var githubURL: String?
    var portfolioURL: String?
    /// The sealed phone (``Keyring/encrypt(_:context:)``), base64 in the cache's JSON.
    var phoneEncrypted: Data?
    var locationCity: String?
    var locationState: String?
    var locationCountry: String?
    var willingToRelocate: Bool
    var yearsExperience: Int?
    var currentTitle: String?
    var targetSalaryMin: Int?
    var targetSalaryMax: Int?
    var targetSalaryCurrency: String?
    var preferredWorkType: String?
    var summary: String?
    var createdAt: String?
    var updatedAt: String?

    typealias CodingKeys = ProfileColumn

    /// Every column, nulls included, ids in lower case, as the databases print
    /// them: the cache's JSON is read by other processes and by people with redis-cli.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id.uuidString.lowercased(), forKey: .id)
        try container.encode(userID.uuidString.lowercased(), forKey: .userID)
        try container.encode(resumeFileURL, forKey: .resumeFileURL)
        try container.encode(resumeText, forKey: .resumeText)
        try container.encode(linkedinURL, forKey: .linkedinURL)
        try container.encode(githubURL, forKey: .githubURL)
        try container.encode(portfolioURL, forKey: .portfolioURL)
        try container.encode(phoneEncrypted, forKey: .phoneEncrypted)
        try container.encode(locationCity, forKey: .locationCity)
        try container.encode(locationState, forKey: .locationState)
        try container.encode(locationCountry, forKey: .locationCountry)
        try container.encode(willingToRelocate, forKey: .willingToRelocate)
        try container.encode(yearsExperience, forKey: .yearsExperience)
        try container.encode(currentTitle, forKey: .currentTitle)
        try container.encode(targetSalaryMin, forKey: .targetSalaryMin)
        try container.encode(targetSalaryMax, forKey: .targetSalaryMax)
        try container.encode(targetSalaryCurrency, forKey: .targetSalaryCurrency)
        try container.encode(preferredWorkType, forKey: .preferredWorkType)
        try container.encode(summary, forKey: .summary)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
    }

    /// Reads the cache's JSON (what ``encode(to:)`` writes). Written out
    /// because the shared keys also hold the profile's `phone`, which a
    /// record never has.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(UUID.self, forKey: .id)
        userID = try c.decode(UUID.self, forKey: .userID)
        resumeFileURL = try c.decodeIfPresent(String.self, forKey: .resumeFileURL)
        resumeText = try c.decodeIfPresent(String.self, forKey: .resumeText)
        linkedinURL = try c.decodeIfPresent(String.self, forKey: .linkedinURL)
        githubURL = try c.decodeIfPresent(String.self, forKey: .githubURL)
        portfolioURL = try c.decodeIfPresent(String.self, forKey: .portfolioURL)
        phoneEncrypted = try c.decodeIfPresent(Data.self, forKey: .phoneEncrypted)
        locationCity = try c.decodeIfPresent(String.self, forKey: .locationCity)
        locationState = try c.decodeIfPresent(String.self, forKey: .locationState)
        locationCountry = try c.decodeIfPresent(String.self, forKey: .locationCountry)
        willingToRelocate = try c.decode(Bool.self, forKey: .willingToRelocate)
        yearsExperience = try c.decodeIfPresent(Int.self, forKey: .yearsExperience)
        currentTitle = try c.decodeIfPresent(String.self, forKey: .currentTitle)
        targetSalaryMin = try c.decodeIfPresent(Int.self, forKey: .targetSalaryMin)
        targetSalaryMax = try c.decodeIfPresent(Int.self, forKey: .targetSalaryMax)
        targetSalaryCurrency = try c.decodeIfPresent(String.self, forKey: .targetSalaryCurrency)
        preferredWorkType = try c.decodeIfPresent(String.self, forKey: .preferredWorkType)
        summary = try c.decodeIfPresent(String.self, forKey: .summary)
        createdAt = try c.decodeIfPresent(String.self, forKey: .createdAt)
        updatedAt = try c.decodeIfPresent(String.self, forKey: .updatedAt)
    }

    init(row: Row) throws {
        id = try row.get(ProfileColumn.id)
        userID = try row.get(ProfileColumn.userID)
        resumeFileURL = try row.optional(ProfileColumn.resumeFileURL)
        resumeText = try row.optional(ProfileColumn.resumeText)
        linkedinURL = try row.optional(ProfileColumn.linkedinURL)
        githubURL = try row.optional(ProfileColumn.githubURL)
        portfolioURL = try row.optional(ProfileColumn.portfolioURL)
        phoneEncrypted = try row.optional(ProfileColumn.phoneEncrypted)
        locationCity = try row.optional(ProfileColumn.locationCity)
        locationState = try row.optional(ProfileColumn.locationState)
        locationCountry = try row.optional(ProfileColumn.locationCountry)
        willingToRelocate = try row.optional(ProfileColumn.willingToRelocate) ?? false
        yearsExperience = try row.optional(ProfileColumn.yearsExperience)
        currentTitle = try row.optional(ProfileColumn.currentTitle)
        targetSalaryMin = try row.optional(ProfileColumn.targetSalaryMin)
        targetSalaryMax = try row.optional(ProfileColumn.targetSalaryMax)
        targetSalaryCurrency = try row.optional(ProfileColumn.targetSalaryCurrency)
        preferredWorkType = try row.optional(ProfileColumn.preferredWorkType)
        summary = try row.optional(ProfileColumn.summary)
        createdAt = try row.optional(ProfileColumn.createdAt, as: Date.self).map(Timestamp.format)
        updatedAt = try row.optional(ProfileColumn.updatedAt, as: Date.self).map(Timestamp.format)
    }

    /// The profile as its owner sees it, with `phone` already decrypted (or nil).
    func profile(phone: String?) -> UserProfile {
        var profile = UserProfile(userID: userID)
        profile.id = id
        profile.resumeFileURL = resumeFileURL
        profile.resumeText = resumeText
        profile.linkedinURL = linkedinURL
        profile.githubURL = githubURL
        profile.portfolioURL = portfolioURL
        profile.phone = phone
        profile.locationCity = locationCity
        profile.locationState = locationState
        profile.locationCountry = locationCountry
        profile.willingToRelocate = willingToRelocate
        profile.yearsExperience = yearsExperience
        profile.currentTitle = currentTitle
        profile.targetSalaryMin = targetSalaryMin
        profile.targetSalaryMax = targetSalaryMax
        profile.targetSalaryCurrency = targetSalaryCurrency
        profile.preferredWorkType = preferredWorkType.flatMap(WorkType.init(rawValue:))
        profile.summary = summary
        profile.createdAt = createdAt.flatMap { Timestamp.parse($0) }
        profile.updatedAt = updatedAt.flatMap { Timestamp.parse($0) }
        return profile
    }
}
