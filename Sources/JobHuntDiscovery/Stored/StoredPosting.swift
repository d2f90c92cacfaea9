// One stored row of `job_postings` with its company's name, as
// `discover list` shows it and `--json` writes it.
import Foundation
import JobHuntKernel

/// A posting as stored, for reading back.
///
/// JSON keys are the seed's `job_postings` column names plus `company_name`;
/// `embedding` is left out (384 numbers no one reads in a listing).
package struct StoredPosting: Sendable, Equatable, Encodable {
    package var id: UUID
    package var externalID: String?
    package var companyID: UUID?
    package var companyName: String?
    package var title: String
    package var description: String
    package var requirements: String?
    package var benefits: String?
    package var salaryMin: Int?
    package var salaryMax: Int?
    package var salaryCurrency: String?
    package var experienceLevel: String?
    package var employmentType: String?
    package var workArrangement: String?
    package var locationCity: String?
    package var locationState: String?
    package var locationCountry: String?
    package var sourcePlatform: String
    package var sourceURL: String
    package var postedDate: CalendarDate?
    package var expiresDate: CalendarDate?
    package var isActive: Bool
    package var requiredSkills: [String]?
    package var preferredSkills: [String]?
    package var createdAt: Date?
    package var updatedAt: Date?
    /// `structured` or `text` (issue 18); nil without pay or for rows stored before migration 024.
    package var salarySource: String? = nil
    /// The sentence the salary was read from, or the doubtful one when none was stored.
    package var salaryEvidence: String? = nil
    /// The region wider than a country the location named ("EU", "Worldwide"; migration 027), nil for none.
    package var locationArea: String? = nil

    /// The column names (``PostingColumn``); `dedupe_key` and `content_hash` are never written.
    package typealias CodingKeys = PostingColumn

    /// The `job_postings` columns read (every seed column but `embedding`).
    package static let columns = PostingColumn.stored

    /// Lower-case ids, dates as `YYYY-MM-DD`, null fields kept (but `salary_source` and
    /// `salary_evidence`, written only when set).
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id.uuidString.lowercased(), forKey: .id)
        try c.encode(externalID, forKey: .externalID)
        try c.encode(companyID?.uuidString.lowercased(), forKey: .companyID)
        try c.encode(companyName, forKey: .companyName)
        try c.encode(title, forKey: .title)
        try c.encode(description, forKey: .description)
        try c.encode(requirements, forKey: .requirements)
        try c.encode(benefits, forKey: .benefits)
        try c.encode(salaryMin, forKey: .salaryMin)
        try c.encode(salaryMax, forKey: .salaryMax)
        try c.encode(salaryCurrency, forKey: .salaryCurrency)
        try c.encode(experienceLevel, forKey: .experienceLevel)
        try c.encode(employmentType, forKey: .employmentType)
        try c.encode(workArrangement, forKey: .workArrangement)
        try c.encode(locationCity, forKey: .locationCity)
        try c.encode(locationState, forKey: .locationState)
        try c.encode(locationCountry, forKey: .locationCountry)
        try c.encode(sourcePlatform, forKey: .sourcePlatform)
        try c.encode(sourceURL, forKey: .sourceURL)
        try c.encode(postedDate?.description, forKey: .postedDate)
        try c.encode(expiresDate?.description, forKey: .expiresDate)
        try c.encode(isActive, forKey: .isActive)
        try c.encode(requiredSkills, forKey: .requiredSkills)
        try c.encode(preferredSkills, forKey: .preferredSkills)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        // Present only when known, so a posting without pay keeps the seed's keys.
        try c.encodeIfPresent(salarySource, forKey: .salarySource)
        try c.encodeIfPresent(salaryEvidence, forKey: .salaryEvidence)
        try c.encodeIfPresent(locationArea, forKey: .locationArea)
    }
}
