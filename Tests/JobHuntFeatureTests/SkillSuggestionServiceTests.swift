// `skills suggest` in the core: skills from the resume text and work history
// that the profile lacks, with where they were found, and `--add`.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntKernel
@testable import JobHuntProfiles

@Suite("Skill suggestions from a profile")
struct SkillSuggestionServiceTests {
    @Test("suggests from resume text and experiences, minus skills already listed", arguments: TestEngine.allCases)
    func suggestions(engine: TestEngine) throws {
        let world = try ProfileWorld(engine)
        let ada = try world.user("ada@example.com")
        let grace = try world.user("grace@example.com")
        let skills = SkillService(services: world.services)
        try skills.add(SkillInput(name: "python3"), for: ada)
        try world.setResumeText("Platform engineer. Python, k8s and PostgreSQL; some Kubernetes operators.", for: ada)
        try world.addExperience(
            for: ada, company: "Acme", title: "Engineer", start: "2021-02-01",
            description: "Ran Kubernetes clusters for the data team.", achievements: ["Moved the build to Terraform"],
            technologies: ["Go"])
        try world.addExperience(
            for: ada, company: "Initech", title: "Intern", start: "2019-06-01", description: nil, achievements: nil,
            technologies: nil)
        try world.addExperience(
            for: grace, company: "Navy", title: "Rear Admiral", start: "1967-08-01", description: "COBOL and Rust",
            achievements: nil, technologies: ["Fortran"])

        let found = try skills.suggestions(for: ada)
        #expect(found.map(\.skillName) == ["Kubernetes", "PostgreSQL", "Terraform", "Go"])
        let kubernetes = try #require(found.first)
        #expect(kubernetes.count == 3, "two mentions in the resume, one in the experience")
        #expect(kubernetes.foundIn == ["resume", "Engineer at Acme"])
        #expect(kubernetes.skillCategory == .technical)
        #expect(found.first { $0.skillName == "Go" }?.foundIn == ["Engineer at Acme"])
        #expect(!found.contains { $0.skillName == "Python" }, "python3 on the profile is Python")
        #expect(!found.contains { ["COBOL", "Rust", "Fortran"].contains($0.skillName) }, "another user's history")

        let added = try skills.addSuggestions(for: ada)
        #expect(added.map(\.skill.skillName) == ["Kubernetes", "PostgreSQL", "Terraform", "Go"])
        #expect(added.allSatisfy { $0.created && $0.skill.skillCategory == .technical })
        #expect(try skills.suggestions(for: ada).isEmpty)
        #expect(try skills.list(for: ada).count == 5)
        #expect(try skills.list(for: grace).isEmpty)
    }

    @Test("a profile without resume or history gets no suggestions")
    func nothingToSearch() throws {
        let world = try ProfileWorld(.sqlite)
        let ada = try world.user("ada@example.com")
        let skills = SkillService(services: world.services)
        #expect(try skills.suggestions(for: ada).isEmpty)
        #expect(try skills.addSuggestions(for: ada).isEmpty)
    }
}
