// One ranked posting with its score and the reasons for it: the shape of
// `discover match --json`, a contract other tools read (docs/matching.md).
import Foundation
import JobHuntKernel

/// How a posting's pay compares with the salary floor.
package enum SalaryFit: String, Sendable, Codable, CaseIterable {
    /// The whole range, or the only figure, reaches the floor.
    case meets
    /// Only the top of the range reaches the floor.
    case partly
    /// The top of the range is under the floor.
    case below
    /// The posting gives no salary (neutral).
    case unknown
    /// The posting pays in another currency than the floor, which is in the
    /// profile's `target_salary_currency`, else its country's (neutral:
    /// amounts are never converted).
    case otherCurrency = "other-currency"
    /// Neither the profile nor the search sets a floor (neutral).
    case noFloor = "no-floor"
    /// No floor is set, and the top of the range is under what the postings
    /// nearest the person's aim reach (the median of their tops: ``AimPeers``).
    case belowPeers = "below-peers"
}

/// How a posting's place and arrangement compare with the profile's.
package enum LocationFit: String, Sendable, Codable, CaseIterable {
    case remote
    /// Remote, but only from a country that is not yours ("Remote - US" for
    /// someone in Germany): employers hire remote staff where they can employ them.
    case remoteElsewhere = "remote-elsewhere"
    case sameCity = "same-city"
    case sameRegion = "same-region"
    case sameCountry = "same-country"
    /// Elsewhere, but the profile is willing to relocate.
    case relocation
    case elsewhere
    /// The posting or the profile has no place (neutral).
    case unknown
}

/// A posting as `discover match` ranks it.
///
/// JSON keys (the contract): `rank`, `id`, `title`, `company_name`, `location`,
/// `work_arrangement`, `source_platform`, `external_id`, `source_url`, `score`,
/// `components`, `matching_skills`, `missing_required_skills`, `salary_fit`,
/// `location_fit`, `outside_search`, `dealbreakers`; plus `salary_min`, `salary_max`, `salary_currency`,
/// `experience_level` and `posted_date` for display.
package struct PostingMatch: Sendable, Equatable, Codable {
    package var rank: Int
    package var id: UUID
    package var title: String
    package var companyName: String?
    /// "City, State, Country" with the parts the posting has; nil when none.
    package var location: String?
    package var workArrangement: String?
    package var sourcePlatform: String
    package var externalID: String?
    package var sourceURL: String
    /// The weighted score, 0…1.
    package var score: Double
    package var components: MatchComponents
    /// Posting skills (required first) the profile has, as the posting spells them.
    package var matchingSkills: [String]
    package var missingRequiredSkills: [String]
    package var salaryFit: SalaryFit
    package var locationFit: LocationFit
    package var salaryMin: Int?
    package var salaryMax: Int?
    package var salaryCurrency: String?
    package var experienceLevel: String?
    package var postedDate: String?
    /// True for a near miss: the posting does not pass the saved search, and is
    /// ordered as if its `score` were ``MatchCalibration/nearMissPenalty`` lower
    /// (``MatchFilters/nearMisses(oneOff:)``).
    /// Optional only so results cached before it read back; written as a bool.
    package var outsideSearch: Bool? = nil
    /// What rules the posting out whatever else fits (``Dealbreaker``), each
    /// already taken off `score`. Optional only so results cached before it
    /// read back; written as a list.
    package var dealbreakers: [Dealbreaker]? = nil

    enum CodingKeys: String, CodingKey {
        case rank, id, title
        case companyName = "company_name"
        case location
        case workArrangement = "work_arrangement"
        case sourcePlatform = "source_platform"
        case externalID = "external_id"
        case sourceURL = "source_url"
        case score, components
        case matchingSkills = "matching_skills"
        case missingRequiredSkills = "missing_required_skills"
        case salaryFit = "salary_fit"
        case locationFit = "location_fit"
        case salaryMin = "salary_min"
        case salaryMax = "salary_max"
        case salaryCurrency = "salary_currency"
        case experienceLevel = "experience_level"
        case postedDate = "posted_date"
        case outsideSearch = "outside_search"
        case dealbreakers
    }

    /// Null fields are written as null, ids in lower case.
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rank, forKey: .rank)
        try c.encode(id.uuidString.lowercased(), forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(companyName, forKey: .companyName)
        try c.encode(location, forKey: .location)
        try c.encode(workArrangement, forKey: .workArrangement)
        try c.encode(sourcePlatform, forKey: .sourcePlatform)
        try c.encode(externalID, forKey: .externalID)
        try c.encode(sourceURL, forKey: .sourceURL)
        try c.encode(score, forKey: .score)
        try c.encode(components, forKey: .components)
        try c.encode(matchingSkills, forKey: .matchingSkills)
        try c.encode(missingRequiredSkills, forKey: .missingRequiredSkills)
        try c.encode(salaryFit, forKey: .salaryFit)
        try c.encode(locationFit, forKey: .locationFit)
        try c.encode(salaryMin, forKey: .salaryMin)
        try c.encode(salaryMax, forKey: .salaryMax)
        try c.encode(salaryCurrency, forKey: .salaryCurrency)
        try c.encode(experienceLevel, forKey: .experienceLevel)
        try c.encode(postedDate, forKey: .postedDate)
        try c.encode(outsideSearch ?? false, forKey: .outsideSearch)
        try c.encode(dealbreakers ?? [], forKey: .dealbreakers)
    }
}
