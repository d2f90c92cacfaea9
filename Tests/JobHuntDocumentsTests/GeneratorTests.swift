// The built-in generator without a database: relevance ordering (with the
// model and without), the page budget, determinism, and the claim check.
import Foundation
import JobHuntDocuments
import JobHuntKernel
import Testing

@Suite("Documents: the built-in generator")
struct GeneratorTests {
    static let candidate = CandidateFacts(
        name: "Ada Lovelace", email: "ada@example.com", headline: "Backend Engineer",
        summary: "Backend engineer building payment systems.", yearsExperience: 8,
        skills: [SkillFact(name: "Go"), SkillFact(name: "PostgreSQL"), SkillFact(name: "Python")],
        experiences: [
            ExperienceFact(
                id: "a1", company: "Parcelwise", title: "Senior Backend Engineer", start: "2021-03-01", end: nil,
                achievements: [
                    "Organised the office book club and its monthly meetings",
                    "Cut p99 latency of the payments API from 900 ms to 120 ms by tuning PostgreSQL query plans",
                ], technologies: ["Go", "PostgreSQL"]),
            ExperienceFact(
                id: "b2", company: "Northgate", title: "Support Technician", start: "2015-09-01", end: "2017-05-31",
                achievements: ["Answered customer phone calls about printers"]),
            ExperienceFact(
                id: "c3", company: "Ledgerline", title: "Backend Engineer", start: "2017-06-01", end: "2021-02-28",
                achievements: ["Built the settlement service in Python that reconciles card transactions"],
                technologies: ["Python"]),
        ])
    static let posting = PostingFacts(
        id: "p1", title: "Senior Go Engineer", company: "Acme Payments",
        companyDescription: "Acme Payments moves money for small shops.",
        description: "Requirements\n- Go and PostgreSQL latency tuning for payment APIs\n- Kubernetes deployments",
        requiredSkills: ["Go", "PostgreSQL", "Kubernetes"], preferredSkills: ["Python"])
    static let coverage = CoverageReport(
        requiredCovered: ["Go", "PostgreSQL"], requiredMissing: ["Kubernetes"], preferredCovered: ["Python"])

    static func input(embedder: (any Embedder)? = EmbeddingFunction(HashedWords.embed)) throws -> GenerationInput {
        let material = try RelevanceRanker(embedder: embedder).rank(
            candidate: candidate, posting: posting, coverage: coverage, today: "2026-12-06")
        return GenerationInput(
            candidate: candidate, posting: posting, material: material, today: "2026-12-06", followUpDay: "2026-12-13")
    }

    @Test("achievements and jobs are ordered by relevance, with the model and without", arguments: [true, false])
    func relevance(model: Bool) throws {
        let material = try Self.input(embedder: model ? EmbeddingFunction(HashedWords.embed) : nil).material
        #expect(material.usesModel == model)
        #expect(material.experiences.map(\.experience.company) == ["Parcelwise", "Ledgerline", "Northgate"])
        let first = try #require(material.experiences.first)
        #expect(first.achievements.first?.text.hasPrefix("Cut p99 latency") == true)
        #expect(first.achievements.first?.skills == ["PostgreSQL"])
        #expect(material.skills.prefix(3) == ["Go", "PostgreSQL", "Python"], "required, then preferred, first")
        #expect(material.coverage.keywordsAbsent == ["Kubernetes"])
    }

    @Test("same input, same documents, byte for byte")
    func determinism() throws {
        let renderer = DocumentRenderer(templates: .builtin)
        let a = try Self.input()
        let b = try Self.input()
        #expect(a == b)
        let first = renderer.markdown(try BuiltinGenerator().generate(a), input: a)
        let second = renderer.markdown(try BuiltinGenerator().generate(b), input: b)
        #expect(first == second)
        let html = renderer.html(first[.resume] ?? "", kind: .resume, title: "t")
        #expect(html == renderer.html(second[.resume] ?? "", kind: .resume, title: "t"))
        #expect(first[.coverLetter]?.contains("Senior Go Engineer role at Acme Payments") == true)
        #expect(first[.coverLetter]?.contains("“Acme Payments moves money for small shops.”") == true)
        #expect(first[.followUp]?.contains("Send on: 13 December 2026") == true)
    }

    @Test("the built-in drafts make no claim the profile lacks; invented ones are caught")
    func claims() throws {
        let input = try Self.input()
        var drafts = try BuiltinGenerator().generate(input)
        #expect(drafts.metadata.rejectedClaims.isEmpty)
        #expect(drafts.resume.experiences.map(\.company) == ["Parcelwise", "Ledgerline", "Northgate"], "newest first")
        #expect(!drafts.resume.skills.contains("Kubernetes"))
        drafts.resume.skills.append("Kubernetes")
        drafts.resume.experiences[0].title = "CTO"
        drafts.resume.experiences[1].start = "2012-01-01"
        drafts.resume.experiences.append(
            ResumeEntry(
                experienceID: "zz", company: "Google", title: "SRE", start: "2010-01-01", end: nil, bullets: [],
                technologies: []))
        drafts.coverLetter.paragraphs.append("In 2009 I ran Rust services.")
        let rejected = ClaimChecker(candidate: Self.candidate, today: "2026-12-06").rejectedClaims(in: drafts)
        #expect(rejected.map(\.kind) == [.skill, .title, .date, .employer, .skill, .date])
        #expect(rejected.map(\.value) == ["Kubernetes", "CTO", "2012-01-01", "Google", "Rust", "2009"])
        #expect(rejected[4].location == "cover_letter.paragraphs[4]")
    }

    @Test("an employer or posting company named like a skill is not a claim")
    func namesAreNotClaims() throws {
        var candidate = Self.candidate
        candidate.experiences[0].company = "Acme Robotics"
        var posting = Self.posting
        posting.company = "Northwind Logistics"
        let material = try RelevanceRanker(embedder: nil).rank(
            candidate: candidate, posting: posting, coverage: Self.coverage, today: "2026-12-06")
        let input = GenerationInput(
            candidate: candidate, posting: posting, material: material, today: "2026-12-06", followUpDay: "2026-12-13")
        let drafts = try BuiltinGenerator().generate(input)
        #expect(drafts.coverLetter.paragraphs.joined().contains("at Acme Robotics"))
        #expect(drafts.metadata.rejectedClaims.isEmpty, "\(drafts.metadata.rejectedClaims)")
        let checker = ClaimChecker(candidate: candidate, today: "2026-12-06")
        #expect(checker.textClaims("At Acme Robotics I used Rust.", location: "x").map(\.value) == ["Rust"])
    }

    @Test("the page budget keeps the most relevant jobs and bullets of a long history")
    func budget() throws {
        var candidate = Self.candidate
        candidate.experiences = (0..<9).map { index in
            ExperienceFact(
                id: "j\(index)", company: "Company \(index)", title: "Engineer", start: "20\(10 + index)-01-01",
                end: "20\(11 + index)-01-01",
                achievements: (0..<5).map { "Achievement \($0) of job \(index), a long sentence about Go services" })
        }
        let material = try RelevanceRanker(embedder: nil).rank(
            candidate: candidate, posting: Self.posting, coverage: Self.coverage, today: "2026-12-06")
        let kept = material.kept
        #expect(kept.count <= PageBudget.onePage.maximumExperiences)
        #expect(kept.map { $0.achievements.filter(\.kept).count } == [4, 3, 2, 2, 2].prefix(kept.count).map { $0 })
        #expect(material.experiences.count == 9, "every job is ranked; only the kept ones go on the page")
    }
}
