// Reads one HTML tag at a `<` for HTMLText: its name, whether it opens or closes, and where it ends.
import Foundation
import JobHuntKernel

struct HTMLTag {
    enum Kind {
        case open(String)
        case close(String)
        /// Comments, doctypes and processing instructions: no layout meaning.
        case skipped
    }

    var kind: Kind
    /// The index just past the tag's `>`.
    var end: Int

    /// Nil when the `<` does not start a tag (`a < b` in text), so it is kept as text.
    static func read(_ bytes: [UInt8], at start: Int) -> HTMLTag? {
        var index = start + 1
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "!") {
            if matches(bytes, at: index + 1, "--") {
                let close = find(bytes, "-->", from: index + 3)
                return HTMLTag(kind: .skipped, end: close.map { $0 + 3 } ?? bytes.count)
            }
            return HTMLTag(kind: .skipped, end: (find(bytes, ">", from: index)).map { $0 + 1 } ?? bytes.count)
        }
        if bytes[index] == UInt8(ascii: "?") {
            return HTMLTag(kind: .skipped, end: (find(bytes, ">", from: index)).map { $0 + 1 } ?? bytes.count)
        }
        let isClose = bytes[index] == UInt8(ascii: "/")
        if isClose { index += 1 }
        let nameStart = index
        while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
        guard index > nameStart, bytes[nameStart] | 0x20 >= 97, bytes[nameStart] | 0x20 <= 122 else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        // Skip attributes, honouring quotes so a `>` inside a value does not end the tag.
        var quote: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                break
            }
            index += 1
        }
        return HTMLTag(kind: isClose ? .close(name) : .open(name), end: min(index + 1, bytes.count))
    }

    /// The index after `</name>` (case-insensitive), or the end when it never closes.
    static func endOfRawText(_ bytes: [UInt8], from start: Int, name: String) -> Int {
        let needle = Array("</\(name)".utf8)
        var index = start
        while let found = find(bytes, "<", from: index) {
            if found + needle.count <= bytes.count,
                zip(bytes[found..<(found + needle.count)], needle).allSatisfy({ $0 | 0x20 == $1 | 0x20 })
            {
                return (find(bytes, ">", from: found)).map { $0 + 1 } ?? bytes.count
            }
            index = found + 1
        }
        return bytes.count
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 97 && byte | 0x20 <= 122) || (byte >= 48 && byte <= 57) || byte == 45 || byte == 58
    }

    private static func matches(_ bytes: [UInt8], at index: Int, _ literal: String) -> Bool {
        let needle = Array(literal.utf8)
        return index + needle.count <= bytes.count && Array(bytes[index..<(index + needle.count)]) == needle
    }

    static func find(_ bytes: [UInt8], _ literal: String, from start: Int) -> Int? {
        let needle = Array(literal.utf8)
        guard let first = needle.first, start < bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == first, needle.count == 1 || Array(bytes[index..<(index + needle.count)]) == needle {
                return index
            }
            index += 1
        }
        return nil
    }
}
