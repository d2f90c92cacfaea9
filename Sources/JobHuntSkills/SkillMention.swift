// A skill found in free text, with where and how often it was found.

/// One taxonomy skill mentioned in a text.
public struct SkillMention: Sendable, Hashable {
    public let skill: Skill
    /// Each place the skill was found, as UTF-8 byte offsets into the text, in text order;
    /// byte offsets because they are exact and cheap, and `String.utf8` turns them into indexes.
    public internal(set) var ranges: [Range<Int>]

    public var name: String { skill.name }
    public var category: SkillCategory { skill.category }
    public var count: Int { ranges.count }
}
