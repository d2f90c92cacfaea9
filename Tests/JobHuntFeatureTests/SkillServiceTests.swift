// `SkillService` on both engines: canonicalisation through the taxonomy, the
// unique index behind it, validation, list order, removal by alias, isolation.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntKernel
@testable import JobHuntProfiles

@Suite("Profile skills")
struct SkillServiceTests {
    @Test("k8s, Kubernetes and KUBERNETES are one skill, stored as Kubernetes", arguments: TestEngine.allCases)
    func canonicalisation(engine: TestEngine) throws {
        let world = try ProfileWorld(engine)
        let ada = try world.user("ada@example.com")
        let skills = SkillService(services: world.services)

        let first = try skills.add(SkillInput(name: "k8s", level: .advanced, years: 4.5), for: ada)
        #expect(first.created)
        #expect(first.skill.skillName == "Kubernetes")
        #expect(first.skill.skillCategory == .technical)
        let second = try skills.add(SkillInput(name: "KUBERNETES", isPrimary: true), for: ada)
        #expect(!second.created)
        let third = try skills.add(SkillInput(name: " Kubernetes ", level: .expert), for: ada)
        #expect(!third.created)

        let listed = try skills.list(for: ada)
        #expect(listed.count == 1)
        let skill = try #require(listed.first)
        #expect(skill.skillName == "Kubernetes")
        #expect(skill.proficiencyLevel == .expert, "a later add replaces the level")
        #expect(skill.yearsExperience == Decimal(string: "4.5"), "an absent option keeps the stored years")
        #expect(skill.isPrimary)
        #expect(skill.id == first.skill.id)
    }

    @Test("unique_user_skill rejects a raw duplicate insert", arguments: TestEngine.allCases)
    func uniqueIndex(engine: TestEngine) throws {
        let world = try ProfileWorld(engine)
        let ada = try world.user("ada@example.com")
        try SkillService(services: world.services).add(SkillInput(name: "Postgres"), for: ada)
        let db = try world.database()
        #expect(try db.scalar("SELECT skill_key FROM user_skills", as: String.self) == "postgresql")
        do {
            try db.execute(
                "INSERT INTO user_skills (user_id, skill_name, skill_key) VALUES (\(ada.user.id), 'postgresql', 'postgresql')"
            )
            Issue.record("\(engine): a second PostgreSQL row was accepted")
        } catch let error as DatabaseError {
            #expect(error.code == .uniqueViolation)
            #expect(error.constraint == "unique_user_skill")
        }
    }

    @Test("a row written without a key is found by name, and the update gives it one", arguments: TestEngine.allCases)
    func rowWithoutKey(engine: TestEngine) throws {
        let world = try ProfileWorld(engine)
        let ada = try world.user("ada@example.com")
        let db = try world.database()
        try db.execute("INSERT INTO user_skills (user_id, skill_name) VALUES (\(ada.user.id), 'PostgreSQL')")
        let skills = SkillService(services: world.services)
        let change = try skills.add(SkillInput(name: "postgres", level: .expert), for: ada)
        #expect(!change.created)
        #expect(try db.scalar("SELECT skill_key FROM user_skills", as: String.self) == "postgresql")
        #expect(try skills.remove("Postgres", for: ada).proficiencyLevel == .expert)
    }

