// Reads a Teamtailor career site's public JSON Feed: one item per published job, each
// carrying a schema.org JobPosting.
import Foundation
import JobHuntKernel

/// `GET https://{company}.teamtailor.com/jobs.json` (or the same path on the company's own
/// careers domain): a JSON Feed 1.1 document, `{"version", "title", "items": [...]}`.
///
/// The item gives `id`, `url`, `title`, `content_html` and `date_published`; the structured facts
/// (hiring organization, `jobLocation`, `jobLocationType`, `employmentType`, `validThrough`)
/// are in the schema.org `JobPosting` object the item carries, read as the `jsonld:` kind reads
/// one. That object is found by its `@type`, not by the name of the key that holds it.
package struct TeamtailorParser: SourceParser {
    package init() {}

    package func parse(_ data: Data, context: SourceContext) throws -> SourceParseResult {
        guard let root = try JSONDocument.parse(data, source: "teamtailor") as? JSONObject,
            let items = root.array("items")
        else {
            throw JobHuntError.sourceUnreadable(
                source: "teamtailor", reason: "expected a JSON Feed (an object with \"items\")")
        }
        return RecordCollector.collect(items) { try posting($0, root, context) }
    }

    private func posting(_ item: JSONObject, _ feed: JSONObject, _ context: SourceContext) throws -> RawPosting {
        let url = try item.required("url")
        var posting: RawPosting
        if let job = Self.jobPosting(in: item) {
            posting = try JSONLDJob(node: job, nodesByID: [:], baseURL: URL(string: url)).posting()
        } else {
            posting = RawPosting(sourcePlatform: "teamtailor", url: url, title: "")
        }
        posting.sourcePlatform = "teamtailor"
        posting.externalID = item.nonBlank("id") ?? posting.externalID
        posting.url = url
        if let title = item.nonBlank("title") { posting.title = title }
        posting.companyName = posting.companyName ?? context.companyName ?? feed.nonBlank("title") ?? context.token
        if let html = item.nonBlank("content_html") {
            posting.descriptionHTML = html
        } else if let text = item.nonBlank("content_text") {
            posting.descriptionText = text
        }
        if let published = item.text("date_published") {
            posting.postedAt = posting.date(published, field: "date_published", SourceDate.iso8601)
        }
        return posting
    }

    /// The item's JobPosting object, under whichever key the feed put it.
    static func jobPosting(in item: JSONObject) -> JSONObject? {
        for (_, value) in item.sorted(by: { $0.key < $1.key }) {
            guard let object = value as? JSONObject else { continue }
            if object.strings("@type").contains("JobPosting") { return object }
        }
        return nil
    }
}
