// One row of `job_search_preferences`: a named saved search, as commands show
// it and `--json` writes it.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// A person's saved search: what to look for, what to leave out, and where.
///
/// Array columns the database holds as NULL read back as empty arrays, so a
/// caller never has to tell "not set" from "set to nothing": both match anything.
package struct SavedSearch: Sendable, Equatable, Codable {
    package var id: UUID
    package var userID: UUID
    package var searchName: String
    package var targetTitles: [String]
    package var excludedTitles: [String]
    package var targetCompanies: [String]
    package var excludedCompanies: [String]
    package var minSalary: Int?
    package var maxSalary: Int?
    package var experienceLevels: [String]
    package var workArrangements: [String]
    package var employmentTypes: [String]
    package var locations: [String]
    package var keywords: [String]
    package var excludedKeywords: [String]
    /// `KIND:ARG` values (migration 011), run by `jobhunt discover --search NAME`.
    package var sources: [String]
    package var isActive: Bool
    package var createdAt: Date?
    package var updatedAt: Date?

    /// JSON keys are the seed's column names (and 011's `sources`), in
    /// schema order: the column list of every SELECT and INSERT.
    enum CodingKeys: String, CodingKey, CaseIterable, SQLColumn {
        case id
        case userID = "user_id"
        case searchName = "search_name"
        case targetTitles = "target_titles"
        case excludedTitles = "excluded_titles"
        case targetCompanies = "target_companies"
        case excludedCompanies = "excluded_companies"
        case minSalary = "min_salary"
        case maxSalary = "max_salary"
        case experienceLevels = "experience_levels"
        case workArrangements = "work_arrangements"
        case employmentTypes = "employment_types"
        case locations, keywords
        case excludedKeywords = "excluded_keywords"
        case sources
        case isActive = "is_active"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Writes ids in lower case, as both databases store them, and keeps null fields.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id.uuidString.lowercased(), forKey: .id)
        try container.encode(userID.uuidString.lowercased(), forKey: .userID)
        try container.encode(searchName, forKey: .searchName)
        try container.encode(targetTitles, forKey: .targetTitles)
        try container.encode(excludedTitles, forKey: .excludedTitles)
        try container.encode(targetCompanies, forKey: .targetCompanies)
        try container.encode(excludedCompanies, forKey: .excludedCompanies)
        try container.encode(minSalary, forKey: .minSalary)
        try container.encode(maxSalary, forKey: .maxSalary)
        try container.encode(experienceLevels, forKey: .experienceLevels)
        try container.encode(workArrangements, forKey: .workArrangements)
        try container.encode(employmentTypes, forKey: .employmentTypes)
        try container.encode(locations, forKey: .locations)
        try container.encode(keywords, forKey: .keywords)
        try container.encode(excludedKeywords, forKey: .excludedKeywords)
        try container.encode(sources, forKey: .sources)
        try container.encode(isActive, forKey: .isActive)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
    }

    /// The array a list field names.
    package subscript(list field: SavedSearchField) -> [String] {
        get {
            switch field {
            case .title: targetTitles
            case .excludeTitle: excludedTitles
            case .company: targetCompanies
            case .excludeCompany: excludedCompanies
            case .level: experienceLevels
            case .workType: workArrangements
            case .employmentType: employmentTypes
            case .location: locations
            case .keyword: keywords
            case .excludeKeyword: excludedKeywords
            case .source: sources
            case .salaryMin, .salaryMax: []
            }
        }
        set {
            switch field {
            case .title: targetTitles = newValue
            case .excludeTitle: excludedTitles = newValue
            case .company: targetCompanies = newValue
            case .excludeCompany: excludedCompanies = newValue
            case .level: experienceLevels = newValue
            case .workType: workArrangements = newValue
            case .employmentType: employmentTypes = newValue
            case .location: locations = newValue
            case .keyword: keywords = newValue
            case .excludeKeyword: excludedKeywords = newValue
            case .source: sources = newValue
            case .salaryMin, .salaryMax: break
            }
        }
    }
}
