// Finds the taxonomy's skills in free text such as resumes and job descriptions.

extension SkillTaxonomy {
    /// Every skill mentioned in `text`, in order of first mention, each with all its places.
    ///
    /// Linear in the text: one tokenising pass and one hash lookup per token. Ambiguous words
    /// follow their skill's rule (see `SkillTerm.Rule`), so "excel at" and "go to" find nothing.
    ///
    /// ```swift
    /// SkillTaxonomy.standard.mentions(in: "Python, Go and k8s").map(\.name)
    /// // ["Python", "Go", "Kubernetes"]
    /// ```
    package func mentions(in text: String) -> [SkillMention] {
        let text = SkillText(text)
        return mentions(in: text, matches: patterns.matches(in: text))
    }

    /// The canonical names of the skills mentioned in `text`, in order of first mention.
    package func skillNames(in text: String) -> [String] { mentions(in: text).map(\.name) }

    func mentions(in text: SkillText, matches: [SkillMatch]) -> [SkillMention] {
        var found: [SkillMention] = []
        var slots: [Int: Int] = [:]
        slots.reserveCapacity(matches.count)
        for match in matches {
            let skill = patterns.patterns[match.pattern].skill
            let range = text.tokens[match.first].start..<text.tokens[match.end - 1].end
            if let slot = slots[skill] {
                found[slot].ranges.append(range)
            } else {
                slots[skill] = found.count
                found.append(SkillMention(skill: skills[skill], ranges: [range]))
            }
        }
        return found
    }
}
