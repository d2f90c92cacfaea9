// Maps one schema.org JobPosting node to a RawPosting, resolving `@id` references.
import Foundation
import JobHuntKernel

struct JSONLDJob {
    var node: JSONObject
    var nodesByID: [String: JSONObject]
    var baseURL: URL?

    /// `identifier` as a PropertyValue's `value`, a bare string or number, or the node's `@id`.
    var identifier: String? {
        if let object = resolve(node["identifier"]).first { return object.text("value") ?? object.text("@id") }
        return node.nonBlank("identifier") ?? node.nonBlank("@id")
    }

    func posting() throws -> RawPosting {
        guard
            let url = link(node.nonBlank("url")) ?? node.nonBlank("@id").flatMap(absoluteLink)
                ?? baseURL?.absoluteString
        else {
            throw RecordError("no url, @id or page URL")
        }
        let organization = resolve(node["hiringOrganization"]).first
        var posting = RawPosting(
            sourcePlatform: "jsonld", externalID: identifier, url: url,
            title: HTMLEntities.decode(node.text("title") ?? ""),
            companyName: (organization?.nonBlank("name") ?? node.nonBlank("hiringOrganization"))
                .map(HTMLEntities.decode),
            companyDomain: SourceURL.domain(organization?.strings("sameAs").first ?? organization?.nonBlank("url")),
            companyLogoURL: logo(organization?["logo"]),
            descriptionHTML: node.nonBlank("description"))
        posting.workplace = node.strings("jobLocationType").first
        posting.locations = resolve(node["applicantLocationRequirements"]).compactMap { $0.nonBlank("name") }
        for place in resolve(node["jobLocation"]) {
            if let text = place.nonBlank("address") {
                posting.locations.append(text)
            } else if let address = resolve(place["address"]).first {
                posting.addresses.append(
                    RawAddress(
                        city: address.nonBlank("addressLocality"), region: address.nonBlank("addressRegion"),
                        country: address.nonBlank("addressCountry")
                            ?? resolve(address["addressCountry"]).first?.nonBlank("name")))
            }
        }
        let types = node.strings("employmentType")
        posting.employmentType = types.isEmpty ? nil : types.joined(separator: ",")
        posting.salary = salary(resolve(node["baseSalary"]).first)
        posting.postedAt = posting.date(node.text("datePosted"), field: "datePosted", SourceDate.iso8601)
        posting.expiresAt = posting.date(node.text("validThrough"), field: "validThrough", SourceDate.iso8601)
        return posting
    }

    /// Objects, arrays of objects, and `{"@id": …}` references replaced by the node they name.
    func resolve(_ value: Any?) -> [JSONObject] {
        let objects: [JSONObject]
        if let array = value as? [Any] {
            objects = array.compactMap { $0 as? JSONObject }
        } else if let object = value as? JSONObject {
            objects = [object]
        } else {
            return []
        }
        return objects.map { object in
            guard object.count == 1, let id = object.text("@id"), let target = nodesByID[id] else { return object }
            return target
        }
    }

    private func link(_ text: String?) -> String? {
        guard let text, text.hasPrefix("http") || baseURL != nil else { return nil }
        return URL(string: text, relativeTo: baseURL)?.absoluteString ?? text
    }

    /// An `@id` counts as the page only when it is already an absolute web URL (not `_:b0`).
    private func absoluteLink(_ text: String) -> String? { text.hasPrefix("http") ? text : nil }

    private func logo(_ value: Any?) -> String? {
        if let text = value as? String, !text.isEmpty { return text }
        return resolve(value).first?.nonBlank("url")
    }

    /// MonetaryAmount with a QuantitativeValue (`value` or `minValue`/`maxValue`, `unitText`) or a bare number.
    private func salary(_ amount: JSONObject?) -> RawSalary? {
        guard let amount else { return nil }
        let currency = amount.nonBlank("currency")
        if let quantity = resolve(amount["value"]).first {
            let single = quantity.decimal("value")
            let minimum = quantity.decimal("minValue") ?? single
            let maximum = quantity.decimal("maxValue") ?? single
            guard minimum != nil || maximum != nil else { return nil }
            return RawSalary(
                minimum: minimum, maximum: maximum, currency: currency, period: quantity.nonBlank("unitText"))
        }
        guard let single = amount.decimal("value") else { return nil }
        return RawSalary(minimum: single, maximum: single, currency: currency, period: amount.nonBlank("unitText"))
    }
}
