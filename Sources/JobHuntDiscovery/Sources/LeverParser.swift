// Reads the Lever Postings API v0 (`?mode=json`): a bare array of postings, or one posting.
import Foundation
import JobHuntKernel

/// `GET api.lever.co/v0/postings/{site}?mode=json&skip=N&limit=N`.
///
/// Lever names no company, so postings take `SourceContext.companyOrToken`.
/// `descriptionHTML` is composed the way Lever's hosted page shows it:
/// `description` (opening and body), each `lists` entry as a heading and a `<ul>`
/// of its `<li>` content, `salaryDescription`, then `additional`. `workplaceType`,
/// `categories.commitment` and `salaryRange.interval` are copied as given
/// (`onsite` and `on-site` both occur; the normaliser decides).
package struct LeverParser: SourceParser {
    package init() {}

    package func parse(_ data: Data, context: SourceContext) throws -> SourceParseResult {
        let document = try JSONDocument.parse(data, source: "lever")
        let records: [Any]
        if let array = document as? [Any] {
            records = array
        } else if let object = document as? JSONObject, object["id"] != nil, object["text"] != nil {
            records = [object]
        } else if let object = document as? JSONObject, let error = object.nonBlank("error") {
            throw JobHuntError.sourceUnreadable(source: "lever", reason: "the API answered \"\(error)\"")
        } else {
            throw JobHuntError.sourceUnreadable(source: "lever", reason: "expected a JSON array of postings")
        }
        return RecordCollector.collect(records) { try posting($0, context) }
    }

    private func posting(_ item: JSONObject, _ context: SourceContext) throws -> RawPosting {
        let categories = item.object("categories") ?? [:]
        var posting = RawPosting(
            sourcePlatform: "lever", externalID: try item.required("id"), url: try item.required("hostedUrl"),
            applyURL: item.nonBlank("applyUrl"), title: try item.required("text"),
            companyName: context.companyOrToken)
        posting.descriptionHTML = description(item)
        let all = categories.strings("allLocations").filter { !$0.isEmpty }
        posting.locations = all.isEmpty ? categories.nonBlank("location").map { [$0] } ?? [] : all
        if let country = item.nonBlank("country") { posting.addresses = [RawAddress(country: country)] }
        posting.workplace = item.nonBlank("workplaceType")
        posting.employmentType = categories.nonBlank("commitment")
        posting.departments = [categories.nonBlank("department"), categories.nonBlank("team")].compactMap { $0 }
        if let range = item.object("salaryRange"), range.decimal("min") != nil || range.decimal("max") != nil {
            posting.salary = RawSalary(
                minimum: range.decimal("min"), maximum: range.decimal("max"), currency: range.nonBlank("currency"),
                period: range.nonBlank("interval"))
        }
        posting.postedAt = item.int64("createdAt").map(SourceDate.epochMilliseconds)
        return posting
    }

    private func description(_ item: JSONObject) -> String? {
        var html = item.text("description") ?? ""
        for list in item.objects("lists") {
            if let heading = list.nonBlank("text") { html += "<h3>\(heading)</h3>" }
            if let content = list.nonBlank("content") { html += "<ul>\(content)</ul>" }
        }
        html += item.text("salaryDescription") ?? ""
        html += item.text("additional") ?? ""
        return html.contains(where: { !$0.isWhitespace }) ? html : nil
    }
}
