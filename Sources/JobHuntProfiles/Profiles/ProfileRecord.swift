// A `user_profiles` row exactly as stored, phone still sealed: what is read
// from the database and what the cache holds, so no plaintext phone ever
// reaches Redis. The columns and the fields both types share are declared
// once here.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// The columns of `user_profiles`, declared once: the SELECT and upsert
/// lists, and the JSON keys of the cached ``ProfileRecord``, of
/// ``UserProfile`` and of the ``ProfileFields`` they share. The two types
/// differ only in the phone: the record keeps the sealed `phone_encrypted`,
/// the profile shows the decrypted number under `phone` (the seed's plaintext
/// column, which jobhunt only ever clears).
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

/// The `user_profiles` columns a stored row and the profile its owner sees
/// hold alike: everything but the ids, the phone and the timestamps. Declared,
/// encoded, decoded and read from a row once, for ``ProfileRecord`` and
/// ``UserProfile`` both (each reaches these as its own properties).
package struct ProfileFields: Sendable, Equatable, Codable {
    package var resumeFileURL: String?
    package var resumeText: String?
    package var linkedinURL: String?
    package var githubURL: String?
    package var portfolioURL: String?
    package var locationCity: String?
    package var locationState: String?
    package var locationCountry: String?
    package var willingToRelocate = false
    package var yearsExperience: Int?
    package var currentTitle: String?
    package var targetSalaryMin: Int?
    package var targetSalaryMax: Int?
    /// ISO 4217 code the target salary is in; nil means the currency of
    /// `locationCountry` (matching never converts between currencies).
    package var targetSalaryCurrency: String?
    /// A value outside ``WorkType`` (written by hand) reads as nil.
    package var preferredWorkType: WorkType?
    package var summary: String?

    package init() {}

    typealias CodingKeys = ProfileColumn

    /// Every key, nulls included, into the same JSON object as the owner's other keys.
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(resumeFileURL, forKey: .resumeFileURL)
        try c.encode(resumeText, forKey: .resumeText)
        try c.encode(linkedinURL, forKey: .linkedinURL)
        try c.encode(githubURL, forKey: .githubURL)
        try c.encode(portfolioURL, forKey: .portfolioURL)
        try c.encode(locationCity, forKey: .locationCity)
        try c.encode(locationState, forKey: .locationState)
        try c.encode(locationCountry, forKey: .locationCountry)
        try c.encode(willingToRelocate, forKey: .willingToRelocate)
        try c.encode(yearsExperience, forKey: .yearsExperience)
        try c.encode(currentTitle, forKey: .currentTitle)
        try c.encode(targetSalaryMin, forKey: .targetSalaryMin)
        try c.encode(targetSalaryMax, forKey: .targetSalaryMax)
        try c.encode(targetSalaryCurrency, forKey: .targetSalaryCurrency)
        try c.encode(preferredWorkType, forKey: .preferredWorkType)
        try c.encode(summary, forKey: .summary)
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        resumeFileURL = try c.decodeIfPresent(String.self, forKey: .resumeFileURL)
        resumeText = try c.decodeIfPresent(String.self, forKey: .resumeText)
        linkedinURL = try c.decodeIfPresent(String.self, forKey: .linkedinURL)
        githubURL = try c.decodeIfPresent(String.self, forKey: .githubURL)
        portfolioURL = try c.decodeIfPresent(String.self, forKey: .portfolioURL)
        locationCity = try c.decodeIfPresent(String.self, forKey: .locationCity)
        locationState = try c.decodeIfPresent(String.self, forKey: .locationState)
        locationCountry = try c.decodeIfPresent(String.self, forKey: .locationCountry)
        willingToRelocate = try c.decodeIfPresent(Bool.self, forKey: .willingToRelocate) ?? false
        yearsExperience = try c.decodeIfPresent(Int.self, forKey: .yearsExperience)
        currentTitle = try c.decodeIfPresent(String.self, forKey: .currentTitle)
        targetSalaryMin = try c.decodeIfPresent(Int.self, forKey: .targetSalaryMin)
        targetSalaryMax = try c.decodeIfPresent(Int.self, forKey: .targetSalaryMax)
        targetSalaryCurrency = try c.decodeIfPresent(String.self, forKey: .targetSalaryCurrency)
        preferredWorkType = try c.decodeIfPresent(String.self, forKey: .preferredWorkType).flatMap(
            WorkType.init(rawValue:))
        summary = try c.decodeIfPresent(String.self, forKey: .summary)
    }

    init(row: Row) throws {
        resumeFileURL = try row.optional(ProfileColumn.resumeFileURL)
        resumeText = try row.optional(ProfileColumn.resumeText)
        linkedinURL = try row.optional(ProfileColumn.linkedinURL)
        githubURL = try row.optional(ProfileColumn.githubURL)
        portfolioURL = try row.optional(ProfileColumn.portfolioURL)
        locationCity = try row.optional(ProfileColumn.locationCity)
        locationState = try row.optional(ProfileColumn.locationState)
        locationCountry = try row.optional(ProfileColumn.locationCountry)
        willingToRelocate = try row.optional(ProfileColumn.willingToRelocate) ?? false
        yearsExperience = try row.optional(ProfileColumn.yearsExperience)
        currentTitle = try row.optional(ProfileColumn.currentTitle)
        targetSalaryMin = try row.optional(ProfileColumn.targetSalaryMin)
        targetSalaryMax = try row.optional(ProfileColumn.targetSalaryMax)
        targetSalaryCurrency = try row.optional(ProfileColumn.targetSalaryCurrency)
        preferredWorkType = try row.optional(ProfileColumn.preferredWorkType, as: String.self).flatMap(
            WorkType.init(rawValue:))
        summary = try row.optional(ProfileColumn.summary)
    }
}

