// Reads a Hacker News "Ask HN: Who is hiring?" thread from the Algolia HN API: one
// posting per top-level comment, its facts pulled from the comment's first line.
import Foundation
import JobHuntKernel

/// `GET hn.algolia.com/api/v1/items/{story}`: the story with its comment tree in `children`.
///
/// Each top-level comment (`type: "comment"`, with text and an author: deleted ones are skipped)
/// is one posting. Its first line, by the thread's own rule, is "Company | Title | Place |
/// REMOTE/ONSITE | Salary | link", in any order after the company; `HackerNewsHeader` sorts the
/// parts out with the normaliser's own readers (pay, places, workplace words, employment types).
/// The posting's page is the comment on news.ycombinator.com; the apply link is the first
/// link of the first line, else the first link in the body. The description is the comment's
/// HTML, first line included, so the text rules see everything the author wrote.
package struct HackerNewsParser: SourceParser {
    package init() {}

    package func parse(_ data: Data, context: SourceContext) throws -> SourceParseResult {
        guard let root = try JSONDocument.parse(data, source: "hn") as? JSONObject,
            let children = root.array("children")
        else {
            throw JobHuntError.sourceUnreadable(source: "hn", reason: "expected a story with \"children\"")
        }
        var collector = RecordCollector()
        for (offset, element) in children.enumerated() {
            guard let comment = element as? JSONObject, comment.text("type") ?? "comment" == "comment",
                comment.nonBlank("author") != nil, comment.nonBlank("text") != nil
            else { continue }
            collector.add(position: offset + 1, recordID: comment.text("id")) { try posting(comment) }
        }
        return collector.result
    }

    private func posting(_ comment: JSONObject) throws -> RawPosting {
        let id = try comment.required("id")
        let html = try comment.required("text")
        guard let header = HackerNewsHeader(html: html) else {
            throw RecordError("first line is not \"Company | Title | …\"")
        }
        guard let title = header.title else { throw RecordError("no job title in the first line") }
        var posting = RawPosting(
            sourcePlatform: "hn", externalID: id, url: "https://news.ycombinator.com/item?id=\(id)",
            applyURL: header.link ?? HackerNewsHeader.links(in: html).first, title: title,
            companyName: header.company, companyDomain: header.companyDomain, descriptionHTML: html)
        posting.locations = header.locations
        posting.workplace = header.workplace
        posting.employmentType = header.employmentType
        posting.salary = header.salary
        posting.tags = header.extras
        if let created = comment.text("created_at") {
            posting.postedAt = posting.date(created, field: "created_at", SourceDate.iso8601)
        } else if let seconds = comment.int64("created_at_i") {
            posting.postedAt = SourceDate.epochSeconds(seconds)
        }
        return posting
    }
}
