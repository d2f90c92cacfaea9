// Reads RSS 2.0 and Atom job feeds, including the We Work Remotely item shape.
import Foundation
import JobHuntKernel

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `rss:URL` — an RSS 2.0 or Atom feed of jobs.
///
/// RSS items follow We Work Remotely's shape: a title "Company: Job Title" is
/// split on the first `": "` into company and title (unless the item has a
/// `company` element, as some other job feeds do); `region`, `country` and `state` are copied into `locations` as
/// given; `category` and the comma-separated `skills` become `tags`; `type` is
/// the employment type; `pubDate`/`expires_at` are RFC 822. Atom entries use
/// `id`, `link rel="alternate"`, `published` (else `updated`), `content` (else
/// `summary`) and `author/name` as the company. The description is HTML once the
/// XML layer has decoded it; entities inside that HTML are left for HTMLText.
package struct FeedParser: SourceParser {
    package init() {}

    package func parse(_ data: Data, context: SourceContext) throws -> SourceParseResult {
        let collector = FeedCollector()
        // Streamed, not `XMLParser(data:)`: on Linux that fails with error 1 on documents
        // near 1 MB (swift-corelibs-foundation issue 4851), and real feeds get that big.
        try XMLInput.checkEncoding(data, source: "rss")
        let parser = XMLParser(stream: InputStream(data: XMLInput.readable(data)))
        parser.delegate = collector
        // Linux's XMLParser can return true after an error (an unclosed element at the end), so check both.
        if !parser.parse() || parser.parserError != nil {
            let line = parser.lineNumber
            throw JobHuntError.sourceUnreadable(source: "rss", reason: "not well-formed XML (line \(line))")
        }
        let isAtom: Bool
        switch collector.rootElement {
        case "rss", "rdf:RDF": isAtom = false
        case "feed": isAtom = true
        default: throw JobHuntError.sourceUnreadable(source: "rss", reason: "expected an RSS 2.0 or Atom feed")
        }
        var records = RecordCollector()
        for (offset, item) in collector.items.enumerated() {
            let id = item.first(isAtom ? "id" : "guid") ?? item.first("link")
            records.add(position: offset + 1, recordID: id) { isAtom ? atomPosting(item) : rssPosting(item) }
        }
        return records.result
    }

    private func rssPosting(_ item: FeedItem) -> RawPosting {
        let link = item.first("link") ?? item.first("guid") ?? ""
        var title = item.first("title") ?? ""
        var company = item.first("company")
        if company == nil, let separator = title.range(of: ": ") {
            company = String(title[..<separator.lowerBound])
            title = String(title[separator.upperBound...])
        }
        var posting = RawPosting(
            sourcePlatform: "rss", externalID: item.first("guid") ?? link, url: link, title: title,
            companyName: company, descriptionHTML: item.first("description"))
        posting.companyLogoURL = item.attributes.first { $0.element == "media:content" }?.values["url"]
        posting.locations = ["region", "country", "state"].compactMap(item.first)
        posting.tags =
            (item.texts["category"] ?? []).filter { !$0.isEmpty }
            + (item.first("skills")?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? [])
        posting.employmentType = item.first("type")
        posting.postedAt = posting.date(item.first("pubDate"), field: "pubDate", SourceDate.flexible)
        posting.expiresAt = posting.date(item.first("expires_at"), field: "expires_at", SourceDate.flexible)
        return posting
    }

    private func atomPosting(_ item: FeedItem) -> RawPosting {
        let links = item.attributes.filter { $0.element == "link" }.map(\.values)
        let alternate = links.first { ($0["rel"] ?? "alternate") == "alternate" }?["href"] ?? links.first?["href"]
        var posting = RawPosting(
            sourcePlatform: "rss", externalID: item.first("id"), url: alternate ?? item.first("id") ?? "",
            title: item.first("title") ?? "", companyName: item.first("author/name"))
        let contentType = item.attributes.first { $0.element == "content" }?.values["type"]
        if let content = item.first("content") ?? item.first("summary") {
            if contentType == "text" { posting.descriptionText = content } else { posting.descriptionHTML = content }
        }
        posting.tags = item.attributes.filter { $0.element == "category" }.compactMap { $0.values["term"] }
        posting.postedAt = (item.first("published") ?? item.first("updated")).flatMap(SourceDate.flexible)
        return posting
    }
}
