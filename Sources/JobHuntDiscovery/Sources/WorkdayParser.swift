// Reads Workday's candidate-experience (cxs) JSON: a search page or one posting's detail.
import Foundation
import JobHuntKernel

/// `POST …/wday/cxs/{tenant}/{site}/jobs` (`{"total", "jobPostings": […]}`) or
/// `GET …/wday/cxs/{tenant}/{site}/job/…` (`{"jobPostingInfo": {…}, "hiringOrganization": {…}}`).
///
/// A search page gives what the list shows: title, `externalPath`, `locationsText` (a place, or
/// "3 Locations"); its `postedOn` is relative ("Posted 3 Days Ago") and is passed on as
/// `postedRelative`, which the normaliser resolves against the fetch time (parsers have no clock);
/// a detail without `startDate` does the same. A detail gives the rest: `jobDescription` (HTML), `location` plus
/// `additionalLocations`, `country.descriptor`, `timeType` → employment type, `remoteType` →
/// workplace, `startDate` (the posting date, `YYYY-MM-DD`) and `hiringOrganization.name`. Both key
/// a posting by the last segment of its path (`Data-Engineer_R-1042`), so `SourceFetch.parse`
/// lets each detail replace its list entry.
package struct WorkdayParser: SourceParser {
    package init() {}

    package func parse(_ data: Data, context: SourceContext) throws -> SourceParseResult {
        guard let root = try JSONDocument.parse(data, source: "workday") as? JSONObject else {
            throw JobHuntError.sourceUnreadable(source: "workday", reason: "expected a JSON object")
        }
        var collector = RecordCollector()
        if let info = root.object("jobPostingInfo") {
            let id = info.nonBlank("jobReqId")
            collector.add(position: 1, recordID: id) { try detail(info, root, context) }
        } else if let list = root.array("jobPostings") {
            let site = Self.pageRoot(context.baseURL)
            for (offset, element) in list.enumerated() {
                let path = (element as? JSONObject)?.nonBlank("externalPath")
                collector.add(position: offset + 1, recordID: path) {
                    try listed(try recordObject(element), site: site, context)
                }
            }
        } else {
            throw JobHuntError.sourceUnreadable(
                source: "workday", reason: "expected \"jobPostings\" or \"jobPostingInfo\"")
        }
        return collector.result
    }

    private func listed(_ item: JSONObject, site: String?, _ context: SourceContext) throws -> RawPosting {
        let path = try item.required("externalPath")
        guard let site else { throw RecordError("no page URL to resolve \(path) against") }
        var posting = RawPosting(
            sourcePlatform: "workday", externalID: Self.key(path), url: site + path, title: try item.required("title"),
            companyName: context.companyOrToken)
        if let place = item.nonBlank("locationsText"), !Self.isCount(place) { posting.locations = [place] }
        posting.workplace = item.nonBlank("remoteType")
        posting.postedRelative = item.nonBlank("postedOn")
        return posting
    }

    private func detail(_ info: JSONObject, _ root: JSONObject, _ context: SourceContext) throws -> RawPosting {
        let url = try info.required("externalUrl")
        let key = URL(string: url).map(\.lastPathComponent).flatMap { $0.isEmpty ? nil : $0 }
        var posting = RawPosting(
            sourcePlatform: "workday", externalID: key ?? info.nonBlank("jobPostingId") ?? info.nonBlank("jobReqId"),
            url: url, title: try info.required("title"),
            companyName: root.object("hiringOrganization")?.nonBlank("name") ?? context.companyOrToken,
            descriptionHTML: info.nonBlank("jobDescription"))
        posting.applyURL = info.nonBlank("externalApplyUrl")
        posting.locations = ([info.nonBlank("location")] + info.strings("additionalLocations").map { $0 })
            .compactMap { $0 }.filter { !$0.isEmpty }
        if let country = info.object("country")?.nonBlank("descriptor") {
            posting.addresses = [RawAddress(country: country)]
        }
        posting.workplace = info.nonBlank("remoteType")
        posting.employmentType = info.nonBlank("timeType")
        posting.postedAt = posting.date(info.text("startDate"), field: "startDate", SourceDate.iso8601)
        if posting.postedAt == nil { posting.postedRelative = info.nonBlank("postedOn") }
        posting.expiresAt = posting.date(info.text("endDate"), field: "endDate", SourceDate.iso8601)
        if let id = info.nonBlank("jobReqId") { posting.tags = [id] }
        return posting
    }

    /// `Data-Engineer_R-1042` from `/job/Berlin/Data-Engineer_R-1042`.
    static func key(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// "3 Locations", "2 Standorte": a count, not a place.
    static func isCount(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count == 2 && Int(words[0]) != nil
    }

    /// `https://acme.wd5.myworkdayjobs.com/External` from the search URL the page came from:
    /// the public page of a posting is that plus its `externalPath`.
    static func pageRoot(_ url: URL?) -> String? {
        guard let url, let parsed = WorkdayBoard.parse(url: url) else { return nil }
        return parsed.root + "/" + SourceAPI.encode(parsed.board.site)
    }
}
