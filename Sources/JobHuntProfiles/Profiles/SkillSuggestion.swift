// A skill found in a person's own resume or work history that their profile
// does not list yet: one line of `jobhunt skills suggest`.
import Foundation

/// A suggested skill, with where it was found so a person can judge it.
public struct SkillSuggestion: Sendable, Equatable, Codable {
    /// The taxonomy's canonical name.
    public var skillName: String
    public var skillCategory: SkillCategory
    /// Mentions across every source.
    public var count: Int
    /// "resume", or "Engineer at Acme" for a work-history entry, in the order searched.
    public var foundIn: [String]

    public init(skillName: String, skillCategory: SkillCategory, count: Int, foundIn: [String]) {
        self.skillName = skillName
        self.skillCategory = skillCategory
        self.count = count
        self.foundIn = foundIn
    }

    enum CodingKeys: String, CodingKey {
        case skillName = "skill_name"
        case skillCategory = "skill_category"
        case count
        case foundIn = "found_in"
    }
}
