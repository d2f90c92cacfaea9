// Reads the Greenhouse Job Board API: the board's job list or one job, `content` un-escaped once.
import Foundation
import JobHuntKernel

/// `GET boards-api.greenhouse.io/v1/boards/{board}/jobs?content=true` (`{"jobs": [...]}`)
/// or `.../jobs/{id}?pay_transparency=true` (one job object).
///
/// `content` arrives entity-escaped once; it is un-escaped once into
/// `descriptionHTML`, so entities that belong to the HTML (`&nbsp;`) survive for
/// the HTML-to-text step. Salary comes from `pay_input_ranges` (cents divided by
/// 100: a unit conversion, not an interpretation) or else a `currency_range`
/// metadata field; the period is the one the range's title or blurb names ("Monthly base salary"),
/// else nil, because Greenhouse has no field for it. The
/// "Workplace Type" metadata value (or "Location Type", "Remote Status", "Work Arrangement" and the
/// other names boards give the same field), when present, is copied into `workplace`.
package struct GreenhouseParser: RecordSplittingParser {
    package init() {}

    package func parse(_ data: Data, context: SourceContext) throws -> SourceParseResult {
        let document = try JSONDocument.parse(data, source: "greenhouse")
        guard let root = document as? JSONObject else {
            throw JobHuntError.sourceUnreadable(source: "greenhouse", reason: "expected an object with \"jobs\"")
        }
        let records: [Any]
        if let jobs = root.array("jobs") {
            records = jobs
        } else if root["id"] != nil, root["title"] != nil {
            records = [root]
        } else {
            throw JobHuntError.sourceUnreadable(source: "greenhouse", reason: "expected an object with \"jobs\"")
        }
        return RecordCollector.collect(records) { try posting($0, context) }
    }

    /// A board's `{"jobs": [...]}`, each job parsed on its own: `JSONArrayElements` checks the
    /// whole document and finds the jobs without building it. Anything else (one job, a
    /// malformed or unusual document) is nil, for `parse`, which reports it as before.
    package func records(_ data: Data, context: SourceContext) throws -> SourceRecords? {
        guard let ranges = data.withUnsafeBytes({ JSONArrayElements.find(in: $0, key: "jobs") }) else { return nil }
        return SourceRecords(count: ranges.count) { index in
            let range = ranges[index]
            let bytes = data[(data.startIndex + range.lowerBound)..<(data.startIndex + range.upperBound)]
            // The scan found this element valid JSON, so it parses; an element that is not an
            // object is the same problem as in `parse` (`RecordCollector.collect`).
            let element = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            return RecordCollector.read(position: index + 1, recordID: (element as? JSONObject)?.text("id")) {
                guard let element else { throw RecordError("not valid JSON") }
                return try posting(try recordObject(element), context)
            }
        }
    }

    private func posting(_ job: JSONObject, _ context: SourceContext) throws -> RawPosting {
        let metadata = job.objects("metadata")
        var posting = RawPosting(
            sourcePlatform: "greenhouse", externalID: try job.required("id"), url: try job.required("absolute_url"),
            title: try job.required("title"), companyName: job.nonBlank("company_name") ?? context.companyName)
        posting.descriptionHTML = job.text("content").map(HTMLEntities.decode)
        if let location = job.object("location")?.nonBlank("name") { posting.locations = [location] }
        posting.workplace =
            metadata.lazy.filter { Self.workplaceKeys.contains($0.text("name")?.lowercased() ?? "") }
            .compactMap { $0.nonBlank("value") }.first
        posting.employmentType =
            metadata.lazy
            .filter { Self.employmentKeys.contains($0.text("name")?.lowercased() ?? "") }
            .compactMap { $0.nonBlank("value") }.first
        posting.salary = payInputSalary(job) ?? metadataSalary(metadata)
        posting.postedAt = posting.date(
            job.text("first_published") ?? job.text("updated_at"), field: "first_published", SourceDate.iso8601)
        posting.expiresAt = posting.date(
            job.text("application_deadline"), field: "application_deadline", SourceDate.iso8601)
        posting.departments = job.objects("departments").compactMap { $0.nonBlank("name") }
        return posting
    }

    /// The metadata names boards give the workplace field.
    static let workplaceKeys: Set<String> = [
        "workplace type", "location type", "remote status", "work arrangement", "workplace", "remote",
        "work type", "work location type", "remote type", "work model", "remote/hybrid/onsite",
    ]

    /// The metadata names boards give the employment type.
    static let employmentKeys: Set<String> = [
        "employment type", "job type", "commitment", "employment status", "type of employment", "time type",
    ]

    private func payInputSalary(_ job: JSONObject) -> RawSalary? {
        guard let range = job.objects("pay_input_ranges").first else { return nil }
        let minimum = range.decimal("min_cents").map { $0 / 100 }
        let maximum = range.decimal("max_cents").map { $0 / 100 }
        guard minimum != nil || maximum != nil else { return nil }
        // The API has no period field; boards name it in the range's title or blurb ("Monthly base salary").
        let period = [range.nonBlank("title"), range.nonBlank("blurb")].compactMap { $0 }
            .first { SalaryPeriod(named: $0) != nil }
        return RawSalary(
            minimum: minimum, maximum: maximum, currency: range.nonBlank("currency_type"), period: period)
    }

    private func metadataSalary(_ metadata: [JSONObject]) -> RawSalary? {
        for field in metadata where field.text("value_type") == "currency_range" {
            guard let value = field.object("value") else { continue }
            let minimum = value.decimal("min_value")
            let maximum = value.decimal("max_value")
            if minimum != nil || maximum != nil {
                return RawSalary(minimum: minimum, maximum: maximum, currency: value.nonBlank("unit"))
            }
        }
        return nil
    }
}
