// Decodes HTML character references (named, decimal and hex) in one pass over UTF-8 bytes.
import Foundation
import JobHuntKernel

/// HTML character-reference decoding, shared by the source parsers and the normaliser.
///
/// Decodes exactly once: `&amp;nbsp;` becomes `&nbsp;`, which is how Greenhouse's
/// escaped `content` is turned into HTML without touching entities that belong to
/// the HTML itself. Named references come from `HTMLEntities.named` (HTML 4's set
/// plus `&apos;`); an unknown name, or one without its `;`, is left as written.
/// Numeric references that name no character (0, surrogates, beyond U+10FFFF)
/// become U+FFFD, as HTML5 says.
package enum HTMLEntities {
    package static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        let bytes = Array(text.utf8)
        decode(bytes[...], into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `bytes` to `out` with references decoded; the byte-level form `HTMLText` uses.
    static func decode(_ bytes: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&"), let (scalar, next) = reference(in: bytes, at: index) {
                appendUTF8(scalar, to: &out)
                index = next
            } else {
                out.append(byte)
                index += 1
            }
        }
    }

    /// The character a reference starting at `start` (the `&`) names, and the index after its `;`.
    private static func reference(in bytes: ArraySlice<UInt8>, at start: Int) -> (UInt32, Int)? {
        let limit = min(bytes.endIndex, start + 40)
        var end = start + 1
        while end < limit, bytes[end] != UInt8(ascii: ";") {
            let byte = bytes[end]
            let isNameByte = (byte >= 48 && byte <= 57) || (byte | 0x20 >= 97 && byte | 0x20 <= 122) || byte == 35
            guard isNameByte else { return nil }
            end += 1
        }
        guard end < limit, end > start + 1 else { return nil }
        let body = bytes[(start + 1)..<end]
        if body.first == UInt8(ascii: "#") {
            return (numeric(body.dropFirst()) ?? 0xFFFD, end + 1)
        }
        guard let scalar = named[String(decoding: body, as: UTF8.self)] else { return nil }
        return (scalar, end + 1)
    }

    /// `65` or `x41`: the code point, U+FFFD when it is not a character; nil when it is not a number.
    private static func numeric(_ digits: ArraySlice<UInt8>) -> UInt32? {
        var body = digits
        var radix: UInt32 = 10
        if let first = body.first, first | 0x20 == UInt8(ascii: "x") {
            radix = 16
            body = body.dropFirst()
        }
        guard !body.isEmpty else { return nil }
        var value: UInt32 = 0
        for byte in body {
            let digit: UInt32
            switch byte {
            case 48...57: digit = UInt32(byte - 48)
            case 97...102 where radix == 16: digit = UInt32(byte - 87)
            case 65...70 where radix == 16: digit = UInt32(byte - 55)
            default: return nil
            }
            value = min(value * radix + digit, 0x11_0000)
        }
        if value == 0 || value >= 0x11_0000 || (0xD800...0xDFFF).contains(value) { return 0xFFFD }
        return value
    }

    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        guard let unicode = Unicode.Scalar(scalar) else { return appendUTF8(0xFFFD, to: &out) }
        out.append(contentsOf: UTF8.encode(unicode)!)
    }
}
