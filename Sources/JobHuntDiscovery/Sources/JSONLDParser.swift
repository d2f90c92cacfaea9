// Reads schema.org JobPosting JSON-LD from a careers page: single objects, arrays and `@graph`.
import Foundation
import JobHuntKernel

/// `jsonld:URL` — every `<script type="application/ld+json">` block in the page.
///
/// Only nodes whose `@type` is (or includes) `JobPosting` become postings; other
/// nodes are ignored, except that `hiringOrganization: {"@id": …}` is resolved
/// against them. Text fields (title, company name) are entity-decoded because
/// CMSs HTML-escape them; `description` stays HTML. `jobLocationType` goes to
/// `workplace`, `applicantLocationRequirements` names to `locations`, and
/// `jobLocation` addresses to `addresses`. A single `baseSalary` `value` is both
/// minimum and maximum. A posting with no `url` or `@id` takes the page URL
/// (`SourceContext.baseURL`). A block that is not JSON is a record problem
/// (position = the block's number); a page with no JSON-LD at all throws.
package struct JSONLDParser: SourceParser {
    package init() {}

    package func parse(_ data: Data, context: SourceContext) throws -> SourceParseResult {
        let scripts = JSONLDBlocks.scripts(in: [UInt8](data))
        guard !scripts.isEmpty else {
            throw JobHuntError.sourceUnreadable(source: "jsonld", reason: "the page has no application/ld+json script")
        }
        var collector = RecordCollector()
        var nodes: [(block: Int, node: JSONObject)] = []
        for (offset, script) in scripts.enumerated() {
            do {
                let value = try JSONSerialization.jsonObject(with: Data(script), options: [.fragmentsAllowed])
                nodes += JSONLDBlocks.nodes(value).map { (offset + 1, $0) }
            } catch {
                collector.report(position: offset + 1, reason: "JSON-LD block is not valid JSON")
            }
        }
        var byID: [String: JSONObject] = [:]
        for (_, node) in nodes { if let id = node.text("@id") { byID[id] = node } }
        for (block, node) in nodes where JSONLDBlocks.hasType(node, "JobPosting") {
            let reader = JSONLDJob(node: node, nodesByID: byID, baseURL: context.baseURL)
            collector.add(position: block, recordID: reader.identifier) { try reader.posting() }
        }
        return collector.result
    }
}
