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
        let count = text.tokens.count
        let ids = words.ids(in: text)
        var found: [SkillMatch] = []
        var index = 0
        scan: while index < count {
            let id = Int(ids[index])
            if id >= 0, canStart(at: index, in: text) {
                for slot in Int(bucketStart[id])..<Int(bucketStart[id + 1]) {
                    let number = Int(bucketItems[slot])
                    if fits(number, at: index, ids: ids, text: text) {
                        let length = Int(flatLength[number])
                        found.append(SkillMatch(pattern: number, first: index, end: index + length))
                        index += length
                        continue scan
                    }
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

    private func fits(_ number: Int, at first: Int, ids: [Int32], text: SkillText) -> Bool {
        let length = Int(flatLength[number])
        let start = Int(flatStart[number])
        guard first + length <= ids.count else { return false }
        for offset in 1..<length {
            guard ids[first + offset] == flatWords[start + offset] else { return false }
            let gap = text.tokens[first + offset].gap
            switch flatGlue[start + offset] {
            case .glued: guard gap == .none else { return false }
            case .spaced: guard gap == .space else { return false }
            case .loose: guard gap <= .space else { return false }
            }
        }
        if needsExactCase[number] {
            let exact = patterns[number].exact
            for offset in exact.indices where !text.hasExactText(first + offset, exact[offset]) { return false }
        }
        return endsCleanly(at: first + length, in: text)
    }

    /// A match may not stop where a name goes on: before a glued `+` or `#` ("C" in "C++")
    /// or a glued dot and word ("Vue" in "Vue.js").
    private func endsCleanly(at end: Int, in text: SkillText) -> Bool {
        guard end < text.tokens.count, text.tokens[end].gap == .none else { return true }
        return !(text.isSymbol(end, 0x2B) || text.isSymbol(end, 0x23) || text.isSymbol(end, 0x2E))
    }
}
