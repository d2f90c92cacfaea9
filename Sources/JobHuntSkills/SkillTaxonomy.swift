// The skills taxonomy: the curated table plus the indexes that canonicalise a typed
// name and find skills in free text. Profiles, discovery and matching all use it.

/// A set of skills with their spellings, ready for lookup and extraction.
///
/// `SkillTaxonomy.standard` is the curated table compiled into the binary; tests and
/// callers may build their own from any skills.
///
/// ```swift
/// SkillTaxonomy.standard.canonicalName(for: "postgres")  // "PostgreSQL"
/// SkillTaxonomy.standard.key(for: "K8S")                  // "kubernetes"
/// ```
package struct SkillTaxonomy: Sendable {
    /// The curated taxonomy every command uses.
    package static let standard = SkillTaxonomy(SkillCatalog.all)

    package let skills: [Skill]
    /// Typed-name key (see `key(for:)`) → index into `skills`.
    private let lookup: [String: Int]
    let patterns: SkillPatternIndex
    /// Spellings that two skills both claim, as "spelling: First, Second"; the first skill keeps
    /// the spelling. Empty for a well-formed table, which a test checks.
    package let conflicts: [String]

    package init(_ skills: [Skill]) {
        var lookup: [String: Int] = [:]
        var conflicts: [String] = []
        for (number, skill) in skills.enumerated() {
            for term in skill.terms {
                let key = SkillTaxonomy.spellingKey(term.text)
                guard !key.isEmpty else { continue }
                if let owner = lookup[key] {
                    if owner != number { conflicts.append("\(term.text): \(skills[owner].name), \(skill.name)") }
                } else {
                    lookup[key] = number
                }
            }
        }
        self.skills = skills
        self.lookup = lookup
        self.conflicts = conflicts
        self.patterns = SkillPatternIndex(skills: skills)
    }

    /// The skill a person meant by a typed name, in any case and by any alias; nil when the
    /// taxonomy does not know it (callers keep such names as typed, trimmed).
    ///
    /// Résumés often add an abbreviation or a note in brackets ("Registered Nurse (RN)",
    /// "Amazon Web Services (AWS)", "Excel (advanced)"): when the whole is unknown, the
    /// name before the brackets is tried, then the text inside them.
    package func skill(named typed: String) -> Skill? {
        if let index = lookup[SkillTaxonomy.spellingKey(typed)] { return skills[index] }
        guard let open = typed.firstIndex(of: "("), let close = typed[open...].firstIndex(of: ")") else { return nil }
        let outside = typed[..<open] + typed[typed.index(after: close)...]
        let inside = typed[typed.index(after: open)..<close]
        for part in [String(outside), String(inside)] {
            let key = SkillTaxonomy.spellingKey(part)
            if !key.isEmpty, let index = lookup[key] { return skills[index] }
        }
        return nil
    }

    /// The canonical spelling of a typed name ("k8s" → "Kubernetes"), or nil when unknown.
    package func canonicalName(for typed: String) -> String? { skill(named: typed)?.name }

    /// The name to store for a typed skill: the canonical name when known, otherwise the
    /// typed text trimmed and with runs of blanks collapsed.
    package func storedName(for typed: String) -> String {
        canonicalName(for: typed) ?? typed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The uniqueness key for "one skill per user, case- and alias-insensitive": every
    /// spelling of a known skill gives the same key, and unknown names compare by their
    /// words in lower case ("Foo-Bar" and "foo bar" are one skill).
    package func key(for typed: String) -> String {
        if let skill = skill(named: typed) { return SkillTaxonomy.spellingKey(skill.name) }
        let key = SkillTaxonomy.spellingKey(typed)
        return key.isEmpty ? storedName(for: typed).lowercased() : key
    }

    /// A spelling reduced to its tokens in lower case: glued tokens stay glued ("node.js",
    /// "c++"), everything else becomes one blank ("machine learning" for "Machine-Learning").
    static func spellingKey(_ spelling: String) -> String {
        let text = SkillText(spelling)
        var key = ""
        for index in text.tokens.indices {
            // "CI / CD" is "CI/CD": blanks around a joiner do not change the name.
            let joined =
                text.isSymbol(index, 0x2F) || text.isSymbol(index, 0x26) || text.isSymbol(index - 1, 0x2F)
                || text.isSymbol(index - 1, 0x26)
            if index > 0 && text.tokens[index].gap != .none && !joined { key += " " }
            key += text.key(index)
        }
        return key
    }
}
