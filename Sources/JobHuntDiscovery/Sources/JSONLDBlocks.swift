// Finds the `<script type="application/ld+json">` blocks in an HTML page and flattens their nodes.
import Foundation
import JobHuntKernel

enum JSONLDBlocks {
    /// The text of every JSON-LD script block, in page order.
    static func scripts(in html: [UInt8]) -> [ArraySlice<UInt8>] {
        var blocks: [ArraySlice<UInt8>] = []
        var index = 0
        while let open = find(html, "<script", from: index) {
            guard let tagEnd = html[open...].firstIndex(of: UInt8(ascii: ">")) else { break }
            let attributes = String(decoding: html[open..<tagEnd], as: UTF8.self).lowercased()
            let bodyStart = tagEnd + 1
            let bodyEnd = find(html, "</script", from: bodyStart) ?? html.count
            if attributes.contains("application/ld+json") { blocks.append(html[bodyStart..<bodyEnd]) }
            index = bodyEnd
        }
        return blocks
    }

    /// Every object in a block: the block itself or its array elements, and the members of any `@graph`.
    static func nodes(_ value: Any) -> [JSONObject] {
        if let array = value as? [Any] { return array.flatMap(nodes) }
        guard let object = value as? JSONObject else { return [] }
        if let graph = object["@graph"] { return (object["@type"] != nil ? [object] : []) + nodes(graph) }
        return [object]
    }

    static func hasType(_ node: JSONObject, _ type: String) -> Bool {
        node.strings("@type").contains { $0 == type || $0.hasSuffix("/" + type) || $0.hasSuffix(":" + type) }
    }

    /// Case-insensitive search for an ASCII literal.
    private static func find(_ bytes: [UInt8], _ literal: String, from start: Int) -> Int? {
        let needle = Array(literal.utf8)
        guard start + needle.count <= bytes.count else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index] == needle[0] {
            var matched = true
            for offset in 1..<needle.count where bytes[index + offset] | 0x20 != needle[offset] {
                matched = false
                break
            }
            if matched { return index }
        }
        return nil
    }
}
