// A job posting in the seed's words: the job_postings columns the normaliser
// decides, the employer as facts to upsert a company by, and the keys that
// recognise the same job seen twice.
import Foundation
import JobHuntKernel

/// One posting ready for `job_postings`, with every value already inside its column's limits.
///
/// The ingest step adds what the normaliser cannot know (`id`, `company_id`,
/// `embedding`, timestamps); everything else is decided here, so every source
/// is stored by the same rules.
package struct NormalisedPosting: Sendable, Equatable {
    package var externalID: String?
    package var title: String
    /// Clean text (never nil: the column is NOT NULL; empty when the source gave none).
    package var description: String
    /// The posting's requirements section, when it has one.
    package var requirements: String?
    /// The posting's benefits section, when it has one.
    package var benefits: String?
    /// Yearly, in `salaryCurrency`, never converted between currencies.
    package var salaryMin: Int?
    package var salaryMax: Int?
    /// ISO 4217; nil when the posting states no pay (the column's 'USD' default is not a fact).
    package var salaryCurrency: String?
    /// Where the salary came from (`structured` pay fields or a sentence of the `text`); nil without pay.
    package var salarySource: SalarySource?
    /// The sentence the salary was read from, or, when none was stored, the doubtful sentence
    /// about money that was not trusted: evidence for a person to read.
    package var salaryEvidence: String?
    package var experienceLevel: ExperienceLevel?
    package var employmentType: EmploymentType?
    /// nil when the sources give no signal (the README's `unknown`).
    package var workArrangement: WorkArrangement?
    package var locationCity: String?
    /// US states and Canadian provinces as their postal code ("TX", "ON"); other regions as given.
    package var locationState: String?
    /// ISO 3166-1 alpha-2 ("US", "DE", "GB").
    package var locationCountry: String?
    /// Every place the posting names, primary first: multi-location jobs keep them all.
    package var places: [PostingPlace]
    package var sourcePlatform: String
    package var sourceURL: String
    /// `sourceURL` without tracking parameters and case noise, to recognise URL variants.
    package var canonicalURL: String
    package var postedDate: CalendarDate?
    package var expiresDate: CalendarDate?
    package var isActive: Bool
    package var requiredSkills: [String]
    package var preferredSkills: [String]
    package var company: CompanyFacts?
    /// The cross-source identity (normalised company + title + location); nil without a company.
    package var dedupeKey: String?
    /// Values that did not fit their column and were cut, by column name, so ingest can report it.
    package var truncatedColumns: [String]
    /// Values that looked wrong and were dropped, swapped or doubted: one line each, for ingest to report.
    package var warnings: [String] = []

    package init(
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
package struct CompanyFacts: Sendable, Equatable {
    /// As displayed, trimmed and whitespace-collapsed ("Tessellate Robotics, Inc.").
    package var name: String
    /// Case-folded, legal suffix dropped ("tessellate robotics"): what two sources agree on.
    package var key: String
    /// Registrable web domain ("tessellate.example"), never a job board's host.
    package var domain: String?
    package var logoURL: String?
    package var description: String?

    package init(name: String, key: String, domain: String? = nil, logoURL: String? = nil, description: String? = nil) {
        self.name = name
        self.key = key
        self.domain = domain
        self.logoURL = logoURL
        self.description = description
    }
}

extension NormalisedPosting {
    /// `location_area`: the first region wider than a country the places name ("EU",
    /// "Worldwide"), which remote preferences such as "Remote, EU" compare with (migration 027).
    package var locationArea: String? { places.lazy.compactMap(\.area).first }
}
