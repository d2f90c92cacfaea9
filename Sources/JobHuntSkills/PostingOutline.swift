// Splits a job posting's plain text into parts labelled requirements, preferred,
// responsibilities, other or general, from its headings, inline labels and
// sentence-level cues such as "is a plus".

/// A posting's text as labelled parts, so skills found in it can be sorted into required and preferred.
///
/// ```swift
/// let outline = PostingOutline("Requirements\n- Python\nNice to have\n- Go")
/// outline.section(at: 15)  // .requirements
/// ```
package struct PostingOutline: Sendable {
    /// A stretch of the text and the section it belongs to; ranges are UTF-8 byte offsets.
    package struct Part: Sendable, Equatable {
        package let range: Range<Int>
        package let section: PostingSection
    }

    /// The parts in text order, covering every non-empty line.
    package let parts: [Part]

    package init(_ text: String) {
        parts = PostingOutline.parts(Array(text.utf8))
    }

    /// Whether the posting names what it asks for (requirements or responsibilities); without
    /// such a heading every general part counts as required.
    package var hasRequirementHeadings: Bool {
        parts.contains { $0.section == .requirements || $0.section == .responsibilities }
    }

    /// The section of the part holding byte `offset`, `.general` outside every part.
    package func section(at offset: Int) -> PostingSection {
        var low = 0
        var high = parts.count
        while low < high {
            let middle = (low + high) / 2
            if parts[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < parts.count, parts[low].range.contains(offset) else { return .general }
        return parts[low].section
    }

    private static func parts(_ bytes: [UInt8]) -> [Part] {
        var parts: [Part] = []
        var current = PostingSection.general
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let line = PostingLine(bytes: bytes, range: start..<end)
            if !line.isBlank {
                var section = current
                if let heading = line.heading {
                    current = heading
                    section = heading
                } else if let label = line.label {
                    // A label speaks for its own line only: "Salary: $120k" must not turn the
                    // rest of a heading-less posting into "other".
                    section = label
                }
                parts.append(contentsOf: line.sentences(in: section))
            }
            start = end + 1
        }
        return parts
    }
}
