// A job posting as one source described it, before normalisation: the
// boundary between the source adapters (which read each format) and the
// normaliser (which turns every source's words into the seed's columns).
import Foundation

/// What a source said about one job, kept close to the source's own words.
///
/// Adapters fill what their format carries and leave the rest nil; they do
/// not interpret (no salary parsing from text, no location splitting). The
/// normaliser decides, so every source is interpreted by the same rules.
public struct RawPosting: Sendable, Equatable {
    /// `greenhouse`, `lever`, `ashby`, `jsonld`, `rss`, `remoteok`, `file`, or
    /// for JobSpy rows the row's `site` (`linkedin`, `indeed`, `glassdoor`,
    /// `zip_recruiter`, `google`): becomes `job_postings.source_platform`.
    public var sourcePlatform: String
    /// The source's id for the posting (Greenhouse job post id, Lever id, …).
    public var externalID: String?
    /// The posting's public page: `job_postings.source_url`.
    public var url: String
    /// Where to apply, when the source gives a different URL.
    public var applyURL: String?
    public var title: String
    public var companyName: String?
    /// The employer's web domain when known (`tessellate.example`), for company de-duplication.
    public var companyDomain: String?
    public var companyLogoURL: String?
    public var companyDescription: String?
    /// The description as HTML, already un-escaped once where the source escapes it (Greenhouse).
    public var descriptionHTML: String?
    /// The description as plain text or Markdown, when the source gives text rather than HTML.
    public var descriptionText: String?
    /// Free-text locations exactly as given: `"Remote - US"`, `"Berlin, Germany"`; several for multi-location jobs.
    public var locations: [String]
    /// Structured addresses when the source has them (JSON-LD PostalAddress, JobSpy columns).
    public var addresses: [RawAddress]
    /// The source's workplace field as given: `"onsite"`, `"Hybrid"`, `"TELECOMMUTE"`, …
    public var workplace: String?
    /// An explicit remote flag (Ashby `isRemote`, JobSpy `is_remote`); nil when absent or empty.
    public var isRemote: Bool?
    /// The source's employment type as given: `"Full-time"`, `"FULL_TIME"`, `"FullTime"`, `"Contract"`, …
    public var employmentType: String?
    /// Seniority as given by the source, when it has a field for it (JobSpy `job_level`).
    public var experienceLevel: String?
    /// Structured pay, when the source has it.
    public var salary: RawSalary?
    /// When the posting was first published, if the source says.
    public var postedAt: Date?
    /// `validThrough`, `expires_at`, `application_deadline`: when it stops accepting applications.
    public var expiresAt: Date?
    public var departments: [String]
    /// Tags and categories the source attaches (Remote OK tags, RSS categories).
    public var tags: [String]

    public init(
        sourcePlatform: String, externalID: String? = nil, url: String, applyURL: String? = nil, title: String,
        companyName: String? = nil, companyDomain: String? = nil, companyLogoURL: String? = nil,
        companyDescription: String? = nil, descriptionHTML: String? = nil, descriptionText: String? = nil,
        locations: [String] = [], addresses: [RawAddress] = [], workplace: String? = nil, isRemote: Bool? = nil,
        employmentType: String? = nil, experienceLevel: String? = nil, salary: RawSalary? = nil,
        postedAt: Date? = nil, expiresAt: Date? = nil, departments: [String] = [], tags: [String] = []
    ) {
        self.sourcePlatform = sourcePlatform
        self.externalID = externalID
        self.url = url
        self.applyURL = applyURL
        self.title = title
        self.companyName = companyName
        self.companyDomain = companyDomain
        self.companyLogoURL = companyLogoURL
        self.companyDescription = companyDescription
        self.descriptionHTML = descriptionHTML
        self.descriptionText = descriptionText
        self.locations = locations
        self.addresses = addresses
        self.workplace = workplace
        self.isRemote = isRemote
        self.employmentType = employmentType
        self.experienceLevel = experienceLevel
        self.salary = salary
        self.postedAt = postedAt
        self.expiresAt = expiresAt
        self.departments = departments
        self.tags = tags
    }
}

/// A structured address: schema.org PostalAddress, JobSpy's city/state/country.
public struct RawAddress: Sendable, Equatable {
    public var city: String?
    public var region: String?
    public var country: String?

    public init(city: String? = nil, region: String? = nil, country: String? = nil) {
        self.city = city
        self.region = region
        self.country = country
    }
}

/// Pay as the source structured it, before annualising.
public struct RawSalary: Sendable, Equatable {
    public var minimum: Decimal?
    public var maximum: Decimal?
    /// ISO 4217 code when given (`USD`, `EUR`).
    public var currency: String?
    /// The period as given: `YEAR`, `HOUR`, `1 MONTH`, `monthly`, `yearly`, …
    public var period: String?
    /// The source says pay exists but is not shown (Ashby `shouldDisplayCompensationOnJobPostings: false`).
    public var isWithheld: Bool

    public init(
        minimum: Decimal? = nil, maximum: Decimal? = nil, currency: String? = nil, period: String? = nil,
        isWithheld: Bool = false
    ) {
        self.minimum = minimum
        self.maximum = maximum
        self.currency = currency
        self.period = period
        self.isWithheld = isWithheld
    }
}
