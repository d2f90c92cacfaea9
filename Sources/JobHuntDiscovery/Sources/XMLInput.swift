// The bytes handed to Foundation's XMLParser. On Linux, FoundationXML crashes the
// process (it does not report an error) when libxml2 passes it an element name
// holding bytes that are not UTF-8, e.g. `<chan\xEF\x01nel>` in a feed that
// declares no other encoding; `scripts/fuzz source-rss` found it. Such a document
// is not well-formed XML anyway (XML 1.0 §4.3.3), so it is refused before parsing.
import Foundation
import JobHuntKernel

enum XMLInput {
    /// Throws `sourceUnreadable` naming the line of the first byte that is not UTF-8, unless the
    /// XML declaration names a Latin-1 family encoding (ISO-8859-1 or -15, Windows-1252), where
    /// every byte is a character and libxml2 converts the text to UTF-8 itself. Any other
    /// declaration (a misspelt `UTF-8@`, UTF-16, Shift_JIS) must be UTF-8 in fact to be read:
    /// `scripts/fuzz` got past a check that trusted any name but UTF-8.
    static func checkEncoding(_ data: Data, source: String) throws(JobHuntError) {
        guard !declaresSingleByteEncoding(data), let line = firstLineNotUTF8(data) else { return }
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

    /// The encodings whose every byte libxml2 maps to a character.
    static let singleByteEncodings: Set<String> = [
        "iso-8859-1", "iso8859-1", "latin1", "iso-latin-1", "iso-8859-15", "windows-1252", "cp1252",
    ]

    /// True when the XML declaration at the very start (`<?xml version="1.0" encoding="…"`,
    /// as libxml2 reads it) names one of `singleByteEncodings`.
    static func declaresSingleByteEncoding(_ data: Data) -> Bool {
        let text = String(decoding: data.prefix(256), as: UTF8.self)
        let declaration =
            #/<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])([A-Za-z][A-Za-z0-9._-]*)\2/#
        guard let match = text.prefixMatch(of: declaration.matchingSemantics(.unicodeScalar)) else { return false }
        return singleByteEncodings.contains(match.output.3.lowercased())
    }
}
