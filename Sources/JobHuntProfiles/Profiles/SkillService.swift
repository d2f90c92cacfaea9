// The skills on a person's profile: add (canonicalised through the taxonomy),
// list and remove, each acting only on the acting user's rows.
import Foundation
internal import JobHuntDatabase
internal import JobHuntIO
import JobHuntKernel
import JobHuntSkills

/// Keeps `user_skills` for the acting user.
///
/// Every typed name goes through ``SkillTaxonomy``: "k8s", "K8S" and
/// "Kubernetes" are one skill, stored as "Kubernetes"; a name the taxonomy does
/// not know is kept as typed (trimmed). Adding a skill that is already on the
/// profile, in any spelling, updates it rather than failing, so `skills add`
/// can be re-run to change a level or years.
package struct SkillService {
    let services: Services
    let taxonomy: SkillTaxonomy
    /// The seed's `user_skills.skill_name VARCHAR(100)`.
    package static let maximumNameLength = 100
    /// The seed's `valid_experience` range, which DECIMAL(3,1) years also follow.
    package static let yearsRange: ClosedRange<Decimal> = 0...70
    static let columns = UserSkill.CodingKeys.allCases

    package init(services: Services, taxonomy: SkillTaxonomy = .standard) {
        self.services = services
        self.taxonomy = taxonomy
    }

    /// Adds a skill, or updates the one the name already denotes: given fields
    /// replace stored ones, absent fields keep them.
    @discardableResult
    package func add(_ input: SkillInput, for actor: ActingUser) throws -> SkillChange {
        let cache = try services.cache()
        let change: SkillChange
        do {
            change = try services.store.database().transaction { db in
                try add(input, userID: actor.user.id, in: db)
            }
        } catch let error as DatabaseError where error.code == .uniqueViolation {
            // Another jobhunt added the same skill between our look-up and our insert.
            throw JobHuntError(
                .skillConflict, "'\(input.name)' was added by another jobhunt at the same time",
                remedy: "run the command again")
        }
        cache.delete(.userProfile(actor.user.id))
        cache.delete(.jobRecommendations(actor.user.id))
        return change
    }

    /// The acting user's skills, primary ones first, then by name (ignoring case).
    package func list(for actor: ActingUser, category: SkillCategory? = nil) throws -> [UserSkill] {
        let db = try services.store.database()
        var sql: SQL = "SELECT \(columns: Self.columns) FROM user_skills WHERE user_id = \(actor.user.id)"
        if let category { sql += " AND skill_category = \(category.rawValue)" }
        return try db.query(sql).map(Self.skill).sorted(by: Self.listOrder)
    }

    /// Removes the skill a name denotes (any alias, any case) and returns it.
    @discardableResult
    package func remove(_ name: String, for actor: ActingUser) throws -> UserSkill {
        let cache = try services.cache()
        let removed = try services.store.database().transaction { db in
            guard
                let skill = try existing(
                    key: taxonomy.key(for: name), name: taxonomy.storedName(for: name), userID: actor.user.id, in: db)
            else {
                throw JobHuntError.skillNotFound(name)
            }
            try db.execute("DELETE FROM user_skills WHERE id = \(skill.id) AND user_id = \(actor.user.id)")
            return skill
        }
        cache.delete(.userProfile(actor.user.id))
        cache.delete(.jobRecommendations(actor.user.id))
        return removed
    }

    /// The add itself, inside the caller's transaction, so a JSON Resume import
    /// adds its skills atomically with the rest of the file.
    func add(_ input: SkillInput, userID: UUID, in db: Database) throws -> SkillChange {
        let name = try checkedName(input.name)
        if let years = input.years { try Self.checkYears(years) }
        let key = taxonomy.key(for: name)
        if var skill = try existing(key: key, name: name, userID: userID, in: db) {
            skill.skillName = name
            skill.skillCategory = input.category ?? skill.skillCategory ?? taxonomy.skill(named: name)?.category
            skill.proficiencyLevel = input.level ?? skill.proficiencyLevel
            skill.yearsExperience = input.years ?? skill.yearsExperience
            skill.isPrimary = input.isPrimary ?? skill.isPrimary
            try db.execute(
                """
                UPDATE user_skills SET skill_name = \(skill.skillName), skill_category = \(skill.skillCategory?.rawValue), proficiency_level = \(skill.proficiencyLevel?.rawValue),
                    years_experience = \(skill.yearsExperience), is_primary = \(skill.isPrimary), skill_key = \(key)
                WHERE id = \(skill.id) AND user_id = \(userID)
                """)
            return SkillChange(skill: skill, created: false)
        }
        let skill = UserSkill(
            id: UUID(), userID: userID, skillName: name,
            skillCategory: input.category ?? taxonomy.skill(named: name)?.category, proficiencyLevel: input.level,
            yearsExperience: input.years, isPrimary: input.isPrimary ?? false, createdAt: services.now())
        try db.execute(
            """
            INSERT INTO user_skills (id, user_id, skill_name, skill_key, skill_category, proficiency_level,
                years_experience, is_primary, created_at)
            VALUES (\(skill.id), \(userID), \(skill.skillName), \(key), \(skill.skillCategory?.rawValue), \(skill.proficiencyLevel?.rawValue), \(skill.yearsExperience), \(skill.isPrimary), \(skill.createdAt))
            """)
        return SkillChange(skill: skill, created: true)
    }

    /// The row a name denotes: by key, or (for a row some other writer left without a
    /// key) by its lower-cased stored name; the update then writes the key.
    func existing(key: String, name: String, userID: UUID, in db: Database) throws -> UserSkill? {
        try db.queryOne(
            """
            SELECT \(columns: Self.columns) FROM user_skills
            WHERE user_id = \(userID) AND (skill_key = \(key) OR (skill_key IS NULL AND lower(skill_name) = \(name.lowercased())))
            ORDER BY CASE WHEN skill_key IS NULL THEN 1 ELSE 0 END LIMIT 1
            """
        ).map(Self.skill)
    }

    /// The name to store: canonical when known, else as typed with blanks collapsed.
    func checkedName(_ typed: String) throws -> String {
        let name = taxonomy.storedName(for: typed)
        guard !name.isEmpty else {
            throw JobHuntError(
                .skillInvalidName, "a skill name cannot be empty", remedy: "give a name such as Kubernetes")
        }
        guard name.count <= Self.maximumNameLength else {
            throw JobHuntError(
                .skillInvalidName, "the skill name is \(name.count) characters long",
                remedy: "use at most \(Self.maximumNameLength) characters")
        }
        return name
    }

    /// Years of experience fit DECIMAL(3,1) and the seed's 0–70.
    static func checkYears(_ years: Decimal) throws {
        guard yearsRange.contains(years) else {
            throw JobHuntError(
                .skillInvalidYears, "\(years) years is out of range", remedy: "give years between 0 and 70")
        }
        var tenths = years * 10
        var whole = Decimal()
        NSDecimalRound(&whole, &tenths, 0, .plain)
        guard whole == tenths else {
            throw JobHuntError(
                .skillInvalidYears, "\(years) years has more than one decimal place", remedy: "give years such as 4.5")
        }
    }

    static func listOrder(_ left: UserSkill, _ right: UserSkill) -> Bool {
        if left.isPrimary != right.isPrimary { return left.isPrimary }
        let (a, b) = (left.skillName.lowercased(), right.skillName.lowercased())
        return a != b ? a < b : left.skillName < right.skillName
    }

    static func skill(_ row: Row) throws -> UserSkill {
        UserSkill(
            id: try row.get(UserSkill.CodingKeys.id), userID: try row.get(UserSkill.CodingKeys.userID),
            skillName: try row.get(UserSkill.CodingKeys.skillName),
            skillCategory: try row.optional(UserSkill.CodingKeys.skillCategory, as: String.self).flatMap(
                SkillCategory.init(rawValue:)),
            proficiencyLevel: try row.optional(UserSkill.CodingKeys.proficiencyLevel, as: String.self).flatMap(
                ProficiencyLevel.init(rawValue:)),
            yearsExperience: try row.optional(UserSkill.CodingKeys.yearsExperience),
            isPrimary: try row.optional(UserSkill.CodingKeys.isPrimary) ?? false,
            createdAt: try row.optional(UserSkill.CodingKeys.createdAt))
    }
}
