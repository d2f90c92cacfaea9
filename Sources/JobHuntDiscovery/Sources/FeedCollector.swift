// A SAX collector for RSS 2.0 and Atom: gathers each item's child elements as text and attributes.
import Foundation
import JobHuntKernel

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One `<item>` or `<entry>`: each direct child's text by qualified name (grandchildren also as
/// `child/grandchild`, for Atom's `author/name`), and the attributes
/// that carry data in feeds (`link href`/`rel`, `media:content url`, `category term`).
struct FeedItem {
    var texts: [String: [String]] = [:]
    var attributes: [(element: String, values: [String: String])] = []

    func first(_ name: String) -> String? {
        texts[name]?.first { $0.contains(where: { !$0.isWhitespace }) }
    }
}

/// Streams the feed through XMLParser, keeping only what items need (no DOM).
final class FeedCollector: NSObject, XMLParserDelegate {
    private(set) var rootElement: String?
    private(set) var items: [FeedItem] = []
    private var current: FeedItem?
    private var depth = 0
    private var itemDepth = 0
    private var childName: String?
    private var text = ""
    private var nestedName: String?
    private var nestedText = ""

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        depth += 1
        if rootElement == nil { rootElement = elementName }
        if current == nil, elementName == "item" || elementName == "entry" {
            current = FeedItem()
            itemDepth = depth
        } else if current != nil, depth == itemDepth + 1 {
            childName = elementName
            text = ""
            if !attributes.isEmpty { current?.attributes.append((elementName, attributes)) }
        } else if current != nil, depth == itemDepth + 2, let parent = childName {
            nestedName = parent + "/" + elementName
            nestedText = ""
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        if current != nil, depth == itemDepth + 2, let name = nestedName {
            current?.texts[name, default: []].append(nestedText)
            nestedName = nil
        } else if current != nil, depth == itemDepth + 1, let name = childName {
            current?.texts[name, default: []].append(text)
            childName = nil
        } else if let item = current, depth == itemDepth {
            items.append(item)
            current = nil
        }
        depth -= 1
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if childName != nil { text += string }
        if nestedName != nil { nestedText += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        let string = String(decoding: block, as: UTF8.self)
        if childName != nil { text += string }
        if nestedName != nil { nestedText += string }
    }
}