    @Test("names and years are validated before the database sees them")
    func validation() throws {
        let world = try ProfileWorld(.sqlite)
        let ada = try world.user("ada@example.com")
        let skills = SkillService(services: world.services)
        func code(_ input: SkillInput) -> JobHuntError.Code? {
            do {
                try skills.add(input, for: ada)
                return nil
            } catch let error as JobHuntError {
                return error.code
            } catch {
                return nil
            }
        }
        #expect(code(SkillInput(name: "   ")) == .skillInvalidName)
        #expect(code(SkillInput(name: String(repeating: "x", count: 101))) == .skillInvalidName)
        #expect(code(SkillInput(name: "Swift", years: 70.5)) == .skillInvalidYears)
        #expect(code(SkillInput(name: "Swift", years: -1)) == .skillInvalidYears)
        #expect(code(SkillInput(name: "Swift", years: Decimal(string: "4.55")!)) == .skillInvalidYears)
        #expect(try skills.list(for: ada).isEmpty, "nothing was written by a refused add")

        #expect(code(SkillInput(name: String(repeating: "y", count: 100), years: 70)) == nil)
        let unknown = try skills.add(SkillInput(name: "  Quantum   Basket  Weaving "), for: ada).skill
        #expect(unknown.skillName == "Quantum Basket Weaving", "unknown names are kept as typed, trimmed")
        #expect(unknown.skillCategory == nil)
        let error = JobHuntError(.skillInvalidYears, "x")
        #expect(error.errorDescription == "x")
    }

    @Test("years keep one decimal on both engines", arguments: TestEngine.allCases)
    func yearsRoundTrip(engine: TestEngine) throws {
        let world = try ProfileWorld(engine)
        let ada = try world.user("ada@example.com")
        let skills = SkillService(services: world.services)
        try skills.add(SkillInput(name: "Python", years: Decimal(string: "4.5")), for: ada)
        try skills.add(SkillInput(name: "Go", years: Decimal(string: "0.1")), for: ada)
        let years = try skills.list(for: ada).map { $0.yearsExperience }
        #expect(years == [Decimal(string: "0.1"), Decimal(string: "4.5")])
    }

    @Test(
        "list puts primary skills first, then names ignoring case; --category filters", arguments: TestEngine.allCases)
    func listOrder(engine: TestEngine) throws {
        let world = try ProfileWorld(engine)
        let ada = try world.user("ada@example.com")
        let skills = SkillService(services: world.services)
        for (name, primary) in [
            ("zephyr widgets", false), ("python", true), ("Spanish", false), ("docker", true), ("aardvark", false),
            ("rust", false),
        ] {
            try skills.add(SkillInput(name: name, isPrimary: primary), for: ada)
        }
        #expect(
            try skills.list(for: ada).map(\.skillName) == [
                "Docker", "Python", "aardvark", "Rust", "Spanish", "zephyr widgets",
            ])
        #expect(try skills.list(for: ada, category: .technical).map(\.skillName) == ["Docker", "Python", "Rust"])
        #expect(try skills.list(for: ada, category: .language).map(\.skillName) == ["Spanish"])
    }

    @Test("remove finds a skill by any alias or case", arguments: TestEngine.allCases)
    func removeByAlias(engine: TestEngine) throws {
        let world = try ProfileWorld(engine)
        let ada = try world.user("ada@example.com")
        let skills = SkillService(services: world.services)
        try skills.add(SkillInput(name: "PostgreSQL"), for: ada)
        try skills.add(SkillInput(name: "Go"), for: ada)
        #expect(try skills.remove("postgres", for: ada).skillName == "PostgreSQL")
        #expect(try skills.remove("GOLANG", for: ada).skillName == "Go")
        #expect(try skills.list(for: ada).isEmpty)
        #expect(throws: JobHuntError.skillNotFound("postgres")) { try skills.remove("postgres", for: ada) }
    }

    @Test("another user's skills can be neither seen nor removed", arguments: TestEngine.allCases)
    func isolation(engine: TestEngine) throws {
        let world = try ProfileWorld(engine)
        let ada = try world.user("ada@example.com")
        let grace = try world.user("grace@example.com")
        let skills = SkillService(services: world.services)
        try skills.add(SkillInput(name: "Kubernetes", level: .expert), for: ada)
        #expect(try skills.list(for: grace).isEmpty)
        #expect(throws: JobHuntError.self) { try skills.remove("k8s", for: grace) }
        let graces = try skills.add(SkillInput(name: "k8s", level: .beginner), for: grace)
        #expect(graces.created, "the same skill on another profile is another row")
        #expect(try skills.list(for: ada).map(\.proficiencyLevel) == [.expert])
        #expect(try skills.list(for: grace).map(\.proficiencyLevel) == [.beginner])
    }
}
