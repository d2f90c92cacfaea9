// A job posting in the seed's words: the job_postings columns the normaliser
// decides, the employer as facts to upsert a company by, and the keys that
// recognise the same job seen twice.
import Foundation

/// One posting ready for `job_postings`, with every value already inside its column's limits.
///
/// The ingest step adds what the normaliser cannot know (`id`, `company_id`,
/// `embedding`, timestamps); everything else is decided here, so every source
/// is stored by the same rules.
public struct NormalisedPosting: Sendable, Equatable {
    public var externalID: String?
    public var title: String
    /// Clean text (never nil: the column is NOT NULL; empty when the source gave none).
    public var description: String
    /// The posting's requirements section, when it has one.
    public var requirements: String?
    /// The posting's benefits section, when it has one.
    public var benefits: String?
    /// Yearly, in `salaryCurrency`, never converted between currencies.
    public var salaryMin: Int?
    public var salaryMax: Int?
    /// ISO 4217; nil when the posting states no pay (the column's 'USD' default is not a fact).
    public var salaryCurrency: String?
    public var experienceLevel: ExperienceLevel?
    public var employmentType: EmploymentType?
    /// nil when the sources give no signal (the README's `unknown`).
    public var workArrangement: WorkArrangement?
    public var locationCity: String?
    /// US states and Canadian provinces as their postal code ("TX", "ON"); other regions as given.
    public var locationState: String?
    /// ISO 3166-1 alpha-2 ("US", "DE", "GB").
    public var locationCountry: String?
    /// Every place the posting names, primary first: multi-location jobs keep them all.
    public var places: [PostingPlace]
    public var sourcePlatform: String
    public var sourceURL: String
    /// `sourceURL` without tracking parameters and case noise, to recognise URL variants.
    public var canonicalURL: String
    public var postedDate: CalendarDate?
    public var expiresDate: CalendarDate?
    public var isActive: Bool
    public var requiredSkills: [String]
    public var preferredSkills: [String]
    public var company: CompanyFacts?
    /// The cross-source identity (normalised company + title + location); nil without a company.
    public var dedupeKey: String?
    /// Values that did not fit their column and were cut, by column name, so ingest can report it.
    public var truncatedColumns: [String]

    public init(
        externalID: String?, title: String, description: String, requirements: String? = nil,
        benefits: String? = nil, salaryMin: Int? = nil, salaryMax: Int? = nil, salaryCurrency: String? = nil,
        experienceLevel: ExperienceLevel? = nil, employmentType: EmploymentType? = nil,
        workArrangement: WorkArrangement? = nil, locationCity: String? = nil, locationState: String? = nil,
        locationCountry: String? = nil, places: [PostingPlace] = [], sourcePlatform: String, sourceURL: String,
        canonicalURL: String, postedDate: CalendarDate? = nil, expiresDate: CalendarDate? = nil,
        isActive: Bool = true, requiredSkills: [String] = [], preferredSkills: [String] = [],
        company: CompanyFacts? = nil, dedupeKey: String? = nil, truncatedColumns: [String] = []
    ) {
        self.externalID = externalID
        self.title = title
        self.description = description
        self.requirements = requirements
        self.benefits = benefits
        self.salaryMin = salaryMin
        self.salaryMax = salaryMax
        self.salaryCurrency = salaryCurrency
        self.experienceLevel = experienceLevel
        self.employmentType = employmentType
        self.workArrangement = workArrangement
        self.locationCity = locationCity
        self.locationState = locationState
        self.locationCountry = locationCountry
        self.places = places
        self.sourcePlatform = sourcePlatform
        self.sourceURL = sourceURL
        self.canonicalURL = canonicalURL
        self.postedDate = postedDate
        self.expiresDate = expiresDate
        self.isActive = isActive
        self.requiredSkills = requiredSkills
        self.preferredSkills = preferredSkills
        self.company = company
        self.dedupeKey = dedupeKey
        self.truncatedColumns = truncatedColumns
    }
}

/// The employer as a posting describes it, for upserting `companies` by domain or normalised name.
public struct CompanyFacts: Sendable, Equatable {
    /// As displayed, trimmed and whitespace-collapsed ("Tessellate Robotics, Inc.").
    public var name: String
    /// Case-folded, legal suffix dropped ("tessellate robotics"): what two sources agree on.
    public var key: String
    /// Registrable web domain ("tessellate.example"), never a job board's host.
    public var domain: String?
    public var logoURL: String?
    public var description: String?

    public init(name: String, key: String, domain: String? = nil, logoURL: String? = nil, description: String? = nil) {
        self.name = name
        self.key = key
        self.domain = domain
        self.logoURL = logoURL
        self.description = description
    }
}
