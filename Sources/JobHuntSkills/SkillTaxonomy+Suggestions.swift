// Suggests skills found in a person's own text (resume, work history) that their
// profile does not list yet: the core of `jobhunt skills suggest`.

extension SkillTaxonomy {
    /// Skills mentioned in `text` that none of `existing` names, most mentioned first, then in
    /// order of first mention, so the same resume always gives the same list.
    ///
    /// `existing` are stored skill names in any spelling; they are compared by `key(for:)`, so a
    /// profile listing "k8s" hides Kubernetes.
    ///
    /// ```swift
    /// SkillTaxonomy.standard.suggestions(in: resumeText, excluding: ["Python", "postgres"])
    /// ```
    package func suggestions(in text: String, excluding existing: some Sequence<String>) -> [SkillMention] {
        let known = Set(existing.map { key(for: $0) })
        let fresh = mentions(in: text).enumerated().filter { !known.contains(key(for: $0.element.name)) }
        return fresh.sorted { left, right in
            left.element.count != right.element.count
                ? left.element.count > right.element.count : left.offset < right.offset
        }.map(\.element)
    }

    /// The known skills a skill's entry names as related (React Native → React), for partial
    /// credit in matching; empty for unknown names.
    package func related(to typed: String) -> [Skill] {
        skill(named: typed)?.related.compactMap { skill(named: $0) } ?? []
    }
}
