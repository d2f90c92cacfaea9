// Finds skill spellings in tokenised text: longest match first, never overlapping,
// never starting or ending inside a larger name ("Java" in "JavaScript" is one token;
// "C" in "C++" and "Vue" in "Vue.js" are stopped by the boundary rules here).

/// One spelling found in a text, as token positions.
struct SkillMatch: Sendable {
    var pattern: Int
    var first: Int
    var end: Int
}

extension SkillPatternIndex {
    /// Every accepted match in `text`, in text order.
    func matches(in text: SkillText) -> [SkillMatch] {
        let candidates = candidates(in: text)
        guard candidates.contains(where: { patterns[$0.pattern].rule != .anyCase }) else { return candidates }
        return SkillContext(text: text, index: self, candidates: candidates).accepted()
    }

    /// Matches that fit token by token, before the context rules of ambiguous spellings.
    func candidates(in text: SkillText) -> [SkillMatch] {
        let tokens = text.tokens
        var ids = [Int32](repeating: -1, count: tokens.count)
        for index in tokens.indices { ids[index] = vocabulary[text.key(index)] ?? -1 }
        var found: [SkillMatch] = []
        var index = 0
        scan: while index < tokens.count {
            let id = ids[index]
            if id >= 0, canStart(at: index, in: text) {
                for number in byFirstWord[Int(id)] where fits(patterns[Int(number)], at: index, ids: ids, text: text) {
                    let length = patterns[Int(number)].words.count
                    found.append(SkillMatch(pattern: Int(number), first: index, end: index + length))
                    index += length
                    continue scan
                }
            }
            index += 1
        }
        return found
    }

    /// A match may not begin glued to the end of another name ("ASP.NET" holds no ".NET"),
    /// except after `/` or `&` ("Python/Django").
    private func canStart(at index: Int, in text: SkillText) -> Bool {
        index == 0 || text.tokens[index].gap != .none || text.isSymbol(index - 1, 0x2F)
            || text.isSymbol(index - 1, 0x26)
    }

    private func fits(_ pattern: SkillPattern, at first: Int, ids: [Int32], text: SkillText) -> Bool {
        let end = first + pattern.words.count
        guard end <= ids.count else { return false }
        for offset in 1..<pattern.words.count {
            guard ids[first + offset] == pattern.words[offset] else { return false }
            let gap = text.tokens[first + offset].gap
            switch pattern.glue[offset] {
            case .glued: guard gap == .none else { return false }
            case .spaced: guard gap == .space else { return false }
            case .loose: guard gap <= .space else { return false }
            }
        }
        if !pattern.exact.isEmpty {
            for offset in pattern.exact.indices where !text.hasExactText(first + offset, pattern.exact[offset]) {
                return false
            }
        }
        return endsCleanly(at: end, in: text)
    }

    /// A match may not stop where a name goes on: before a glued `+` or `#` ("C" in "C++")
    /// or a glued dot and word ("Vue" in "Vue.js").
    private func endsCleanly(at end: Int, in text: SkillText) -> Bool {
        guard end < text.tokens.count, text.tokens[end].gap == .none else { return true }
        return !(text.isSymbol(end, 0x2B) || text.isSymbol(end, 0x23) || text.isSymbol(end, 0x2E))
    }
}
