// Finds the records of a JSON document without building it: a strict check of
// the whole document's syntax and the byte ranges of one array's elements, so
// each element can be parsed on its own, on any thread, inside the ingest's
// pipeline instead of the whole document before it.
import Foundation

/// The byte ranges of the elements of the array under `key` in a document's root object.
///
/// `find` returns nil whenever the document is not plainly valid UTF-8 JSON of that
/// shape, or uses anything this scan does not check as `JSONSerialization` would (a
/// byte-order mark, a `\u` escape of a surrogate or of NUL, an escaped or repeated key
/// in the root object, a number longer than 15 characters or with a three-digit exponent,
/// nesting deeper than 64): the caller then parses the whole document as before, so
/// what a malformed or unusual document reports cannot change. When it returns ranges,
/// the whole document is valid JSON, so parsing it whole could not have failed.
///
/// ```swift
/// let ranges = data.withUnsafeBytes { JSONArrayElements.find(in: $0, key: "jobs") }
/// ```
enum JSONArrayElements {
    /// Deeper nesting than this sends the document down the whole-document path.
    static let maximumDepth = 64

    static func find(in bytes: UnsafeRawBufferPointer, key: String) -> [Range<Int>]? {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        var scanner = Scanner(bytes: base, count: bytes.count, key: Array(key.utf8))
        return scanner.document()
    }

    /// A cursor over the bytes; every method returns false (or nil) at the first byte it does not accept.
    private struct Scanner {
        let bytes: UnsafePointer<UInt8>
        let count: Int
        let key: [UInt8]
        var index = 0

        init(bytes: UnsafePointer<UInt8>, count: Int, key: [UInt8]) {
            self.bytes = bytes
            self.count = count
            self.key = key
        }

        /// The root object, with the ranges of `key`'s array elements; nil unless `key` names exactly one array.
        mutating func document() -> [Range<Int>]? {
            skipSpace()
            guard peek == UInt8(ascii: "{") else { return nil }
            index += 1
            var elements: [Range<Int>]?
            skipSpace()
            if peek == UInt8(ascii: "}") {
                index += 1
            } else {
                while true {
                    skipSpace()
                    guard let name = string(), !name.escaped else { return nil }
                    let isKey = name.range.count == key.count && zip(name.range, key).allSatisfy { bytes[$0] == $1 }
                    skipSpace()
                    guard peek == UInt8(ascii: ":") else { return nil }
                    index += 1
                    skipSpace()
                    if isKey {
                        guard elements == nil, peek == UInt8(ascii: "[") else { return nil }
                        guard let found = array(depth: 2) else { return nil }
                        elements = found
                    } else {
                        guard value(depth: 2) else { return nil }
                    }
                    skipSpace()
                    if peek == UInt8(ascii: ",") {
                        index += 1
                        continue
                    }
                    guard peek == UInt8(ascii: "}") else { return nil }
                    index += 1
                    break
                }
            }
            skipSpace()
            guard index == count else { return nil }
            return elements
        }

        /// The array at `index` (its `[`), as the ranges of its elements.
        private mutating func array(depth: Int) -> [Range<Int>]? {
            index += 1
            var ranges: [Range<Int>] = []
            skipSpace()
            if peek == UInt8(ascii: "]") {
                index += 1
                return ranges
            }
            while true {
                skipSpace()
                let start = index
                guard value(depth: depth + 1) else { return nil }
                ranges.append(start..<index)
                skipSpace()
                if peek == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                guard peek == UInt8(ascii: "]") else { return nil }
                index += 1
                return ranges
            }
        }

        private var peek: UInt8? { index < count ? bytes[index] : nil }

        private mutating func skipSpace() {
            while index < count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        /// One value of any kind, checked, at nesting `depth`.
        private mutating func value(depth: Int) -> Bool {
            guard depth <= JSONArrayElements.maximumDepth, let first = peek else { return false }
            switch first {
            case UInt8(ascii: "{"):
                index += 1
                skipSpace()
                if peek == UInt8(ascii: "}") {
                    index += 1
                    return true
                }
                while true {
                    skipSpace()
                    guard string() != nil else { return false }
                    skipSpace()
                    guard peek == UInt8(ascii: ":") else { return false }
                    index += 1
                    skipSpace()
                    guard value(depth: depth + 1) else { return false }
                    skipSpace()
                    if peek == UInt8(ascii: ",") {
                        index += 1
                        continue
                    }
                    guard peek == UInt8(ascii: "}") else { return false }
                    index += 1
                    return true
                }
            case UInt8(ascii: "["):
                return array(depth: depth) != nil
            case UInt8(ascii: "\""):
                return string() != nil
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default: return number()
            }
        }

        private mutating func literal(_ word: StaticString) -> Bool {
            let length = word.utf8CodeUnitCount
            guard count - index >= length else { return false }
            for offset in 0..<length where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += length
            return true
        }

        /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]{1,2})?`, at most 15 characters.
        private mutating func number() -> Bool {
            let start = index
            if peek == UInt8(ascii: "-") { index += 1 }
            guard let first = peek, isDigit(first) else { return false }
            index += 1
            if first != UInt8(ascii: "0") { skipDigits() }
            if peek == UInt8(ascii: ".") {
                index += 1
                guard let digit = peek, isDigit(digit) else { return false }
                skipDigits()
            }
            if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
                index += 1
                if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
                guard let digit = peek, isDigit(digit) else { return false }
                let exponent = index
                skipDigits()
                // "1e2000000" overflows a Double, which `JSONSerialization` refuses; two
                // exponent digits cannot (15 characters stay far below 1e308).
                guard index - exponent <= 2 else { return false }
            }
            return index - start <= 15
        }

        private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

        private mutating func skipDigits() {
            while index < count, isDigit(bytes[index]) { index += 1 }
        }

        /// A string at `index` (its opening quote): the range between the quotes and whether it held an escape.
        private mutating func string() -> (range: Range<Int>, escaped: Bool)? {
            guard peek == UInt8(ascii: "\"") else { return nil }
            index += 1
            let start = index
            var escaped = false
            while index < count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return (start..<index - 1, escaped)
                }
                if byte == UInt8(ascii: "\\") {
                    escaped = true
                    guard escape() else { return nil }
                } else if byte < 0x20 {
                    return nil
                } else if byte < 0x80 {
                    index += 1
                } else {
                    guard utf8Sequence() else { return nil }
                }
            }
            return nil
        }

        /// One escape at `index` (its backslash); `\u` of a surrogate or of NUL is refused.
        private mutating func escape() -> Bool {
            guard index + 1 < count else { return false }
            switch bytes[index + 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                index += 2
                return true
            case UInt8(ascii: "u"):
                guard index + 6 <= count else { return false }
                var scalar: UInt32 = 0
                for offset in 2..<6 {
                    guard let digit = hexValue(bytes[index + offset]) else { return false }
                    scalar = scalar << 4 | digit
                }
                guard scalar != 0, !(0xD800...0xDFFF).contains(scalar) else { return false }
                index += 6
                return true
            default:
                return false
            }
        }

        private func hexValue(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
            default: nil
            }
        }

        /// One well-formed UTF-8 sequence of 2–4 bytes.
        private mutating func utf8Sequence() -> Bool {
            guard let length = UTF8Validation.sequenceLength(UnsafeBufferPointer(start: bytes, count: count), at: index)
            else { return false }
            index += length
            return true
        }
    }
}
