// A `user_profiles` row exactly as stored, phone still sealed: what is read
// from the database and what the cache holds, so no plaintext phone ever
// reaches Redis.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

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

    static let columns = """
        id, user_id, resume_file_url, resume_text, linkedin_url, github_url, portfolio_url, phone_encrypted, \
        location_city, location_state, location_country, willing_to_relocate, years_experience, current_title, \
        target_salary_min, target_salary_max, target_salary_currency, preferred_work_type, summary, created_at, \
        updated_at
        """

    enum CodingKeys: String, CodingKey {
        case id
        case userID = "user_id"
        case resumeFileURL = "resume_file_url"
        case resumeText = "resume_text"
        case linkedinURL = "linkedin_url"
        case githubURL = "github_url"
        case portfolioURL = "portfolio_url"
        case phoneEncrypted = "phone_encrypted"
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
    }

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

    init(row: Row) throws {
        id = try row.get("id")
        userID = try row.get("user_id")
        resumeFileURL = try row.optional("resume_file_url")
        resumeText = try row.optional("resume_text")
        linkedinURL = try row.optional("linkedin_url")
        githubURL = try row.optional("github_url")
        portfolioURL = try row.optional("portfolio_url")
        phoneEncrypted = try row.optional("phone_encrypted")
        locationCity = try row.optional("location_city")
        locationState = try row.optional("location_state")
        locationCountry = try row.optional("location_country")
        willingToRelocate = try row.optional("willing_to_relocate") ?? false
        yearsExperience = try row.optional("years_experience")
        currentTitle = try row.optional("current_title")
        targetSalaryMin = try row.optional("target_salary_min")
        targetSalaryMax = try row.optional("target_salary_max")
        targetSalaryCurrency = try row.optional("target_salary_currency")
        preferredWorkType = try row.optional("preferred_work_type")
        summary = try row.optional("summary")
        createdAt = try row.optional("created_at", as: Date.self).map(Timestamp.format)
        updatedAt = try row.optional("updated_at", as: Date.self).map(Timestamp.format)
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
