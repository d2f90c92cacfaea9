// The job_postings columns a NormalisedPosting decides, as bound arguments,
// and the content hash that tells an updated posting from an unchanged one.
import Foundation
internal import JobHuntDatabase
internal import JobHuntIO
import JobHuntKernel

extension NormalisedPosting {
    /// The stored identity of this posting on its source: the source's id, or
    /// the canonical URL when the source gives none (RSS items without a guid).
    var sourceExternalID: String { externalID ?? canonicalURL }

    /// `platform<US>external id`: the key of `unique_posting_source`, as one string.
    var sourceIdentity: String { sourcePlatform + "\u{1F}" + sourceExternalID }

    /// Active unless the normaliser found it inactive or its expiry is before `day`.
    func isActive(on day: CalendarDate) -> Bool {
        guard isActive else { return false }
        guard let expiresDate else { return true }
        return expiresDate >= day
    }

    /// SHA-256 (hex) over every stored content column, not over activity or
    /// timestamps: equal hashes mean a re-run would write the same row.
    var contentHash: String {
        let fields: [String?] =
            [
                externalID, title, description, requirements, benefits, salaryMin.map(String.init),
                salaryMax.map(String.init), salaryCurrency, experienceLevel?.rawValue, employmentType?.rawValue,
                workArrangement?.rawValue, locationCity, locationState, locationCountry, sourcePlatform, sourceURL,
                postedDate?.description, expiresDate?.description, requiredSkills.joined(separator: "\u{1E}"),
                preferredSkills.joined(separator: "\u{1E}"), dedupeKey, company?.key, salarySource?.rawValue,
                salaryEvidence,
            ]
            // The area joined the columns later (migration 027): hashed only when there is one, so the
            // hash of a posting without one is what it was and a re-run does not rewrite every row.
            + (locationArea.map { [$0] } ?? [])
        // Unit separators between fields and a marker for nil keep ("a", nil) apart from (nil, "a").
        let text = fields.map { $0.map { "=" + $0 } ?? "-" }.joined(separator: "\u{1F}")
        return Hashing.hex(Hashing.sha256(text))
    }

    /// The content columns, in ``PostingColumn/content`` order; `hash` is ``contentHash``, computed once by the caller.
    func contentArguments(companyID: UUID?, hash: String) -> [(any DatabaseValueConvertible)?] {
        [
            externalID, companyID, title, description, requirements, benefits, salaryMin, salaryMax,
            salaryCurrency, experienceLevel?.rawValue, employmentType?.rawValue, workArrangement?.rawValue,
            locationCity, locationState, locationCountry, sourcePlatform, sourceURL, postedDate, expiresDate,
            requiredSkills, preferredSkills, dedupeKey, hash, salarySource?.rawValue, salaryEvidence, locationArea,
        ]
    }
}
