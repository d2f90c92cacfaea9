// Splits text into the word and symbol tokens the skill matchers compare, in one
// pass over the UTF-8 bytes, remembering what separated each token from the last.

/// What lay between a token and the one before it, weakest first, so the strongest
/// separator in a gap wins ("., " is a sentence end, a bullet after a newline a line).
enum SkillGap: UInt8, Comparable, Sendable {
    /// Nothing: the token is glued to the previous one ("C" "+" "+", "Node" "." "js").
    case none
    /// Blanks, hyphens, quotes and other punctuation that does not end a phrase.
    case space
    /// A list or clause separator: `,` `;` `:` `|` brackets and bullets.
    case list
    /// `.` `!` `?` not followed by a letter.
    case sentence
    /// A line break.
    case line

    static func < (lhs: SkillGap, rhs: SkillGap) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A token: a run of letters, digits and `_`, or one of the symbols that can be part of
/// a skill's name (`+ # . / &`); offsets are into the text's UTF-8 bytes.
struct SkillToken: Sendable {
    var start: Int
    var end: Int
    var gap: SkillGap
    var isWord: Bool
}

/// A text cut into tokens, with the bytes kept for exact-case comparisons.
struct SkillText: Sendable {
    let bytes: [UInt8]
    private(set) var tokens: [SkillToken] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
        tokenize()
    }

    /// The separator before token `index`; after the last token the end of the text counts as a line break.
    func gap(before index: Int) -> SkillGap { index < tokens.count ? tokens[index].gap : .line }

    /// The token's text in lower case, the form the vocabulary is keyed by.
    func key(_ index: Int) -> String {
        let token = tokens[index]
        var ascii = true
        for byte in bytes[token.start..<token.end] where byte >= 0x80 { ascii = false }
        if ascii {
            return String(unsafeUninitializedCapacity: token.end - token.start) { buffer in
                var count = 0
                for byte in bytes[token.start..<token.end] {
                    buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    count += 1
                }
                return count
            }
        }
        return String(decoding: bytes[token.start..<token.end], as: UTF8.self).lowercased()
    }

    /// Whether token `index` reads exactly `expected`, letter case included.
    func hasExactText(_ index: Int, _ expected: [UInt8]) -> Bool {
        let token = tokens[index]
        return bytes[token.start..<token.end].elementsEqual(expected)
    }

    /// Whether token `index` is the symbol `symbol`.
    func isSymbol(_ index: Int, _ symbol: UInt8) -> Bool {
        index >= 0 && index < tokens.count && !tokens[index].isWord && bytes[tokens[index].start] == symbol
    }

    private mutating func tokenize() {
        let classes = SkillText.asciiClass
        var tokens: [SkillToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        var gap = SkillGap.line
        var index = 0
        let count = bytes.count
        func append(_ start: Int, _ end: Int, isWord: Bool) {
            tokens.append(SkillToken(start: start, end: end, gap: gap, isWord: isWord))
            gap = .none
        }
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                switch classes[Int(byte)] {
                case .word:
                    let start = index
                    index = wordEnd(after: index + 1)
                    append(start, index, isWord: true)
                    continue
                case .separator(let kind):
                    gap = max(gap, kind)
                case .dot:
                    // A dot inside a name (Node.js, ASP.NET, .NET) is a token; any other ends a sentence.
                    if index + 1 < count, startsWord(at: index + 1) {
                        append(index, index + 1, isWord: false)
                    } else {
                        gap = max(gap, .sentence)
                    }
                case .suffix:
                    // `+` and `#` belong to a name only when glued to it (C++, C#, Security+).
                    if gap == .none && !tokens.isEmpty {
                        append(index, index + 1, isWord: false)
                    } else {
                        gap = max(gap, .space)
                    }
                case .joiner:
                    append(index, index + 1, isWord: false)
                }
                index += 1
            } else {
                let (scalar, length) = decode(at: index)
                let kind = SkillText.classify(scalar)
                if kind == .none {
                    let start = index
                    index = wordEnd(after: index + length)
                    append(start, index, isWord: true)
                    continue
                }
                gap = max(gap, kind)
                index += length
            }
        }
        self.tokens = tokens
    }

    /// Where the word that continues at `index` ends: ASCII letters and digits in a tight loop,
    /// other scalars decoded only when met.
    private func wordEnd(after index: Int) -> Int {
        var index = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                let folded = byte | 0x20
                guard (folded >= 0x61 && folded <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F else {
                    break
                }
                index += 1
            } else {
                guard startsWord(at: index) else { break }
                index += SkillText.sequenceLength(byte)
            }
        }
        return index
    }

    private func startsWord(at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 {
            let folded = byte | 0x20
            return (folded >= 0x61 && folded <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
        }
        return SkillText.classify(decode(at: index).0) == .none
    }
}
