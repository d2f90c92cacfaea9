// Reads Recruitee's careers-site API: every published offer of one company.
import Foundation
import JobHuntKernel

/// `GET https://{company}.recruitee.com/api/offers/`: `{"offers": [...]}`.
///
/// `id`, `title`, `careers_url`, `careers_apply_url`, `company_name`, `description` and
/// `requirements` (HTML, joined), `locations[]` (`city`, `state`, `country`) else the offer's own
/// `city`/`state_name`/`country`, `location` as the location text, the `remote`/`hybrid`/`on_site`
/// flags → workplace, `employment_type_code` (`fulltime`, …), `experience_code`, `department`,
/// `tags`, `salary {min, max, currency, period}` (amounts may be strings), `published_at`
/// (`2026-02-10 09:00:00 UTC`) and `close_at`.
package struct RecruiteeParser: SourceParser {
    package init() {}

    package func parse(_ data: Data, context: SourceContext) throws -> SourceParseResult {
        guard let root = try JSONDocument.parse(data, source: "recruitee") as? JSONObject,
            let offers = root.array("offers")
        else {
            throw JobHuntError.sourceUnreadable(source: "recruitee", reason: "expected an object with \"offers\"")
        }
        return RecordCollector.collect(offers) { try posting($0, context) }
    }

    private func posting(_ offer: JSONObject, _ context: SourceContext) throws -> RawPosting {
        var posting = RawPosting(
            sourcePlatform: "recruitee", externalID: try offer.required("id"), url: try offer.required("careers_url"),
            applyURL: offer.nonBlank("careers_apply_url"), title: try offer.required("title"),
            companyName: offer.nonBlank("company_name") ?? context.companyOrToken)
        let html = [offer.nonBlank("description"), offer.nonBlank("requirements")].compactMap { $0 }
        posting.descriptionHTML = html.isEmpty ? nil : html.joined()
        posting.locations = [offer.nonBlank("location")].compactMap { $0 }
        let places = offer.objects("locations")
        posting.addresses =
            places.isEmpty
            ? [
                RawAddress(
                    city: offer.nonBlank("city"), region: offer.nonBlank("state_name"),
                    country: offer.nonBlank("country"))
            ]
            : places.map {
                RawAddress(
                    city: $0.nonBlank("city"), region: $0.nonBlank("state") ?? $0.nonBlank("state_name"),
                    country: $0.nonBlank("country"))
            }
        posting.addresses.removeAll { $0.city == nil && $0.region == nil && $0.country == nil }
        posting.workplace =
            offer.bool("hybrid") == true
            ? "hybrid"
            : offer.bool("remote") == true ? "remote" : offer.bool("on_site") == true ? "onsite" : nil
        posting.isRemote = offer.bool("remote")
        posting.employmentType = offer.nonBlank("employment_type_code")
        posting.experienceLevel = offer.nonBlank("experience_code")
        posting.departments = [offer.nonBlank("department")].compactMap { $0 }
        posting.tags = offer.strings("tags")
        if let salary = offer.object("salary"), salary.decimal("min") != nil || salary.decimal("max") != nil {
            posting.salary = RawSalary(
                minimum: salary.decimal("min"), maximum: salary.decimal("max"), currency: salary.nonBlank("currency"),
                period: salary.nonBlank("period"))
        }
        posting.postedAt = posting.date(
            Self.zoned(offer.text("published_at")), field: "published_at", SourceDate.iso8601)
        posting.expiresAt = posting.date(Self.zoned(offer.text("close_at")), field: "close_at", SourceDate.iso8601)
        return posting
    }

    /// `2026-02-10 09:00:00 UTC` → `2026-02-10 09:00:00Z`, the ISO shape SourceDate reads.
    static func zoned(_ text: String?) -> String? {
        guard let text else { return nil }
        return text.hasSuffix(" UTC") ? String(text.dropLast(4)) + "Z" : text
    }
}
