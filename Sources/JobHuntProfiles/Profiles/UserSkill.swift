// One row of `user_skills`: a skill on a person's profile, as commands show it
// and `--json` writes it.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel
import JobHuntSkills

/// How well a person knows a skill, spelled as the seed stores it.
package enum ProficiencyLevel: String, CaseIterable, Sendable, Hashable, Codable {
    case beginner, intermediate, advanced, expert
}

/// A skill on a profile.
///
/// `skillName` is the taxonomy's canonical spelling when the taxonomy knows the
/// skill, so "k8s" is stored and shown as "Kubernetes"; `key` is what makes two
/// spellings the same skill (`unique_user_skill`).
package struct UserSkill: Sendable, Equatable, Codable {
    package var id: UUID
    package var userID: UUID
    package var skillName: String
    package var skillCategory: SkillCategory?
    package var proficiencyLevel: ProficiencyLevel?
    /// At most one decimal place, as the seed's DECIMAL(3,1).
    package var yearsExperience: Decimal?
    package var isPrimary: Bool
    package var createdAt: Date?

    /// JSON keys are the seed's column names.
    /// The `user_skills` columns jobhunt reads, which are also the JSON keys.
    enum CodingKeys: String, CodingKey, CaseIterable, SQLColumn {
        case id
        case userID = "user_id"
        case skillName = "skill_name"
        case skillCategory = "skill_category"
        case proficiencyLevel = "proficiency_level"
        case yearsExperience = "years_experience"
        case isPrimary = "is_primary"
        case createdAt = "created_at"
    }

    /// Writes ids in lower case, as both databases store them, and keeps null fields.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id.uuidString.lowercased(), forKey: .id)
        try container.encode(userID.uuidString.lowercased(), forKey: .userID)
        try container.encode(skillName, forKey: .skillName)
        try container.encode(skillCategory, forKey: .skillCategory)
        try container.encode(proficiencyLevel, forKey: .proficiencyLevel)
        try container.encode(yearsExperience, forKey: .yearsExperience)
        try container.encode(isPrimary, forKey: .isPrimary)
        try container.encode(createdAt, forKey: .createdAt)
    }
}

/// What `skills add` was asked to record. A nil field keeps the stored value
/// when the skill is already on the profile (and is empty for a new one).
package struct SkillInput: Sendable, Equatable {
    package var name: String
    package var category: SkillCategory?
    package var level: ProficiencyLevel?
    package var years: Decimal?
    package var isPrimary: Bool?

    package init(
        name: String, category: SkillCategory? = nil, level: ProficiencyLevel? = nil, years: Decimal? = nil,
        isPrimary: Bool? = nil
    ) {
        self.name = name
        self.category = category
        self.level = level
        self.years = years
        self.isPrimary = isPrimary
    }
}

/// What `add` did: a new row, or an update of the row the name already had.
package struct SkillChange: Sendable, Equatable {
    package var skill: UserSkill
    package var created: Bool
}
