// The columns of `job_postings`, declared once: what ingest writes, what a
// stored posting reads back, and the JSON keys it is written under.
import Foundation
package import JobHuntDatabase

/// Every `job_postings` column jobhunt reads or writes (all but `embedding`,
/// `last_seen_at`), plus `company_name` from the companies join.
///
/// ``content`` is what a normalised posting decides (the ingest INSERT list and
/// UPDATE SET list, in `contentArguments(companyID:hash:)` order); ``stored`` is
/// what ``StoredPosting`` reads, and these are its JSON keys.
package enum PostingColumn: String, CodingKey, CaseIterable, SQLColumn {
    case id
    case externalID = "external_id"
    case companyID = "company_id"
    case title, description, requirements, benefits
    case salaryMin = "salary_min"
    case salaryMax = "salary_max"
    case salaryCurrency = "salary_currency"
    case experienceLevel = "experience_level"
    case employmentType = "employment_type"
    case workArrangement = "work_arrangement"
    case locationCity = "location_city"
    case locationState = "location_state"
    case locationCountry = "location_country"
    case sourcePlatform = "source_platform"
    case sourceURL = "source_url"
    case postedDate = "posted_date"
    case expiresDate = "expires_date"
    case isActive = "is_active"
    case requiredSkills = "required_skills"
    case preferredSkills = "preferred_skills"
    case dedupeKey = "dedupe_key"
    case contentHash = "content_hash"
    case salarySource = "salary_source"
    case salaryEvidence = "salary_evidence"
    case locationArea = "location_area"
    case createdAt = "created_at"
    case updatedAt = "updated_at"
    /// `companies.name`, joined in as `company_name`; not a `job_postings` column.
    case companyName = "company_name"

    /// The columns a normalised posting decides, in declaration order (which
    /// `contentArguments(companyID:hash:)` follows): not identity, activity or timestamps.
    static let content = allCases.filter { ![.id, .isActive, .createdAt, .updatedAt, .companyName].contains($0) }

    /// The `job_postings` columns a ``StoredPosting`` reads (the company's name comes from the join).
    package static let stored = allCases.filter { ![.dedupeKey, .contentHash, .companyName].contains($0) }
}
