// One row of `job_search_preferences`: a named saved search, as commands show
// it and `--json` writes it.
import Foundation

/// A person's saved search: what to look for, what to leave out, and where.
///
/// Array columns the database holds as NULL read back as empty arrays, so a
/// caller never has to tell "not set" from "set to nothing": both match anything.
public struct SavedSearch: Sendable, Equatable, Codable {
    public var id: UUID
    public var userID: UUID
    public var searchName: String
    public var targetTitles: [String]
    public var excludedTitles: [String]
    public var targetCompanies: [String]
    public var excludedCompanies: [String]
    public var minSalary: Int?
    public var maxSalary: Int?
    public var experienceLevels: [String]
    public var workArrangements: [String]
    public var employmentTypes: [String]
    public var locations: [String]
    public var keywords: [String]
    public var excludedKeywords: [String]
    /// `KIND:ARG` values (migration 011), run by `jobhunt discover --search NAME`.
    public var sources: [String]
    public var isActive: Bool
    public var createdAt: Date?
    public var updatedAt: Date?

    /// JSON keys are the seed's column names (and 011's `sources`).
    enum CodingKeys: String, CodingKey, CaseIterable {
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

    /// The column names, in schema order, for SELECTs and for tests comparing JSON keys.
    public static let columnNames = CodingKeys.allCases.map(\.rawValue)

    /// Writes ids in lower case, as both databases store them, and keeps null fields.
    public func encode(to encoder: any Encoder) throws {
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
    public subscript(list field: SavedSearchField) -> [String] {
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
