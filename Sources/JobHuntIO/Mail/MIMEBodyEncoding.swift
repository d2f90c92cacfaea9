// Content-transfer-encodings for bodies (RFC 2045 §6): quoted-printable for
// the UTF-8 text, base64 for files, both in lines of at most 76 characters
// ending in CRLF.
import Foundation

enum MIMEBodyEncoding {
    /// RFC 2045 §6.7 rule 5 and §6.8: encoded lines are at most 76 characters.
    static let lineLimit = 76

    /// Base64 in 76-character lines, each ending in CRLF.
    static func base64(_ data: Data) -> String {
        let encoded = data.base64EncodedString()
        var lines: [Substring] = []
        var start = encoded.startIndex
        while start < encoded.endIndex {
            let end = encoded.index(start, offsetBy: lineLimit, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(encoded[start..<end])
            start = end
        }
        return lines.map { $0 + "\r\n" }.joined()
    }

    /// Quoted-printable of `text` as UTF-8: line breaks of any kind become
    /// CRLF; `=`, bytes outside printable ASCII, and a space or tab ending a
    /// line are written `=XX`; longer lines get soft breaks (`=` CRLF).
    static func quotedPrintable(_ text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var output = ""
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            let bytes = Array(line.utf8)
            var tokens: [String] = []
            for (index, byte) in bytes.enumerated() {
                let last = index == bytes.count - 1
                let literal = (byte >= 33 && byte <= 126 && byte != 61) || ((byte == 32 || byte == 9) && !last)
                tokens.append(literal ? String(UnicodeScalar(byte)) : String(format: "=%02X", byte))
            }
            var current = ""
            for token in tokens {
                // Room for the soft break's "=" at the end of the line.
                if current.count + token.count > lineLimit - 1 {
                    output += current + "=\r\n"
                    current = ""
                }
                current += token
            }
            output += current + "\r\n"
        }
        return output
    }
}
