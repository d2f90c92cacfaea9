// What each character means to the skill tokenizer: part of a word, part of a name,
// or a separator of some strength.

extension SkillText {
    /// The role of an ASCII byte.
    enum CharacterClass: Equatable {
        case word
        case separator(SkillGap)
        /// `.`: part of a name before a letter or digit, else a sentence end.
        case dot
        /// `+` `#`: part of a name when glued to it.
        case suffix
        /// `/` `&`: always a token, so "CI/CD" and "R&D" can be names and lists can be seen.
        case joiner
    }

    static let asciiClass: [CharacterClass] = (0..<128).map { code in
        let scalar = Unicode.Scalar(UInt8(code))
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_": return .word
        case "\n", "\r", "\u{0B}", "\u{0C}": return .separator(.line)
        case ",", ";", ":", "|", "(", ")", "[", "]", "{", "}": return .separator(.list)
        case "!", "?": return .separator(.sentence)
        case ".": return .dot
        case "+", "#": return .suffix
        case "/", "&": return .joiner
        default: return .separator(.space)
        }
    }

    /// The gap a non-ASCII scalar makes, or `.none` when it is part of a word (ü, é, ß, 中).
    static func classify(_ scalar: Unicode.Scalar) -> SkillGap {
        switch scalar.value {
        case 0x2028, 0x2029, 0x85: return .line
        case 0x2022, 0x2023, 0x2043, 0x25AA, 0x25CF, 0x25E6, 0x00B7, 0x2219, 0xFF0C, 0x3001: return .list
        case 0x3002, 0xFF01, 0xFF1F: return .sentence
        default:
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil { return .none }
            return .space
        }
    }

    /// The scalar starting at `index` and its length in bytes; malformed bytes read as a blank.
    func decode(at index: Int) -> (Unicode.Scalar, Int) {
        let length = SkillText.sequenceLength(bytes[index])
        guard index + length <= bytes.count, length > 1 else { return (" ", 1) }
        var value = UInt32(bytes[index]) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return (" ", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value) ?? " ", length)
    }

    /// The length of the UTF-8 sequence a lead byte starts (1 for stray continuation bytes).
    static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC0...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF7: return 4
        default: return 1
        }
    }
}
