// Reads one line of a posting: is it a heading, does it start with a label such as
// "Nice to have:", and which of its sentences say "is a plus".

/// One line of a posting, as byte offsets into the whole text.
package struct PostingLine {
    let bytes: [UInt8]
    let range: Range<Int>

    package init(bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        self.range = range
    }

    /// Offset of the first byte after bullets, numbering, markdown marks and blanks.
    private var contentStart: Int {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x2A || byte == 0x23 || byte == 0x2D
                || byte == 0x3E || byte == 0x5F
            {
                index += 1
            } else if byte == 0xE2, index + 2 < range.upperBound,
                bytes[index + 1] == 0x80 || bytes[index + 1] == 0x96
                    || bytes[index + 1] == 0x97
            {
                index += 3  // • ‣ and the geometric bullets ▪ ● ◦ are three bytes starting E2.
            } else {
                break
            }
        }
        return index
    }

    package var isBlank: Bool { contentStart >= range.upperBound }

    /// Whether the line is a list item, which is never a heading ("- Python preferred").
    var isBullet: Bool {
        var index = range.lowerBound
        while index < range.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard index < range.upperBound else { return false }
        let first = bytes[index]
        // "* item" and "- item" are bullets; "**Bold heading**" is not.
        if first == 0x2A || first == 0x2D {
            return index + 1 < range.upperBound && (bytes[index + 1] == 0x20 || bytes[index + 1] == 0x09)
        }
        if first == 0xE2 { return true }
        var digits = 0
        while index < range.upperBound, bytes[index] >= 0x30 && bytes[index] <= 0x39 {
            index += 1
            digits += 1
        }
        return digits > 0 && index < range.upperBound && (bytes[index] == 0x2E || bytes[index] == 0x29)
    }

    private var isMarkdownHeading: Bool { bytes[range].first { $0 != 0x20 } == 0x23 }

    /// The section a heading line names: a markdown heading, a bold line, a line ending in a
    /// colon, or a short line that starts with a heading phrase ("Nice to have", "Requirements").
    /// An explicit heading that names no known section starts a `.general` part ("About the team").
    package var heading: PostingSection? {
        guard !isBullet, wordCount(contentStart..<range.upperBound, limit: 9) <= 8 else { return nil }
        let words = normalizedWords(contentStart..<range.upperBound)
        guard !words.isEmpty else { return nil }
        let trimmed = bytes[range].reversed().drop { $0 == 0x20 || $0 == 0x0D || $0 == 0x2A || $0 == 0x09 }
        let explicit = isMarkdownHeading || trimmed.first == 0x3A || bytes[range].starts(with: [0x2A, 0x2A])
        if explicit { return PostingSection.named(by: words, wholePhrase: false) ?? .general }
        // A plain line is a heading only when short, not a sentence, and not "Label: value".
        guard words.count <= 5, trimmed.first != 0x2E, !bytes[range].contains(0x3A) else { return nil }
        return PostingSection.named(by: words, wholePhrase: true)
    }

    /// The section a leading "Label:" names ("Nice to have: Kafka"), when the label is short.
    var label: PostingSection? {
        let start = contentStart
        var index = start
        while index < range.upperBound, index - start < 48, bytes[index] != 0x3A { index += 1 }
        guard index < range.upperBound, bytes[index] == 0x3A else { return nil }
        return PostingSection.named(by: normalizedWords(start..<index), wholePhrase: false)
    }

    /// The line cut into sentences, each labelled `section` unless it carries a preferred cue
    /// and no required one, which makes it preferred.
    func sentences(in section: PostingSection) -> [PostingOutline.Part] {
        guard section != .other && section != .preferred else {
            return [PostingOutline.Part(range: range, section: section)]
        }
        var parts: [PostingOutline.Part] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            let atEnd = index + 1 == range.upperBound
            if atEnd || ((byte == 0x2E || byte == 0x3B || byte == 0x21 || byte == 0x3F) && bytes[index + 1] == 0x20) {
                let sentence = start..<(index + 1)
                parts.append(PostingOutline.Part(range: sentence, section: label(sentence, default: section)))
                start = index + 1
            }
            index += 1
        }
        return parts
    }

    private func label(_ sentence: Range<Int>, default section: PostingSection) -> PostingSection {
        guard mayHaveCue(sentence) else { return section }
        let words = normalizedWords(sentence)
        if PostingSection.contains(words, PostingSection.deniedRequirementCueIndex) { return .preferred }
        guard PostingSection.contains(words, PostingSection.preferredCueIndex) else { return section }
        return PostingSection.contains(words, PostingSection.requiredCueIndex) ? section : .preferred
    }

    /// A cheap first look for the words preferred cues start with, so most sentences never
    /// build their word list.
    private func mayHaveCue(_ sentence: Range<Int>) -> Bool {
        var index = sentence.lowerBound
        var atWordStart = true
        while index < sentence.upperBound {
            let byte = bytes[index] | 0x20
            let isLetter = byte >= 0x61 && byte <= 0x7A
            if atWordStart && isLetter && startsCue(at: index, first: byte) { return true }
            atWordStart = !isLetter
            index += 1
        }
        return false
    }

    /// Whether a word starting at `index` (first letter `first`, lower case) opens a cue word.
    private func startsCue(at index: Int, first: UInt8) -> Bool {
        switch first {
        case 0x70: return matches(PostingLine.plus, at: index) || matches(PostingLine.prefer, at: index)
        case 0x6E: return matches(PostingLine.nice, at: index) || matches(PostingLine.not, at: index)
        case 0x62: return matches(PostingLine.bonus, at: index)
        case 0x69: return matches(PostingLine.ideal, at: index)
        case 0x64: return matches(PostingLine.desirab, at: index)
        case 0x61: return matches(PostingLine.advantag, at: index)
        case 0x67: return matches(PostingLine.great, at: index)
        default: return false
        }
    }

    private static let plus = Array("plus".utf8)
    private static let prefer = Array("prefer".utf8)
    private static let nice = Array("nice".utf8)
    private static let not = Array("not".utf8)
    private static let bonus = Array("bonus".utf8)
    private static let ideal = Array("ideal".utf8)
    private static let desirab = Array("desirab".utf8)
    private static let advantag = Array("advantag".utf8)
    private static let great = Array("great".utf8)

    private func matches(_ lowercase: [UInt8], at index: Int) -> Bool {
        guard index + lowercase.count <= range.upperBound else { return false }
        for offset in lowercase.indices where bytes[index + offset] | 0x20 != lowercase[offset] { return false }
        return true
    }

    /// Counts words up to `limit`, without building them.
    private func wordCount(_ span: Range<Int>, limit: Int) -> Int {
        var count = 0
        var inWord = false
        for byte in bytes[span] {
            let isWord = byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            if isWord && !inWord {
                count += 1
                if count >= limit { return count }
            }
            inWord = isWord
        }
        return count
    }

    /// The words of `normalized(span)`. An ASCII result (nearly every line) is split on its
    /// bytes, where each `Character` is one byte; splitting by `Character` (grapheme breaking)
    /// was half of finding a line's heading. Any other keeps the `Character` split, in which a
    /// blank followed by a combining mark is no separator.
    func normalizedWords(_ span: Range<Int>) -> [Substring] {
        let text = normalized(span)
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ") }
        var words: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == 0x20 {
                if start < index { words.append(text[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start < utf8.endIndex { words.append(text[start..<utf8.endIndex]) }
        return words
    }

    /// Lower-case words separated by single blanks, apostrophes dropped ("What you'll need:" → "what youll need").
    func normalized(_ span: Range<Int>) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(span.count)
        var index = span.lowerBound
        while index < span.upperBound {
            let byte = bytes[index]
            if byte == 0x27
                || (byte == 0xE2 && index + 2 < span.upperBound && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99)
            {
                index += byte == 0x27 ? 1 : 3
                continue
            }
            let isWord =
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
                || byte >= 0x80
            if isWord {
                result.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else if let last = result.last, last != 0x20 {
                result.append(0x20)
            }
            index += 1
        }
        if result.last == 0x20 { result.removeLast() }
        return String(decoding: result, as: UTF8.self)
    }
}
