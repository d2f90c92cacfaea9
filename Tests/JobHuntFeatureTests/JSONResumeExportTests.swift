// Rendering stored rows: JSON Resume, jobhunt's own JSON and Markdown (snapshots).
import Foundation
import JobHuntKernel
import JobHuntProfiles
import Testing

@Suite("JSON Resume export")
struct JSONResumeExportTests {
    /// A profile that uses every exported column: a current job, links, a country name,
    /// skills of every category.
    static let rich = ResumeExport(
        user: ResumeUser(email: "ada@example.com", firstName: "Ada", lastName: "King Lovelace"),
        profile: ResumeProfile(
            currentTitle: "Staff Engineer", summary: "Builds *analytical* engines.\n\nLikes_poetry.",
            phone: "+44 20 7946 0958", portfolioURL: "https://ada.example.com",
            linkedinURL: "https://www.linkedin.com/in/ada", githubURL: "https://github.com/ada", locationCity: "London",
            locationState: "England", locationCountry: "United Kingdom", yearsExperience: 12, willingToRelocate: true,
            targetSalaryMin: 90_000, targetSalaryMax: 120_000, preferredWorkType: "hybrid"),
        experiences: [
            ResumeExperience(
                companyName: "Babbage & Co", jobTitle: "Engineer", startDate: ResumeFixtures.day("2012-05-01"),
                endDate: ResumeFixtures.day("2019-12-31"), description: "Wrote the first program.",
                achievements: ["Note G", "1. Bernoulli numbers"], technologiesUsed: ["Analytical Engine"]),
            ResumeExperience(
                companyName: "Engines Ltd", jobTitle: "Staff Engineer", startDate: ResumeFixtures.day("2020-01-06"),
                isCurrent: true, achievements: ["Led the team"], technologiesUsed: ["Go", "PostgreSQL"]),
        ],
        skills: [
            ResumeSkill(
                name: "PostgreSQL", category: .technical, level: .expert, yearsExperience: 6.5, isPrimary: true),
            ResumeSkill(name: "Go", category: .technical, level: .advanced),
            ResumeSkill(name: "Leadership", category: .soft),
            ResumeSkill(name: "French", category: .language, level: .intermediate),
            ResumeSkill(name: "PMP", category: .certification),
            ResumeSkill(name: "Poetry"),
        ],
        lastModified: Date(timeIntervalSince1970: 1_764_057_600))

    @Test("markdown of the sample matches its snapshot")
    func sampleMarkdown() throws {
        let rows = try ResumeImport.read(try ResumeFixtures.sampleData(), today: ResumeFixtures.today)
        try ResumeFixtures.expectSnapshot(ResumeFixtures.stored(rows).markdown(), named: "sample.md")
    }

    @Test("markdown of a full profile matches its snapshot")
    func richMarkdown() throws {
        let markdown = Self.rich.markdown()
        try ResumeFixtures.expectSnapshot(markdown, named: "rich.md")
        #expect(markdown.contains("*Jan 2020 – present*"))
        #expect(markdown.contains("Builds \\*analytical\\* engines."))
    }

    @Test("JSON Resume output: pretty, sorted keys, $schema, meta.lastModified, current job without endDate")
    func jsonResume() throws {
        let text = String(decoding: Self.rich.rendered(as: .jsonResume), as: UTF8.self)
        try ResumeFixtures.expectSnapshot(text, named: "rich.resume.json")
        #expect(
            text.hasPrefix(
                "{\n  \"$schema\" : \"https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json\",\n"
            ))
        let resume = try JSONResume.read(Data(text.utf8))
        #expect(resume.meta?.lastModified == "2025-11-25T08:00:00Z")
        #expect(resume.work?.map(\.name) == ["Engines Ltd", "Babbage & Co"])
        #expect(resume.work?.first?.endDate == nil)
        #expect(
            resume.basics?.location == JSONResume.Location(city: "London", country: "United Kingdom", region: "England")
        )
        #expect(resume.basics?.profiles?.map(\.username) == ["ada", "ada"])
        #expect(resume.languages == [JSONResume.Language(language: "French", fluency: "Conversational")])
        #expect(resume.certificates == [JSONResume.Certificate(name: "PMP")])
    }

    @Test("jobhunt JSON: rows under the seed's column names, nulls kept")
    func tableJSON() throws {
        let data = Self.rich.rendered(as: .json)
        try ResumeFixtures.expectSnapshot(String(decoding: data, as: UTF8.self), named: "rich.json")
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["user", "profile", "experiences", "skills"])
        let experiences = try #require(object["experiences"] as? [[String: Any]])
        #expect(experiences.first?["end_date"] is NSNull)
        #expect(experiences.last?["start_date"] as? String == "2012-05-01")
        let profile = try #require(object["profile"] as? [String: Any])
        #expect(profile["location_country"] as? String == "United Kingdom")
        let empty = ResumeExport(user: ResumeUser(), profile: ResumeProfile(), experiences: [], skills: [])
        let blank = try #require(try JSONSerialization.jsonObject(with: empty.rendered(as: .json)) as? [String: Any])
        #expect((blank["profile"] as? [String: Any])?.count == 15)
        #expect((blank["user"] as? [String: Any])?["email"] is NSNull)
    }

    @Test("markdown escapes what would change its structure and leaves plain text alone")
    func markdownEscaping() {
        let export = ResumeExport(
            user: ResumeUser(firstName: "A_B", lastName: "*C*"),
            profile: ResumeProfile(
                currentTitle: "C# <dev>", summary: "# not a heading\n\n- not a list\n\n2019. A year"),
            experiences: [
                ResumeExperience(
                    companyName: "[x](y)", jobTitle: "Dev", startDate: ResumeFixtures.day("2019-02-01"),
                    achievements: ["+ plus", "3) three", "99 problems", "-5% costs"])
            ], skills: [])
        let markdown = export.markdown()
        #expect(
            markdown.hasPrefix(
                "# A\\_B \\*C\\*\n\n**C# \\<dev\\>**\n\n## Summary\n\n\\# not a heading\n\n\\- not a list\n\n2019\\. A year\n"
            ))
        #expect(
            markdown.contains(
                "### Dev — \\[x\\](y)\n\n*Feb 2019 – present*\n\n- \\+ plus\n- 3\\) three\n- 99 problems\n- -5% costs\n"
            ))
    }

    @Test("every format name parses", arguments: ["json-resume", "json", "markdown"])
    func formats(name: String) {
        #expect(ResumeExportFormat(rawValue: name)?.rawValue == name)
    }
}
