// The four kinds of skill the seed's `user_skills.skill_category` column allows.

/// A skill's kind, spelled exactly as the seed stores it so a value can go to the
/// database and back without a mapping table.
package enum SkillCategory: String, CaseIterable, Sendable, Hashable, Codable {
    case technical
    case soft
    case language
    case certification
}
