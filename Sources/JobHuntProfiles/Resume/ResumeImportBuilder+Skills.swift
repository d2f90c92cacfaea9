// Maps `skills` (names and keywords), `languages` and `certificates` onto `user_skills`
// rows, one per skill under the taxonomy's uniqueness key.
import Foundation
import JobHuntKernel
import JobHuntSkills

extension ResumeImportBuilder {
    /// Every skill of the document in document order: a `skills[]` name with its level,
    /// each of its keywords with the same level, each language (category `language`, level
    /// from its fluency) and each certificate (category `certification`). Names are
    /// canonicalised ("Javascript" → "JavaScript"); the first of two spellings of one skill
    /// wins, taking the level of a later one only if it had none.
    mutating func skills(_ resume: JSONResume) -> [ResumeSkill] {
        var rows: [ResumeSkill] = []
        var positions: [String: Int] = [:]
        func add(_ skill: ResumeSkill) {
            let key = taxonomy.key(for: skill.name)
            if let position = positions[key] {
                if rows[position].level == nil { rows[position].level = skill.level }
            } else {
                positions[key] = rows.count
                rows.append(skill)
            }
        }
        for (index, entry) in (resume.skills ?? []).enumerated() {
            let path = "skills[\(index)]"
            let level = entry.level.flatMap(ProficiencyLevel.init(resumeLevel:))
            if let skill = skill(entry.name, at: "\(path).name", category: nil, level: level) { add(skill) }
            for (number, keyword) in (entry.keywords ?? []).enumerated() {
                if let skill = skill(keyword, at: "\(path).keywords[\(number)]", category: nil, level: level) {
                    add(skill)
                }
            }
        }
        for (index, entry) in (resume.languages ?? []).enumerated() {
            let level = entry.fluency.flatMap(ProficiencyLevel.init(fluency:))
            if let skill = skill(entry.language, at: "languages[\(index)].language", category: .language, level: level)
            {
                add(skill)
            }
        }
        for (index, entry) in (resume.certificates ?? []).enumerated() {
            if let skill = skill(entry.name, at: "certificates[\(index)].name", category: .certification, level: nil) {
                add(skill)
            }
        }
        return rows
    }

    /// One skill under its stored name. The category is the given one, else the
    /// taxonomy's, else `technical`: the `skills` section lists professional skills.
    private mutating func skill(
        _ value: String?, at path: String, category: SkillCategory?, level: ProficiencyLevel?
    ) -> ResumeSkill? {
        guard let typed = text(value, at: path) else { return nil }
        let name = taxonomy.storedName(for: typed)
        guard name.unicodeScalars.count <= ResumeLimits.skill else {
            fail(path, "longer than \(ResumeLimits.skill) characters")
            return nil
        }
        let kind = category ?? taxonomy.skill(named: typed)?.category ?? .technical
        return ResumeSkill(name: name, category: kind, level: level)
    }
}
