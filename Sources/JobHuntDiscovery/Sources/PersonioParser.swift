// Reads Personio's positions XML feed: one company's published positions, texts included.
import Foundation
import JobHuntKernel

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `GET https://{company}.jobs.personio.de/xml?language=en`: `<workzag-jobs>` with one `<position>`
/// per published job.
///
/// `id`, `name` → title, `subcompany` (else the configured company or the token), `office` plus
/// `additionalOffices/office` → locations, `department`, `recruitingCategory` and `occupationCategory`
/// as tags, `jobDescriptions/jobDescription` (`name` and HTML `value`) → the description with each
/// block under its heading, `schedule` (`full-time`) → employment type, `employmentType`
/// (`permanent`, `intern`, …) as a tag, `seniority` → experience level, `createdAt`. The feed has
/// no URL per position: it is the feed's root with `/job/{id}`, as on the company's job page.
package struct PersonioParser: SourceParser {
    package init() {}

    package func parse(_ data: Data, context: SourceContext) throws -> SourceParseResult {
        let collector = XMLRecordCollector(recordName: "position")
        try XMLInput.checkEncoding(data, source: "personio")
        // Streamed, as FeedParser does: XMLParser(data:) fails on large documents on Linux.
        let parser = XMLParser(stream: InputStream(data: XMLInput.readable(data)))
        parser.delegate = collector
        if !parser.parse() || parser.parserError != nil {
            throw JobHuntError.sourceUnreadable(
                source: "personio", reason: "not well-formed XML (line \(parser.lineNumber))")
        }
        guard collector.rootElement == "workzag-jobs" else {
            throw JobHuntError.sourceUnreadable(source: "personio", reason: "expected a <workzag-jobs> feed")
        }
        let root = Self.jobRoot(context.baseURL)
        var records = RecordCollector()
        for (offset, record) in collector.records.enumerated() {
            records.add(position: offset + 1, recordID: record.first("id")) { try posting(record, root, context) }
        }
        return records.result
    }

    private func posting(_ record: XMLRecord, _ root: String?, _ context: SourceContext) throws -> RawPosting {
        guard let id = record.first("id") else { throw RecordError("no <id>") }
        guard let root else { throw RecordError("no feed URL to build the position's page from") }
        var posting = RawPosting(
            sourcePlatform: "personio", externalID: id, url: root + "/job/" + id, title: record.first("name") ?? "",
            companyName: record.first("subcompany") ?? context.companyOrToken)
        let names = record.all("jobDescriptions/jobDescription/name")
        let values = record.all("jobDescriptions/jobDescription/value")
        var html = ""
        for (index, value) in values.enumerated() {
            if index < names.count, !names[index].isEmpty { html += "<h3>\(names[index])</h3>" }
            html += value
        }
        posting.descriptionHTML = html.contains(where: { !$0.isWhitespace }) ? html : nil
        posting.locations = ([record.first("office")].compactMap { $0 } + record.all("additionalOffices/office"))
            .filter { !$0.isEmpty }
        posting.departments = [record.first("department")].compactMap { $0 }
        posting.tags = ["recruitingCategory", "occupationCategory", "employmentType"].compactMap(record.first)
        // `employmentType` says intern or freelance where `schedule` only says full-time. Personio's
        // `trainee` is an apprentice (Auszubildende:r, Lernende:r), employed under a training
        // contract and paid an Ausbildungsvergütung, so the schedule says the type, as the labels
        // record apprentices and Auszubildende (`full-time`, level entry); `intern` is the Praktikum.
        let contract = record.first("employmentType")
        posting.employmentType =
            contract.map { ["intern", "freelance", "temporary", "working_student"].contains($0) } == true
            ? contract : record.first("schedule")
        posting.experienceLevel = record.first("seniority")
        posting.postedAt = posting.date(record.first("createdAt"), field: "createdAt", SourceDate.iso8601)
        return posting
    }

    /// `https://acme.jobs.personio.de` from `https://acme.jobs.personio.de/xml?language=en`
    /// (a mirror's `http://host/acme/xml` gives `http://host/acme`).
    static func jobRoot(_ url: URL?) -> String? {
        guard let url, var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return nil }
        components.query = nil
        components.fragment = nil
        if components.path.hasSuffix("/xml") { components.path.removeLast(4) }
        return components.string.map(SourceAPI.trimmingTrailingSlashes)
    }
}

/// One record element's descendants' texts, by path relative to the record (`office`,
/// `additionalOffices/office`, `jobDescriptions/jobDescription/value`), in document order.
struct XMLRecord {
    var texts: [String: [String]] = [:]

    func first(_ path: String) -> String? {
        texts[path]?.first { $0.contains(where: { !$0.isWhitespace }) }?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func all(_ path: String) -> [String] {
        (texts[path] ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }
}

/// Streams an XML document, keeping the leaf texts of each `recordName` element (no DOM).
final class XMLRecordCollector: NSObject, XMLParserDelegate {
    let recordName: String
    private(set) var rootElement: String?
    private(set) var records: [XMLRecord] = []
    private var current: XMLRecord?
    private var path: [String] = []
    private var text = ""

    init(recordName: String) { self.recordName = recordName }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        if rootElement == nil { rootElement = elementName }
        if current == nil {
            if elementName == recordName {
                current = XMLRecord()
                path = []
            }
            return
        }
        path.append(elementName)
        text = ""
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        guard current != nil else { return }
        if path.isEmpty {
            if let record = current { records.append(record) }
            current = nil
            return
        }
        current?.texts[path.joined(separator: "/"), default: []].append(text)
        path.removeLast()
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if current != nil { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if current != nil { text += String(decoding: block, as: UTF8.self) }
    }
}
