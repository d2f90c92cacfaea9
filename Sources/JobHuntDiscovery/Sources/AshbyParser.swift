// Reads Ashby's public job-board API (`?includeCompensation=true`): `{"jobs": [...]}`.
import Foundation
import JobHuntKernel

/// `GET api.ashbyhq.com/posting-api/job-board/{board}?includeCompensation=true`.
///
/// Ashby names no company, so postings take `SourceContext.companyOrToken`.
/// Only the `Salary` compensation component becomes `salary` (bonus and equity
/// are not pay ranges), read from `summaryComponents` or else the first tier's
/// components, in whole units with Ashby's interval (`1 YEAR`, `1 MONTH`). When
/// `shouldDisplayCompensationOnJobPostings` is false the numbers are kept but
/// marked withheld. `isRemote` and `workplaceType` are both copied: the first is
/// unreliable and the normaliser prefers the second.
package struct AshbyParser: SourceParser {
    package init() {}

    package func parse(_ data: Data, context: SourceContext) throws -> SourceParseResult {
        let document = try JSONDocument.parse(data, source: "ashby")
        guard let root = document as? JSONObject, let jobs = root.array("jobs") else {
            throw JobHuntError.sourceUnreadable(source: "ashby", reason: "expected an object with \"jobs\"")
        }
        return RecordCollector.collect(jobs) { try posting($0, context) }
    }

    private func posting(_ job: JSONObject, _ context: SourceContext) throws -> RawPosting {
        let url = try job.required("jobUrl")
        var posting = RawPosting(
            sourcePlatform: "ashby", externalID: job.nonBlank("id") ?? url, url: url,
            applyURL: job.nonBlank("applyUrl"), title: try job.required("title"),
            companyName: context.companyOrToken)
        posting.descriptionHTML = job.nonBlank("descriptionHtml")
        if posting.descriptionHTML == nil { posting.descriptionText = job.nonBlank("descriptionPlain") }
        let secondary = job.objects("secondaryLocations")
        posting.locations = ([job.nonBlank("location")] + secondary.map { $0.nonBlank("location") }).compactMap { $0 }
        posting.addresses = ([job] + secondary).compactMap { address($0.object("address")) }
        posting.isRemote = job.bool("isRemote")
        posting.workplace = job.nonBlank("workplaceType")
        posting.employmentType = job.nonBlank("employmentType")
        posting.departments = [job.nonBlank("department"), job.nonBlank("team")].compactMap { $0 }
        posting.postedAt = posting.date(job.text("publishedAt"), field: "publishedAt", SourceDate.iso8601)
        posting.salary = salary(job)
        return posting
    }

    private func address(_ object: JSONObject?) -> RawAddress? {
        guard let postal = object?.object("postalAddress") else { return nil }
        let address = RawAddress(
            city: postal.nonBlank("addressLocality"), region: postal.nonBlank("addressRegion"),
            country: postal.nonBlank("addressCountry"))
        return address == RawAddress() ? nil : address
    }

    private func salary(_ job: JSONObject) -> RawSalary? {
        guard let compensation = job.object("compensation") else { return nil }
        let components =
            compensation.objects("summaryComponents")
            + (compensation.objects("compensationTiers").first?.objects("components") ?? [])
        guard let component = components.first(where: { $0.text("compensationType") == "Salary" }),
            component.decimal("minValue") != nil || component.decimal("maxValue") != nil
        else { return nil }
        return RawSalary(
            minimum: component.decimal("minValue"), maximum: component.decimal("maxValue"),
            currency: component.nonBlank("currencyCode"), period: component.nonBlank("interval"),
            isWithheld: job.bool("shouldDisplayCompensationOnJobPostings") == false)
    }
}
