// A skill found in a person's own resume or work history that their profile
// does not list yet: one line of `jobhunt skills suggest`.
import Foundation
import JobHuntKernel
import JobHuntSkills

/// A suggested skill, with where it was found so a person can judge it.
package struct SkillSuggestion: Sendable, Equatable, Codable {
    /// The taxonomy's canonical name.
    package var skillName: String
    package var skillCategory: SkillCategory
    /// Mentions across every source.
    package var count: Int
    /// "resume", or "Engineer at Acme" for a work-history entry, in the order searched.
    package var foundIn: [String]

    package init(skillName: String, skillCategory: SkillCategory, count: Int, foundIn: [String]) {
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
