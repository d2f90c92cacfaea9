// A job posting as one source described it, before normalisation: the
// boundary between the source adapters (which read each format) and the
// normaliser (which turns every source's words into the seed's columns).
import Foundation
import JobHuntKernel

/// What a source said about one job, kept close to the source's own words.
///
/// Adapters fill what their format carries and leave the rest nil; they do
/// not interpret (no salary parsing from text, no location splitting). The
/// normaliser decides, so every source is interpreted by the same rules.
package struct RawPosting: Sendable, Equatable {
    /// `greenhouse`, `lever`, `ashby`, `jsonld`, `rss`, `remoteok`, `file`, or
    /// for JobSpy rows the row's `site` (`linkedin`, `indeed`, `glassdoor`,
    /// `zip_recruiter`, `google`): becomes `job_postings.source_platform`.
    package var sourcePlatform: String
    /// The source's id for the posting (Greenhouse job post id, Lever id, …).
    package var externalID: String?
    /// The posting's public page: `job_postings.source_url`.
    package var url: String
    /// Where to apply, when the source gives a different URL.
    package var applyURL: String?
    package var title: String
    package var companyName: String?
    /// The employer's web domain when known (`tessellate.example`), for company de-duplication.
    package var companyDomain: String?
    package var companyLogoURL: String?
    package var companyDescription: String?
    /// The description as HTML, already un-escaped once where the source escapes it (Greenhouse).
    package var descriptionHTML: String?
    /// The description as plain text or Markdown, when the source gives text rather than HTML.
    package var descriptionText: String?
    /// Free-text locations exactly as given: `"Remote - US"`, `"Berlin, Germany"`; several for multi-location jobs.
    package var locations: [String]
    /// Structured addresses when the source has them (JSON-LD PostalAddress, JobSpy columns).
    package var addresses: [RawAddress]
    /// The source's workplace field as given: `"onsite"`, `"Hybrid"`, `"TELECOMMUTE"`, …
    package var workplace: String?
    /// An explicit remote flag (Ashby `isRemote`, JobSpy `is_remote`); nil when absent or empty.
    package var isRemote: Bool?
    /// The source's employment type as given: `"Full-time"`, `"FULL_TIME"`, `"FullTime"`, `"Contract"`, …
    package var employmentType: String?
    /// Seniority as given by the source, when it has a field for it (JobSpy `job_level`).
    package var experienceLevel: String?
    /// Structured pay, when the source has it.
    package var salary: RawSalary?
    /// When the posting was first published, if the source says.
    package var postedAt: Date?
    /// When the source gives the posting date only relative to when it was fetched ("Posted 3 Days
    /// Ago", "Posted Yesterday"): the phrase as written, which the normaliser resolves against its
    /// clock (the fetch time), since parsers have none. Read only when `postedAt` is nil.
    package var postedRelative: String?
    /// `validThrough`, `expires_at`, `application_deadline`: when it stops accepting applications.
    package var expiresAt: Date?
    package var departments: [String]
    /// Tags and categories the source attaches (Remote OK tags, RSS categories).
    package var tags: [String]
    /// What the adapter found wrong in this record and left out (an impossible date, …), one line each.
    package var warnings: [String] = []

    package init(
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
package struct RawAddress: Sendable, Equatable {
    package var city: String?
    package var region: String?
    package var country: String?

    package init(city: String? = nil, region: String? = nil, country: String? = nil) {
        self.city = city
        self.region = region
        self.country = country
    }
}

/// Pay as the source structured it, before annualising.
package struct RawSalary: Sendable, Equatable {
    package var minimum: Decimal?
    package var maximum: Decimal?
    /// ISO 4217 code when given (`USD`, `EUR`).
    package var currency: String?
    /// The period as given: `YEAR`, `HOUR`, `1 MONTH`, `monthly`, `yearly`, …
    package var period: String?
    /// The source says pay exists but is not shown (Ashby `shouldDisplayCompensationOnJobPostings: false`).
    package var isWithheld: Bool

    package init(
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

extension RawPosting {
    /// Reads a source's date field with `parse`; text that is not a real date ("2026-02-30",
    /// "yesterday") leaves the date nil and adds one warning naming the field, instead of
    /// vanishing without a word or rolling over to another day.
    mutating func date(_ text: String?, field: String, _ parse: (String) -> Date?) -> Date? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        if let date = parse(text) { return date }
        warnings.append("\(field) \"\(text)\" is not a real date; left empty")
        return nil
    }
}
