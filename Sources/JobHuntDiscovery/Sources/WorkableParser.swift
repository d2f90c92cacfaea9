// Reads Workable's public job widget API: one account's published jobs.
import Foundation
import JobHuntKernel

/// `GET apply.workable.com/api/v1/widget/accounts/{account}?details=true`:
/// `{"name", "description", "jobs": [...]}`.
///
/// The account's `name` is the company and its `description` the company description. Each job:
/// `shortcode` → id, `title`, `url`, `application_url`, `description` (HTML, with `details=true`),
/// `locations[]` (`city`, `region`, `country`; `hidden` ones skipped) else `city`/`state`/`country`,
/// `telecommuting` → the remote flag, `employment_type`, `experience`, `department`, `function`
/// and `industry` as tags, `published_on` (`YYYY-MM-DD`), else `created_at`.
package struct WorkableParser: SourceParser {
    package init() {}

    package func parse(_ data: Data, context: SourceContext) throws -> SourceParseResult {
        guard let root = try JSONDocument.parse(data, source: "workable") as? JSONObject,
            let jobs = root.array("jobs")
        else {
            throw JobHuntError.sourceUnreadable(source: "workable", reason: "expected an object with \"jobs\"")
        }
        return RecordCollector.collect(jobs, idKey: "shortcode") { try posting($0, root, context) }
    }

    private func posting(_ job: JSONObject, _ root: JSONObject, _ context: SourceContext) throws -> RawPosting {
        var posting = RawPosting(
            sourcePlatform: "workable", externalID: try job.required("shortcode"), url: try job.required("url"),
            applyURL: job.nonBlank("application_url"), title: try job.required("title"),
            companyName: root.nonBlank("name") ?? context.companyOrToken,
            companyDescription: root.nonBlank("description").map(HTMLText.text(fromHTML:)),
            descriptionHTML: job.nonBlank("description"))
        let places = job.objects("locations").filter { $0.bool("hidden") != true }
        posting.addresses = places.map {
            RawAddress(city: $0.nonBlank("city"), region: $0.nonBlank("region"), country: $0.nonBlank("country"))
        }
        if posting.addresses.isEmpty, job.nonBlank("city") != nil || job.nonBlank("country") != nil {
            posting.addresses = [
                RawAddress(city: job.nonBlank("city"), region: job.nonBlank("state"), country: job.nonBlank("country"))
            ]
        }
        posting.isRemote = job.bool("telecommuting")
        posting.employmentType = job.nonBlank("employment_type")
        posting.experienceLevel = job.nonBlank("experience")
        posting.departments = [job.nonBlank("department")].compactMap { $0 }
        posting.tags = [job.nonBlank("function"), job.nonBlank("industry")].compactMap { $0 }
        posting.postedAt = posting.date(
            job.text("published_on") ?? job.text("created_at"), field: "published_on", SourceDate.iso8601)
        return posting
    }
}
