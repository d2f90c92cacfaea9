// One entry of the skills taxonomy: a canonical name, its category, the other
// spellings people use for it, and the rule that keeps ambiguous words from
// matching ordinary prose.

/// A skill as the taxonomy knows it.
///
/// Identity is the canonical name; `related` only links neighbours (Next.js is
/// related to React, it is not React), so matching one never counts as the other.
///
/// ```swift
/// Skill("Kubernetes", .technical, aliases: ["k8s", "kube"], related: ["Docker"])
/// Skill("Go", .technical, rule: .listed, aliases: ["Golang"])
/// ```
package struct Skill: Sendable, Hashable {
    /// The spelling jobhunt stores and shows ("PostgreSQL", "Machine Learning").
    package let name: String
    package let category: SkillCategory
    /// How the canonical name itself may be found in free text.
    package let rule: SkillTerm.Rule
    /// Every other spelling, each with its own matching rule.
    package let aliases: [SkillTerm]
    /// Canonical names of neighbouring skills; never used for identity.
    package let related: [String]

    /// The table-friendly initialiser: aliases are grouped by rule so each data line stays short.
    ///
    /// - Parameters:
    ///   - aliases: other spellings found in any letter case.
    ///   - exactCase: spellings that are ordinary words or units in another case ("ML" but not "ml").
    ///   - listed: spellings found only in exact case inside a list ("Outlook" in "Word, Excel, Outlook").
    ///   - lookupOnly: spellings accepted when a person types them but too ambiguous to find in prose ("TS").
    package init(
        _ name: String, _ category: SkillCategory, rule: SkillTerm.Rule = .anyCase, aliases: [String] = [],
        exactCase: [String] = [], listed: [String] = [], lookupOnly: [String] = [], related: [String] = []
    ) {
        self.name = name
        self.category = category
        self.rule = rule
        self.aliases =
            aliases.map { SkillTerm($0, .anyCase) } + exactCase.map { SkillTerm($0, .exactCase) }
            + listed.map { SkillTerm($0, .listed) } + lookupOnly.map { SkillTerm($0, .lookupOnly) }
        self.related = related
    }

    /// The canonical name followed by every alias, as the matchers see them.
    package var terms: [SkillTerm] { [SkillTerm(name, rule)] + aliases }
}

/// One spelling of a skill and how strictly free text must match it.
package struct SkillTerm: Sendable, Hashable {
    /// How much evidence free text must give before a spelling counts as the skill.
    ///
    /// Typed lookups (`skills add postgres`) ignore the rule except `lookupOnly`, which
    /// is only for them; the rules exist for prose, where "excel at" and "Swift
    /// turnaround" are not skills.
    package enum Rule: Sendable, Hashable {
        /// Any letter case, anywhere ("kubernetes", "PostgreSQL").
        case anyCase
        /// Exact letter case; a capitalised word at the start of a sentence also needs a
        /// list around it, because capitals there prove nothing ("Swift", "Excel", "ML").
        case exactCase
        /// Exact letter case and a list-like context on both sides: commas, slashes,
        /// bullets, "in"/"with", or "and"/"or" next to another skill ("Go", "R", "C").
        case listed
        /// Never found in prose; accepted only as a typed name ("TS").
        case lookupOnly
    }

    package let text: String
    package let rule: Rule

    package init(_ text: String, _ rule: Rule) {
        self.text = text
        self.rule = rule
    }
}
