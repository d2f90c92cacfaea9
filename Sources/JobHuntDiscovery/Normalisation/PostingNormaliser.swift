// Turns one RawPosting into a NormalisedPosting by applying every rule in this
// folder in order: pure code, no network, no database, an injected clock.
import Foundation
import JobHuntKernel
import JobHuntSkills

/// The normaliser: every source's words into the seed's columns by the same rules.
///
/// ```swift
/// let normaliser = PostingNormaliser(now: Date())
/// let posting = try normaliser.normalise(raw)
/// posting.workArrangement  // .hybrid
/// ```
///
/// `textOf` turns a posting's description into clean text; it defaults to a minimal tag
/// stripper until the adapters' HTML converter is passed in. `now` decides expiry, so runs are
/// reproducible (`JOBHUNT_NOW`).
package struct PostingNormaliser: Sendable {
    package var now: Date
    package var taxonomy: SkillTaxonomy
    package var textOf: @Sendable (RawPosting) -> String

    package init(
        now: Date, taxonomy: SkillTaxonomy = .standard,
        textOf: @escaping @Sendable (RawPosting) -> String = PostingNormaliser.descriptionText
    ) {
        self.now = now
        self.taxonomy = taxonomy
        self.textOf = textOf
    }

    /// The posting in column form; throws when a NOT NULL column (title, source URL) would be empty.
    package func normalise(_ raw: RawPosting) throws(JobHuntError) -> NormalisedPosting {
        let label = "\(raw.sourcePlatform):\(raw.externalID ?? raw.url)"
        var truncated: [String] = []
        func fit(_ value: String?, _ limit: Int, _ column: String) -> String? {
            guard let value else { return nil }
            let result = ColumnText.truncated(value, to: limit)
            if result.didTruncate { truncated.append(column) }
            return result.text
        }
        let title = ColumnText.collapsed(raw.title)
        guard !title.isEmpty else { throw JobHuntError.normalisationMissingTitle(posting: label) }
        let url = ColumnText.collapsed(raw.url)
        guard !url.isEmpty else { throw JobHuntError.normalisationMissingURL(posting: label) }

        let text = ColumnText.trimmed(textOf(raw))
        let (places, placeWarnings) = LocationRule.placesAndDoubts(addresses: raw.addresses, locations: raw.locations)
        let primary = LocationRule.primary(of: places)
        let employmentType = EmploymentTypeRule.employmentType(
            field: raw.employmentType, title: title, text: text)
        // An intern's stipend or allowance is the intern's pay (SalaryContext.internPayLabel).
        let pay = SalaryRule.decide(
            raw: raw, text: text, country: primary?.country, internship: employmentType == .internship)
        let salary = pay.salary
        let sections = SectionRule.sections(of: text)
        let skills = taxonomy.postingSkills(in: text)
        let expires = raw.expiresAt.map(DateRule.utcDay)
        var dateWarnings: [String] = []
        var posted = raw.postedAt.map(DateRule.utcDay)
        if posted == nil, let phrase = raw.postedRelative {
            posted = RelativeDate.day(phrase, now: now)
            if posted == nil {
                dateWarnings.append("posted date \"\(phrase)\" does not say which day; left empty")
            }
        }
        let company = companyFacts(raw)

        var posting = NormalisedPosting(
            externalID: fit(ColumnText.nonEmpty(raw.externalID), ColumnLimit.externalID, "external_id"),
            title: fit(title, ColumnLimit.title, "title")!, description: text,
            requirements: sections.requirements, benefits: sections.benefits,
            salaryMin: salary?.minimum, salaryMax: salary?.maximum, salaryCurrency: salary?.currency,
            experienceLevel: ExperienceLevelRule.level(title: title, field: raw.experienceLevel, text: text),
            employmentType: employmentType,
            workArrangement: WorkplaceRule.arrangement(for: raw, places: places, text: text),
            locationCity: fit(primary?.city, ColumnLimit.city, "location_city"),
            locationState: fit(primary?.state, ColumnLimit.state, "location_state"),
            locationCountry: fit(primary?.country, ColumnLimit.country, "location_country"), places: places,
            sourcePlatform: raw.sourcePlatform, sourceURL: fit(url, ColumnLimit.sourceURL, "source_url")!,
            canonicalURL: URLRule.canonical(url), postedDate: posted,
            expiresDate: expires, isActive: DateRule.isActive(expires: expires, now: now),
            requiredSkills: skills.required, preferredSkills: skills.preferred, company: company)
        posting.dedupeKey = DedupeRule.key(companyKey: company?.key, title: title, place: primary)
        posting.truncatedColumns = truncated
        posting.salarySource = pay.source
        // salary_evidence is TEXT; 500 scalars keep a sentence, never a page.
        posting.salaryEvidence = pay.evidence.map { ColumnText.truncated($0, to: 500).text }
        posting.warnings = raw.warnings + placeWarnings + dateWarnings + pay.warnings
        return posting
    }

    /// The employer's name, matching key and domain.
    ///
    /// The domain is the one the source gives; else the posting's host when it
    /// is the employer's own site: a schema.org page (`jsonld`) is, and any other
    /// host counts only when it carries the employer's name
    /// (`tessellate-robotics.example` for Tessellate Robotics). An unknown job
    /// board's host would otherwise make every employer on it one company.
    func companyFacts(_ raw: RawPosting) -> CompanyFacts? {
        guard let given = ColumnText.nonEmpty(raw.companyName) else { return nil }
        // "Modal Freight (YC W24)": the batch and funding aside is about the company, not its name.
        let name = CompanyName.withoutFundingAside(given)
        let key = CompanyRule.nameKey(name)
        guard !key.isEmpty else { return nil }
        let source = raw.companyDomain.flatMap { domain in
            CompanyRule.domain(fromURL: domain.contains("://") ? domain : "https://" + domain)
        }
        let inferred = ([raw.url] + (raw.applyURL.map { [$0] } ?? [])).lazy.compactMap(CompanyRule.domain)
            .first { raw.sourcePlatform == "jsonld" || CompanyRule.domain($0, carriesName: key) }
        let domain = source ?? inferred
        return CompanyFacts(
            name: ColumnText.truncated(name, to: ColumnLimit.companyName).text, key: key, domain: domain,
            logoURL: raw.companyLogoURL, description: raw.companyDescription)
    }
}
