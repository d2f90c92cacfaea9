// A person's profile as they see it: the `user_profiles` row with the phone
// decrypted, and the sealed bytes left behind.
import Foundation
import JobHuntKernel

/// One user's profile, safe to show to that user (and only to them).
///
/// Every column of `user_profiles` except the seed's plaintext `phone` and
/// the sealed `phone_encrypted`: `phone` here is the decrypted number. A user
/// who has never set anything gets a blank profile whose `id` is nil.
/// JSON keys are the seed's column names; ids are written in lower case.
package struct UserProfile: Sendable, Equatable, Codable {
    /// Nil until the profile is first saved.
    package var id: UUID?
    package var userID: UUID
    package var resumeFileURL: String?
    package var resumeText: String?
    package var linkedinURL: String?
    package var githubURL: String?
    package var portfolioURL: String?
    /// Decrypted, normalised (`+442079460000`).
    package var phone: String?
    package var locationCity: String?
    package var locationState: String?
    package var locationCountry: String?
    package var willingToRelocate: Bool
    package var yearsExperience: Int?
    package var currentTitle: String?
    package var targetSalaryMin: Int?
    package var targetSalaryMax: Int?
    /// ISO 4217 code the target salary is in; nil means the currency of
    /// `locationCountry` (matching never converts between currencies).
    package var targetSalaryCurrency: String?
    package var preferredWorkType: WorkType?
    package var summary: String?
    package var createdAt: Date?
    package var updatedAt: Date?

    /// A blank profile for a user who has not saved one.
    package init(userID: UUID) {
        self.userID = userID
        self.willingToRelocate = false
    }

    /// True once the profile has been saved.
    package var isStored: Bool { id != nil }

    /// The column names (``ProfileColumn``), with `phone` for the decrypted number.
    typealias CodingKeys = ProfileColumn

    /// Every key, nulls included, ids in lower case, as both databases print them.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id?.uuidString.lowercased(), forKey: .id)
        try container.encode(userID.uuidString.lowercased(), forKey: .userID)
        try container.encode(resumeFileURL, forKey: .resumeFileURL)
        try container.encode(resumeText, forKey: .resumeText)
        try container.encode(linkedinURL, forKey: .linkedinURL)
        try container.encode(githubURL, forKey: .githubURL)
        try container.encode(portfolioURL, forKey: .portfolioURL)
        try container.encode(phone, forKey: .phone)
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

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(UUID.self, forKey: .id)
        userID = try container.decode(UUID.self, forKey: .userID)
        resumeFileURL = try container.decodeIfPresent(String.self, forKey: .resumeFileURL)
        resumeText = try container.decodeIfPresent(String.self, forKey: .resumeText)
        linkedinURL = try container.decodeIfPresent(String.self, forKey: .linkedinURL)
        githubURL = try container.decodeIfPresent(String.self, forKey: .githubURL)
        portfolioURL = try container.decodeIfPresent(String.self, forKey: .portfolioURL)
        phone = try container.decodeIfPresent(String.self, forKey: .phone)
        locationCity = try container.decodeIfPresent(String.self, forKey: .locationCity)
        locationState = try container.decodeIfPresent(String.self, forKey: .locationState)
        locationCountry = try container.decodeIfPresent(String.self, forKey: .locationCountry)
        willingToRelocate = try container.decodeIfPresent(Bool.self, forKey: .willingToRelocate) ?? false
        yearsExperience = try container.decodeIfPresent(Int.self, forKey: .yearsExperience)
        currentTitle = try container.decodeIfPresent(String.self, forKey: .currentTitle)
        targetSalaryMin = try container.decodeIfPresent(Int.self, forKey: .targetSalaryMin)
        targetSalaryMax = try container.decodeIfPresent(Int.self, forKey: .targetSalaryMax)
        targetSalaryCurrency = try container.decodeIfPresent(String.self, forKey: .targetSalaryCurrency)
        preferredWorkType = try container.decodeIfPresent(WorkType.self, forKey: .preferredWorkType)
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
        createdAt = try container.decodeIfPresent(Date.self, forKey: .createdAt)
        updatedAt = try container.decodeIfPresent(Date.self, forKey: .updatedAt)
    }
}
