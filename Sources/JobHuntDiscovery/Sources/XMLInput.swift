// The bytes handed to Foundation's XMLParser. On Linux, FoundationXML crashes the
// process (it does not report an error) when libxml2 passes it an element name
// holding bytes that are not UTF-8, e.g. `<chan\xEF\x01nel>` in a feed that
// declares no other encoding; `scripts/fuzz source-rss` found it. Such a document
// is not well-formed XML anyway (XML 1.0 §4.3.3), so it is refused before parsing.
import Foundation
import JobHuntKernel

enum XMLInput {
    /// Throws `sourceUnreadable` naming the line of the first byte that is not UTF-8, when the
    /// document is read as UTF-8: no byte-order mark and no other `encoding` declared.
    /// A document declaring ISO-8859-1, Windows-1252 or the like is left to libxml2, which
    /// converts it to UTF-8 before any name reaches Foundation.
    static func checkEncoding(_ data: Data, source: String) throws(JobHuntError) {
        guard readsAsUTF8(data), let line = firstLineNotUTF8(data) else { return }
        throw .sourceUnreadable(source: source, reason: "not well-formed XML: bytes that are not UTF-8 (line \(line))")
    }

    /// The 1-based line of the first byte that starts no valid UTF-8 sequence, or nil when all are valid.
    static func firstLineNotUTF8(_ data: Data) -> Int? {
        var bytes = data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1
        while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let encoded): if encoded.count == 1, encoded.first == 0x0A { line += 1 }
            case .error: return line
            case .emptyInput: return nil
            }
        }
    }

    /// True unless a UTF-16 byte-order mark or a non-UTF-8 `encoding=` in the XML declaration says otherwise.
    static func readsAsUTF8(_ data: Data) -> Bool {
        let head = [UInt8](data.prefix(256))
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) { return false }
        let text = String(decoding: head, as: UTF8.self)
        guard text.hasPrefix("<?xml") || text.hasPrefix("\u{FEFF}<?xml"),
            let declarationEnd = text.range(of: "?>"),
            let encoding = text[..<declarationEnd.lowerBound].range(of: "encoding")
        else { return true }
        let value = text[encoding.upperBound..<declarationEnd.lowerBound]
            .drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
            .prefix { $0 != "\"" && $0 != "'" && $0 != " " }
            .lowercased()
        return value == "utf-8" || value == "utf8" || value.isEmpty
    }
}