/// One stored profile row. Timestamps are kept as the database's text
/// (`Timestamp.format`), so a cached row reads back to the microsecond.
struct ProfileRecord: Codable, Equatable, Sendable {
    var id: UUID
    var userID: UUID
    /// The sealed phone (``Keyring/encrypt(_:context:)``), base64 in the cache's JSON.
    var phoneEncrypted: Data?
    var fields: ProfileFields
    var createdAt: String?
    var updatedAt: String?

    typealias CodingKeys = ProfileColumn

    /// Every column, nulls included, ids in lower case, as the databases print
    /// them: the cache's JSON is read by other processes and by people with redis-cli.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id.uuidString.lowercased(), forKey: .id)
        try c.encode(userID.uuidString.lowercased(), forKey: .userID)
        try c.encode(phoneEncrypted, forKey: .phoneEncrypted)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        try fields.encode(to: encoder)
    }

    /// Reads the cache's JSON (what ``encode(to:)`` writes).
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(UUID.self, forKey: .id)
        userID = try c.decode(UUID.self, forKey: .userID)
        phoneEncrypted = try c.decodeIfPresent(Data.self, forKey: .phoneEncrypted)
        createdAt = try c.decodeIfPresent(String.self, forKey: .createdAt)
        updatedAt = try c.decodeIfPresent(String.self, forKey: .updatedAt)
        fields = try ProfileFields(from: decoder)
    }

    init(row: Row) throws {
        id = try row.get(ProfileColumn.id)
        userID = try row.get(ProfileColumn.userID)
        phoneEncrypted = try row.optional(ProfileColumn.phoneEncrypted)
        createdAt = try row.optional(ProfileColumn.createdAt, as: Date.self).map(Timestamp.format)
        updatedAt = try row.optional(ProfileColumn.updatedAt, as: Date.self).map(Timestamp.format)
        fields = try ProfileFields(row: row)
    }

    /// The profile as its owner sees it, with `phone` already decrypted (or nil).
    func profile(phone: String?) -> UserProfile {
        var profile = UserProfile(userID: userID)
        profile.id = id
        profile.phone = phone
        profile.fields = fields
        profile.createdAt = createdAt.flatMap { Timestamp.parse($0) }
        profile.updatedAt = updatedAt.flatMap { Timestamp.parse($0) }
        return profile
    }
}
