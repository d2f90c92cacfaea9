// What a posting says it needs, as short lines an achievement can be compared
// with: its requirements and responsibilities (found by the same outline
// discovery reads postings with), else its description's lines.
import Foundation
import JobHuntSkills

/// The posting's stated needs, at most ``limit`` lines, in the posting's order.
package enum PostingNeeds {
    static let limit = 16

    package static func lines(of posting: PostingFacts) -> [String] {
        var needs: [String] = []
        if let requirements = posting.requirements { needs += usable(lines(requirements)) }
        let description = posting.description
        let outline = PostingOutline(description)
        var asked: [String] = []
        var offset = 0
        for line in description.split(separator: "\n", omittingEmptySubsequences: false) {
            switch outline.section(at: offset + line.utf8.count / 2) {
            case .requirements, .responsibilities, .preferred: asked.append(String(line))
            default: break
            }
            offset += line.utf8.count + 1
        }
        needs += usable(asked.isEmpty ? lines(description) : asked.map(clean))
        var seen = Set<String>()
        return Array(needs.filter { seen.insert($0.lowercased()).inserted }.prefix(limit))
    }

    /// Lines without their bullets; sentences of a long line apart.
    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").flatMap { line -> [String] in
            let cleaned = clean(String(line))
            guard cleaned.count > 160 else { return [cleaned] }
            return cleaned.split(separator: ". ").map { String($0) }
        }
    }

    static func clean(_ line: String) -> String {
        line.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "-*•·–—"))).trimmingCharacters(
            in: .whitespaces)
    }

    /// Lines of at least three words that are not headings ("Requirements:").
    static func usable(_ lines: [String]) -> [String] {
        lines.filter { line in
            line.split(separator: " ").count >= 3 && !line.hasSuffix(":")
        }
    }
}
