// Reads one line of a posting: is it a heading, does it start with a label such as
// "Nice to have:", and which of its sentences say "is a plus".

/// One line of a posting, as byte offsets into the whole text.
struct PostingLine {
    let bytes: [UInt8]
    let range: Range<Int>

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

    var isBlank: Bool { contentStart >= range.upperBound }

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
    var heading: PostingSection? {
        guard !isBullet else { return nil }
        let words = normalized(contentStart..<range.upperBound)
        let count = words.split(separator: " ").count
        guard count > 0, count <= 8 else { return nil }
        let trimmed = bytes[range].reversed().drop { $0 == 0x20 || $0 == 0x0D || $0 == 0x2A || $0 == 0x09 }
        let explicit = isMarkdownHeading || trimmed.first == 0x3A || bytes[range].starts(with: [0x2A, 0x2A])
        if explicit { return PostingSection.named(by: words, wholePhrase: false) }
        // A plain line is a heading only when short, not a sentence, and not "Label: value".
        guard count <= 5, trimmed.first != 0x2E, !bytes[range].contains(0x3A) else { return nil }
        return PostingSection.named(by: words, wholePhrase: true)
    }

    /// The section a leading "Label:" names ("Nice to have: Kafka"), when the label is short.
    var label: PostingSection? {
        let start = contentStart
        var index = start
        while index < range.upperBound, index - start < 48, bytes[index] != 0x3A { index += 1 }
        guard index < range.upperBound, bytes[index] == 0x3A else { return nil }
        return PostingSection.named(by: normalized(start..<index), wholePhrase: false)
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
        let words = " \(normalized(sentence)) "
        guard PostingSection.preferredCues.contains(where: { words.contains(" \($0) ") }) else { return section }
        return PostingSection.requiredCues.contains(where: { words.contains(" \($0) ") }) ? section : .preferred
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
