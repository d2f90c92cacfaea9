// Compiles every findable spelling of every skill into token sequences keyed by
// their first word, so matching free text costs one hash lookup per token.

/// One spelling of one skill as a sequence of vocabulary ids.
struct SkillPattern: Sendable {
    /// How a token of a spelling must sit against the token before it.
    enum Glue: Sendable {
        /// Touching, as in "Node.js" or "C++".
        case glued
        /// Separated by blanks or a hyphen only, as in "Machine Learning" or "machine-learning".
        case spaced
        /// Either, around `/` and `&`: "CI/CD" and "CI / CD".
        case loose
    }

    var skill: Int
    var rule: SkillTerm.Rule
    var words: [Int32]
    var glue: [Glue]
    /// The spelling's bytes per token when the rule wants exact letter case; empty otherwise.
    var exact: [[UInt8]]
    /// Whether the spelling starts with a capital followed by lower case ("Swift", not "ML"),
    /// the only shape a sentence start can fake.
    var isTitleCase: Bool
}

/// The compiled form of a taxonomy's spellings.
struct SkillPatternIndex: Sendable {
    /// Word → id while building; `words` is the fast form extraction uses.
    private(set) var vocabulary: [String: Int32] = [:]
    private(set) var words = SkillVocabulary([:])
    private(set) var patterns: [SkillPattern] = []
    /// Pattern indices per first-word id, longest first, so the first hit is the longest match:
    /// the bucket of word `id` is `bucketItems[bucketStart[id]..<bucketStart[id + 1]]`.
    private(set) var bucketStart: [Int32] = []
    private(set) var bucketItems: [Int32] = []
    /// Every pattern's words and glue laid end to end from `flatStart[pattern]`, so the scan reads
    /// plain integers instead of copying patterns (and retaining their arrays) per token.
    private(set) var flatStart: [Int32] = []
    private(set) var flatLength: [Int32] = []
    private(set) var flatWords: [Int32] = []
    private(set) var flatGlue: [SkillPattern.Glue] = []
    private(set) var needsExactCase: [Bool] = []

    init(skills: [Skill]) {
        var seen = Set<[Int32]>()
        for (number, skill) in skills.enumerated() {
            for term in skill.terms where term.rule != .lookupOnly {
                let text = SkillText(term.text)
                guard !text.tokens.isEmpty else { continue }
                add(text, skill: number, rule: term.rule, seen: &seen)
            }
        }
        for (number, skill) in skills.enumerated() {
            for term in skill.terms where term.rule == .anyCase { addPlural(of: term.text, skill: number, seen: &seen) }
        }
        words = SkillVocabulary(vocabulary)
        flatten()
    }

    private mutating func flatten() {
        var buckets: [[Int32]] = Array(repeating: [], count: vocabulary.count)
        for (number, pattern) in patterns.enumerated() { buckets[Int(pattern.words[0])].append(Int32(number)) }
        for id in buckets.indices {
            // Stable, so equally long spellings keep table order and results stay deterministic.
            buckets[id] = buckets[id].enumerated().sorted { left, right in
                let (a, b) = (patterns[Int(left.element)].words.count, patterns[Int(right.element)].words.count)
                return a != b ? a > b : left.offset < right.offset
            }.map(\.element)
            bucketStart.append(Int32(bucketItems.count))
            bucketItems += buckets[id]
        }
        bucketStart.append(Int32(bucketItems.count))
        for pattern in patterns {
            flatStart.append(Int32(flatWords.count))
            flatLength.append(Int32(pattern.words.count))
            flatWords += pattern.words
            flatGlue += pattern.glue
            needsExactCase.append(!pattern.exact.isEmpty)
        }
    }

    private mutating func add(_ text: SkillText, skill: Int, rule: SkillTerm.Rule, seen: inout Set<[Int32]>) {
        add(text, keys: text.tokens.indices.map { text.key($0) }, skill: skill, rule: rule, seen: &seen)
    }

    private mutating func add(
        _ text: SkillText, keys: [String], skill: Int, rule: SkillTerm.Rule, seen: inout Set<[Int32]>
    ) {
        let words = keys.map { id(for: $0) }
        // The same key sequence twice is either a harmless repeat (a name that is also written as
        // an alias) or a conflict the taxonomy reports; the first spelling keeps it either way.
        let signature = words + [Int32(rule == .anyCase ? -1 : -2)]
        guard seen.insert(signature).inserted else { return }
        var glue: [SkillPattern.Glue] = []
        for index in text.tokens.indices {
            let nearJoiner =
                text.isSymbol(index, 0x2F) || text.isSymbol(index, 0x26)
                || text.isSymbol(index - 1, 0x2F) || text.isSymbol(index - 1, 0x26)
            glue.append(nearJoiner ? .loose : text.tokens[index].gap == .none ? .glued : .spaced)
        }
        let exact = rule == .anyCase ? [] : text.tokens.map { Array(text.bytes[$0.start..<$0.end]) }
        let first = text.tokens[0]
        let head = text.bytes[first.start..<first.end]
        let isTitleCase =
            (head.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false)
            && head.dropFirst().contains { $0 >= 0x61 && $0 <= 0x7A }
        patterns.append(
            SkillPattern(skill: skill, rule: rule, words: words, glue: glue, exact: exact, isTitleCase: isTitleCase))
    }

    /// Adds "REST APIs" for "REST API": job text says "data lakes" and "design systems" as
    /// often as the singular. Only for any-case spellings of two or more words ending in a plain
    /// word, and never when the plural is itself a spelling of something: one-word brands make
    /// bad plurals ("Canva" would find "canvas", "Mandarin" "mandarins").
    private mutating func addPlural(of spelling: String, skill: Int, seen: inout Set<[Int32]>) {
        let text = SkillText(spelling)
        guard text.tokens.count >= 2, let last = text.tokens.last, last.isWord, last.end - last.start >= 3 else {
            return
        }
        var keys = text.tokens.indices.map { text.key($0) }
        let lastKey = keys[keys.count - 1]
        guard lastKey.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }), !lastKey.hasSuffix("s") else { return }
        keys[keys.count - 1] = lastKey + "s"
        let words = keys.map { id(for: $0) }
        guard !seen.contains(words + [-1]), !seen.contains(words + [-2]) else { return }
        add(text, keys: keys, skill: skill, rule: .anyCase, seen: &seen)
    }

    private mutating func id(for key: String) -> Int32 {
        if let id = vocabulary[key] { return id }
        let id = Int32(vocabulary.count)
        vocabulary[key] = id
        return id
    }
}
