/// Well-formed UTF-8 as Unicode defines it: no overlong form, no surrogate, nothing above U+10FFFF.
///
/// The encoding sniffer and the JSON record splitter must agree byte for byte on what is valid, or a
/// board the splitter accepts could hold text the sniffer would have called Windows-1252; one rule
/// serves both.
enum UTF8Validation {
    /// The length (2–4) of the well-formed multi-byte sequence that starts at `index`, or nil when the
    /// byte there starts none (ASCII included) or the sequence is cut short or malformed.
    @inline(__always)
    static func sequenceLength<Bytes: RandomAccessCollection>(_ bytes: Bytes, at index: Int) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch bytes[index] {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            upper = 0x9F
        case 0xF0:
            length = 4
            lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            upper = 0x8F
        default: return nil
        }
        guard index + length <= bytes.endIndex else { return nil }
        guard (lower...upper).contains(bytes[index + 1]) else { return nil }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
        return length
    }
}
