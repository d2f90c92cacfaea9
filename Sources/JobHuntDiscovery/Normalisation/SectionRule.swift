import JobHuntKernel
// Splits a posting's requirements and benefits sections out of its text, using
// the skills outline's heading recognition so both agree on what a heading is.
import JobHuntSkills

/// `requirements` and `benefits`: the lines under a requirements heading ("Requirements",
/// "What you'll need") and under a benefits heading ("Benefits", "Perks", "What we offer"),
/// up to the next heading. nil when the posting has no such heading.
package enum SectionRule {
    package static func sections(of text: String) -> (requirements: String?, benefits: String?) {
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
                if let heading = line.heading {
                    current = kind(of: heading, line: bytes[start..<end])
                } else if current != .none {
                    var low = start
                    var high = end
                    while low < high, isBlank(bytes[low]) { low += 1 }
                    while high > low, isBlank(bytes[high - 1]) { high -= 1 }
                    let text = String(decoding: bytes[low..<high], as: UTF8.self)
                    if current == .requirements { requirements.append(text) } else { benefits.append(text) }
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

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    private static func kind(of heading: PostingSection, line: ArraySlice<UInt8>) -> Kind {
        switch heading {
        case .requirements: return .requirements
        case .other:
            let lowered = String(decoding: line, as: UTF8.self).lowercased()
            return benefitWords.contains { lowered.contains($0) } ? .benefits : .none
        default: return .none
        }
    }

    private static let benefitWords = ["benefit", "perks", "what we offer", "we offer", "why join", "why work"]
}
