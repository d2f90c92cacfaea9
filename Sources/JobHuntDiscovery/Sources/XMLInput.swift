// The bytes handed to Foundation's XMLParser. On Linux, FoundationXML crashes the
// process (it does not report an error) when libxml2 passes it an element name
// holding bytes that are not UTF-8, e.g. `<chan\xEF\x01nel>` in a feed that
// declares no other encoding; `scripts/fuzz source-rss` found it. Such a document
// is not well-formed XML anyway (XML 1.0 §4.3.3), so it is refused before parsing.
import Foundation
import JobHuntKernel

enum XMLInput {
    /// `data` with every processing instruction that has no data (`<?x?>`) blanked out, byte for
    /// byte, so line numbers stay. Such an instruction is well-formed XML, but FoundationXML on
    /// Linux takes the missing data for a C string and crashes the process (`strlen(NULL)`;
    /// `scripts/fuzz source-rss` found it). Feeds need nothing from processing instructions.
    static func readable(_ data: Data) -> Data {
        var bytes = [UInt8](data)
        var changed = false
        var index = 0
        while index + 3 < bytes.count {
            guard bytes[index] == 0x3C, bytes[index + 1] == 0x3F else {  // "<?"
                index += 1
                continue
            }
            var end = index + 2
            while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
            if end > index + 2, end + 1 < bytes.count, bytes[end] == 0x3F, bytes[end + 1] == 0x3E {  // "?>"
                for blank in index...(end + 1) { bytes[blank] = 0x20 }
                changed = true
                index = end + 2
            } else {
                index += 2
            }
        }
        return changed ? Data(bytes) : data
    }

    /// A byte of a processing instruction's target: ASCII letters, digits, `-` `_` `.` `:`, and any
    /// byte of a multi-byte UTF-8 character.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x3A, 0x5F, 0x80...0xFF: true
        default: false
        }
    }

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
