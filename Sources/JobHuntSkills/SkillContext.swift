// Decides whether an ambiguous spelling found in text is the skill or an ordinary
// word: "Go" in "Python, Go and Rust" is the language, in "Go to market" it is not.

/// The context rules for `exactCase` and `listed` spellings, applied after matching so a
/// neighbouring skill ("R and Python") can vouch for an ambiguous one.
struct SkillContext {
    let text: SkillText
    let index: SkillPatternIndex
    let candidates: [SkillMatch]

    /// Words before a listed spelling that introduce a tool: "written in Go", "with R".
    static let introducers: Set<String> = ["in", "with", "using", "use", "of"]
    /// Words after a listed spelling that say it is a language or tool: "Go developer", "R programming".
    static let descriptors: Set<String> = [
        "programming", "developer", "developers", "engineer", "engineers", "language", "lang", "experience",
        "skills", "code", "coding",
    ]
    /// Words that join list items.
    static let conjunctions: Set<String> = ["and", "or", "&"]

    /// The candidates that pass their rule. Listed spellings vouch for each other once accepted,
    /// so "Word, Excel and Outlook" is settled by repeating until nothing changes.
    func accepted() -> [SkillMatch] {
        var accepted = candidates.map(isConfirmed)
        var changed = true
        while changed {
            changed = false
            // Token positions where an accepted match ends (exclusive) or starts.
            var ends = [Bool](repeating: false, count: text.tokens.count + 2)
            var starts = [Bool](repeating: false, count: text.tokens.count + 2)
            for (number, match) in candidates.enumerated() where accepted[number] {
                ends[match.end] = true
                starts[match.first] = true
            }
            for (number, match) in candidates.enumerated() where !accepted[number] && fitsContext(match, ends, starts) {
                accepted[number] = true
                changed = true
            }
        }
        return candidates.indices.filter { accepted[$0] }.map { candidates[$0] }
    }

    private func fitsContext(_ match: SkillMatch, _ ends: [Bool], _ starts: [Bool]) -> Bool {
        switch index.patterns[match.pattern].rule {
        case .anyCase, .lookupOnly: return true
        case .exactCase: return isListedOnRight(match, starts)
        case .listed:
            return !isGluedLetter(match) && isListedOnLeft(match, ends) && isListedOnRight(match, starts)
        }
    }

    /// A single letter joined to a word by an apostrophe, hyphen, bullet or mark, with no
    /// blank between: "C•CURE" (a product), "C'est", "R-Type". Not a skill even when the
    /// separator looks like a list bullet; "C/C++" and "C, R" are unaffected.
    private func isGluedLetter(_ match: SkillMatch) -> Bool {
        guard match.end - match.first == 1 else { return false }
        let token = text.tokens[match.first]
        guard token.end - token.start == 1 else { return false }
        let bytes = text.bytes
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0xC3 }
        // A joiner right after the letter and a letter right after the joiner.
        for joiner in SkillContext.joiners where bytes.count >= token.end + joiner.count + 1 {
            if bytes[token.end..<token.end + joiner.count].elementsEqual(joiner),
                isLetter(bytes[token.end + joiner.count])
            {
                return true
            }
        }
        // The same on the left: "X•C".
        for joiner in SkillContext.joiners where token.start - joiner.count - 1 >= 0 {
            if bytes[(token.start - joiner.count)..<token.start].elementsEqual(joiner),
                isLetter(bytes[token.start - joiner.count - 1])
            {
                return true
            }
        }
        return false
    }

    /// Apostrophes, hyphen, bullets and trade marks, as UTF-8.
    static let joiners: [[UInt8]] = ["'", "-", "\u{2019}", "\u{2022}", "\u{00B7}", "\u{00AE}", "\u{2122}", "\u{2011}"]
        .map { Array($0.utf8) }

    /// Found without looking at neighbours: any-case spellings, and exact-case ones whose
    /// capital cannot come from a sentence start.
    private func isConfirmed(_ match: SkillMatch) -> Bool {
        let pattern = index.patterns[match.pattern]
        switch pattern.rule {
        case .anyCase: return true
        case .exactCase: return !(pattern.isTitleCase && text.tokens[match.first].gap >= .sentence)
        case .listed, .lookupOnly: return false
        }
    }

    private func isListedOnLeft(_ match: SkillMatch, _ confirmedEnds: [Bool]) -> Bool {
        let first = match.first
        let gap = text.tokens[first].gap
        if first == 0 || gap == .list || gap == .line { return true }
        let previous = first - 1
        if text.isSymbol(previous, 0x2F) { return true }
        guard gap <= .space else { return false }
        let word = text.key(previous)
        if SkillContext.introducers.contains(word) { return true }
        return SkillContext.conjunctions.contains(word) && confirmedEnds[previous]
    }

    private func isListedOnRight(_ match: SkillMatch, _ confirmedStarts: [Bool]) -> Bool {
        let next = match.end
        let gap = text.gap(before: next)
        if next == text.tokens.count || gap >= .list { return true }
        if text.isSymbol(next, 0x2F) { return true }
        guard gap <= .space else { return false }
        let word = text.key(next)
        if SkillContext.descriptors.contains(word) { return true }
        return SkillContext.conjunctions.contains(word) && confirmedStarts[next + 1]
    }
}
