// Reads the Breezy HR careers-site JSON: one company's published positions.
import Foundation
import JobHuntKernel

/// `GET https://{company}.breezy.hr/json`: a bare array of positions.
///
/// `id`, `name` → title, `url`, `company.name` and `company.logo_url`, `location` (`city`,
/// `state.name`, `country.name`; `name` as the location text; `is_remote` → the remote flag) plus
/// any further `locations[]`, `type.name` → employment type, `department`, `published_date`.
/// `salary` is a free-text phrase ("$120,000 - $150,000"), read into structured pay by the
/// normaliser's salary reader. The list carries no description.
package struct BreezyParser: SourceParser {
    package init() {}

    package func parse(_ data: Data, context: SourceContext) throws -> SourceParseResult {
        guard let positions = try JSONDocument.parse(data, source: "breezy") as? [Any] else {
            throw JobHuntError.sourceUnreadable(source: "breezy", reason: "expected a JSON array of positions")
        }
        return RecordCollector.collect(positions) { try posting($0, context) }
    }

    private func posting(_ item: JSONObject, _ context: SourceContext) throws -> RawPosting {
        let company = item.object("company")
        var posting = RawPosting(
            sourcePlatform: "breezy", externalID: try item.required("id"), url: try item.required("url"),
            title: try item.required("name"), companyName: company?.nonBlank("name") ?? context.companyOrToken,
            companyLogoURL: company?.nonBlank("logo_url"))
        var places = item.objects("locations")
        if places.isEmpty, let primary = item.object("location") { places = [primary] }
        for place in places {
            if let text = place.nonBlank("name") { posting.locations.append(text) }
            posting.addresses.append(
                RawAddress(
                    city: place.nonBlank("city"), region: place.object("state")?.nonBlank("name"),
                    country: place.object("country")?.nonBlank("name")))
        }
        posting.addresses.removeAll { $0.city == nil && $0.region == nil && $0.country == nil }
        posting.isRemote = item.object("location")?.bool("is_remote")
        posting.employmentType = item.object("type")?.nonBlank("name")
        posting.departments = [item.nonBlank("department")].compactMap { $0 }
        posting.salary = PayText.salary(item.nonBlank("salary"), payField: true)
        posting.postedAt = posting.date(item.text("published_date"), field: "published_date", SourceDate.iso8601)
        return posting
    }
}
