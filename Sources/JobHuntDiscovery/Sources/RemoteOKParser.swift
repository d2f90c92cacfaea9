// Reads the Remote OK JSON API: an array whose first element is a legal notice, not a job.
import Foundation
import JobHuntKernel

/// `GET https://remoteok.com/api`.
///
/// Elements without a `position` or `id` (the leading `{last_updated, legal}`
/// notice) are skipped silently: they are the API's terms, not broken jobs.
/// `salary_min`/`salary_max` of `0` mean "not given", so both zero gives no
/// salary and a lone zero bound is nil; amounts are yearly USD by the API's
/// convention, so the period and currency are filled as `yearly`/`USD`.
package struct RemoteOKParser: SourceParser {
    package init() {}

    package func parse(_ data: Data, context: SourceContext) throws -> SourceParseResult {
        let document = try JSONDocument.parse(data, source: "remoteok")
        guard let records = document as? [Any] else {
            throw JobHuntError.sourceUnreadable(source: "remoteok", reason: "expected a JSON array of jobs")
        }
        var collector = RecordCollector()
        for (offset, element) in records.enumerated() {
            let object = element as? JSONObject
            if let object, object["legal"] != nil, object["position"] == nil { continue }
            collector.add(position: offset + 1, recordID: object?.text("id")) {
                try posting(try recordObject(element))
            }
        }
        return collector.result
    }

    private func posting(_ job: JSONObject) throws -> RawPosting {
        let url = try job.required("url")
        var posting = RawPosting(
            sourcePlatform: "remoteok", externalID: job.nonBlank("id") ?? job.nonBlank("slug"), url: url,
            applyURL: job.nonBlank("apply_url"), title: try job.required("position"),
            companyName: job.nonBlank("company"),
            companyLogoURL: job.nonBlank("company_logo") ?? job.nonBlank("logo"))
        posting.descriptionHTML = job.nonBlank("description")
        if let location = job.nonBlank("location") { posting.locations = [location] }
        posting.tags = job.strings("tags")
        let minimum = job.decimal("salary_min").flatMap { $0 == 0 ? nil : $0 }
        let maximum = job.decimal("salary_max").flatMap { $0 == 0 ? nil : $0 }
        if minimum != nil || maximum != nil {
            posting.salary = RawSalary(minimum: minimum, maximum: maximum, currency: "USD", period: "yearly")
        }
        posting.postedAt =
            job.text("date").flatMap(SourceDate.iso8601) ?? job.int64("epoch").map(SourceDate.epochSeconds)
        return posting
    }
}
