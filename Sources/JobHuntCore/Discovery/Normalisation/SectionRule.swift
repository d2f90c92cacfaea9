// Splits a posting's requirements and benefits sections out of its text, using
// the skills outline's heading recognition so both agree on what a heading is.

/// `requirements` and `benefits`: the lines under a requirements heading ("Requirements",
/// "What you'll need") and under a benefits heading ("Benefits", "Perks", "What we offer"),
/// up to the next heading. nil when the posting has no such heading.
public enum SectionRule {
    public static func sections(of text: String) -> (requirements: String?, benefits: String?) {
        let bytes = Array(text.utf8)
        var requirements: [String] = []
        var benefits: [String] = []
        var current: Kind = .none
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let line = PostingLine(bytes: bytes, range: start..<end)
            if !line.isBlank {
                let lineText = String(decoding: bytes[start..<end], as: UTF8.self)
                if let heading = line.heading {
                    current = kind(of: heading, text: lineText)
                } else if current == .requirements {
                    requirements.append(ColumnText.collapsed(lineText))
                } else if current == .benefits {
                    benefits.append(ColumnText.collapsed(lineText))
                }
            }
            start = end + 1
        }
        return (
            requirements.isEmpty ? nil : requirements.joined(separator: "\n"),
            benefits.isEmpty ? nil : benefits.joined(separator: "\n")
        )
    }

    private enum Kind { case none, requirements, benefits }

    private static func kind(of heading: PostingSection, text: String) -> Kind {
        switch heading {
        case .requirements: return .requirements
        case .other:
            let lowered = text.lowercased()
            return benefitWords.contains { lowered.contains($0) } ? .benefits : .none
        default: return .none
        }
    }

    private static let benefitWords = ["benefit", "perks", "what we offer", "we offer", "why join", "why work"]
}
