// A skill found in free text, with where and how often it was found.

/// One taxonomy skill mentioned in a text.
package struct SkillMention: Sendable, Hashable {
    package let skill: Skill
    /// Each place the skill was found, as UTF-8 byte offsets into the text, in text order;
    /// byte offsets because they are exact and cheap, and `String.utf8` turns them into indexes.
    package internal(set) var ranges: [Range<Int>]

    package var name: String { skill.name }
    package var category: SkillCategory { skill.category }
    package var count: Int { ranges.count }
}
