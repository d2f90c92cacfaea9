// Reads the SmartRecruiters Posting API: a page of postings or one posting with its job ad.
import Foundation
import JobHuntKernel

/// `GET api.smartrecruiters.com/v1/companies/{company}/postings?offset=N&limit=N`
/// (`{"offset", "limit", "totalFound", "content": [...]}`) or `…/postings/{id}` (one posting,
/// with `jobAd.sections` and `postingUrl`).
///
/// `id`, `name` → title, `company.name`, `location` (`city`, `region`, `country` as an ISO code in
/// lower case; `remote` → the remote flag, `hybrid: true` → workplace "hybrid"; `fullLocation` as the
/// location text), `typeOfEmployment.label`, `experienceLevel.label`, `department.label`,
/// `function.label` and `industry.label` as tags, `releasedDate`. The description is the job ad's
/// sections in order, each under its title. A list entry has no `postingUrl`; its page is
/// `jobs.smartrecruiters.com/{company.identifier}/{id}`, which is where `postingUrl` points.
package struct SmartRecruitersParser: SourceParser {
    package init() {}

    package func parse(_ data: Data, context: SourceContext) throws -> SourceParseResult {
        guard let root = try JSONDocument.parse(data, source: "smartrecruiters") as? JSONObject else {
            throw JobHuntError.sourceUnreadable(source: "smartrecruiters", reason: "expected a JSON object")
        }
        let records: [Any]
        if let content = root.array("content") {
            records = content
        } else if root["id"] != nil, root["name"] != nil {
            records = [root]
        } else {
            throw JobHuntError.sourceUnreadable(
                source: "smartrecruiters", reason: "expected an object with \"content\" or one posting")
        }
        return RecordCollector.collect(records) { try posting($0, context) }
    }

    private func posting(_ item: JSONObject, _ context: SourceContext) throws -> RawPosting {
        let id = try item.required("id")
        let company = item.object("company")
        let identifier = company?.nonBlank("identifier") ?? context.token
        let url = item.nonBlank("postingUrl") ?? "https://jobs.smartrecruiters.com/\(identifier)/\(id)"
        var posting = RawPosting(
            sourcePlatform: "smartrecruiters", externalID: id, url: url, applyURL: item.nonBlank("applyUrl"),
            title: try item.required("name"), companyName: company?.nonBlank("name") ?? context.companyOrToken,
            descriptionHTML: description(item.object("jobAd")?.object("sections")))
        if let location = item.object("location") {
            if let text = location.nonBlank("fullLocation") { posting.locations = [text] }
            posting.addresses = [
                RawAddress(
                    city: location.nonBlank("city"), region: location.nonBlank("region"),
                    country: location.nonBlank("country")?.uppercased())
            ]
            posting.isRemote = location.bool("remote")
            if location.bool("hybrid") == true { posting.workplace = "hybrid" }
        }
        posting.employmentType = item.object("typeOfEmployment")?.nonBlank("label")
        posting.experienceLevel = item.object("experienceLevel")?.nonBlank("label")
        posting.departments = [item.object("department")?.nonBlank("label")].compactMap { $0 }
        posting.tags = ["function", "industry"].compactMap { item.object($0)?.nonBlank("label") }
        posting.postedAt = posting.date(item.text("releasedDate"), field: "releasedDate", SourceDate.iso8601)
        return posting
    }

    /// The job ad's sections as one HTML document, each under its own heading.
    private func description(_ sections: JSONObject?) -> String? {
        guard let sections else { return nil }
        var html = ""
        for key in ["companyDescription", "jobDescription", "qualifications", "additionalInformation"] {
            guard let section = sections.object(key), let text = section.nonBlank("text") else { continue }
            if let title = section.nonBlank("title") { html += "<h3>\(title)</h3>" }
            html += text
        }
        return html.isEmpty ? nil : html
    }
}
