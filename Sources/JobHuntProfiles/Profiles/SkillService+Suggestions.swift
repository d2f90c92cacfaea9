// `skills suggest`: the taxonomy's skills found in the acting user's resume text
// and work history, minus those already on the profile.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

extension SkillService {
    /// Skills mentioned in `user_profiles.resume_text` and in each
    /// `user_experiences` row (description, achievements, technologies) that
    /// the profile does not list, most mentioned first, then in order of first
    /// mention (resume first, then the most recent job first).
    package func suggestions(for actor: ActingUser) throws -> [SkillSuggestion] {
        try suggestions(userID: actor.user.id, in: services.store.database())
    }

    /// Adds every suggestion, in one transaction, with its taxonomy category.
    @discardableResult
    package func addSuggestions(for actor: ActingUser) throws -> [SkillChange] {
        let cache = try services.cache()
        let changes = try services.store.database().transaction { db in
            try suggestions(userID: actor.user.id, in: db).map { suggestion in
                try add(
                    SkillInput(name: suggestion.skillName, category: suggestion.skillCategory),
                    userID: actor.user.id, in: db)
            }
        }
        cache.delete(.userProfile(actor.user.id))
        cache.delete(.jobRecommendations(actor.user.id))
        return changes
    }

    func suggestions(userID: UUID, in db: Database) throws -> [SkillSuggestion] {
        let existing = try db.query("SELECT skill_name FROM user_skills WHERE user_id = \(userID)").map {
            try $0.get("skill_name", as: String.self)
        }
        var found: [SkillSuggestion] = []
        var slots: [String: Int] = [:]
        for (label, text) in try sources(userID: userID, in: db) {
            for mention in taxonomy.suggestions(in: text, excluding: existing) {
                if let slot = slots[mention.name] {
                    found[slot].count += mention.count
                    if !found[slot].foundIn.contains(label) { found[slot].foundIn.append(label) }
                } else {
                    slots[mention.name] = found.count
                    found.append(
                        SkillSuggestion(
                            skillName: mention.name, skillCategory: mention.category, count: mention.count,
                            foundIn: [label]))
                }
            }
        }
        return found.enumerated().sorted { left, right in
            left.element.count != right.element.count
                ? left.element.count > right.element.count : left.offset < right.offset
        }.map(\.element)
    }

    /// The texts to search, each with the label a person sees. Achievements
    /// and technologies go on lines of their own, so a one-word technology
    /// ("Go") reads as a list item rather than prose.
    func sources(userID: UUID, in db: Database) throws -> [(String, String)] {
        var sources: [(String, String)] = []
        if let resume = try db.scalar(
            "SELECT resume_text FROM user_profiles WHERE user_id = \(userID)", as: String.self), !resume.isEmpty
        {
            sources.append(("resume", resume))
        }
        let rows = try db.query(
            """
            SELECT company_name, job_title, description, achievements, technologies_used FROM user_experiences
            WHERE user_id = \(userID) ORDER BY start_date DESC, company_name
            """)
        for row in rows {
            let label =
                "\(try row.get("job_title", as: String.self)) at \(try row.get("company_name", as: String.self))"
            var lines: [String] = []
            if let description = try row.optional("description", as: String.self) { lines.append(description) }
            lines += try row.optional("achievements", as: [String].self) ?? []
            lines += try row.optional("technologies_used", as: [String].self) ?? []
            sources.append((label, lines.joined(separator: "\n")))
        }
        return sources
    }
}
