// Reads S3's small XML documents (errors, listings, multipart replies) into leaf values by path.
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Every leaf element's text with its path, e.g. `ListBucketResult/Contents/Key`, in
/// document order. S3's replies are flat enough that this is all we need.
final class S3XML: NSObject, XMLParserDelegate {
    private(set) var leaves: [(path: String, text: String)] = []
    private var stack: [String] = []
    private var text = ""

    /// Nil for a document that is not well-formed, bytes that are not UTF-8
    /// included: S3 replies in UTF-8, and on Linux FoundationXML crashes the
    /// process (it reports no error) when libxml2 hands it an element name that
    /// is not UTF-8 (`scripts/fuzz source-rss` found it in feeds). A proxy or
    /// a broken server must not take jobhunt down with it.
    static func parse(_ data: Data) -> S3XML? {
        guard String(validating: data, as: UTF8.self) != nil else { return nil }
        let document = S3XML()
        let parser = XMLParser(data: data)
        parser.delegate = document
        return parser.parse() ? document : nil
    }

    func values(_ path: String) -> [String] { leaves.filter { $0.path == path }.map(\.text) }
    func value(_ path: String) -> String? { values(path).first }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        stack.append(name)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        leaves.append((stack.joined(separator: "/"), text))
        stack.removeLast()
        text = ""
    }
}

/// S3's `<Error><Code>…</Code><Message>…</Message></Error>` body.
struct S3ErrorDocument {
    var code: String
    var message: String

    init?(_ data: Data) {
        guard !data.isEmpty, let xml = S3XML.parse(data), let code = xml.value("Error/Code") else { return nil }
        self.code = code
        message = xml.value("Error/Message") ?? ""
    }
}
