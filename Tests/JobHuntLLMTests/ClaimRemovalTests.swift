// The claim removal any generator can run: unbacked skills, employers, titles and dates leave the
// drafts (lists by entry, prose by sentence) and are reported; what the profile backs stays.
import Foundation
import JobHuntDocuments
import Testing

@Suite("Claim removal")
struct ClaimRemovalTests {
    let checker = ClaimChecker(candidate: LLMFixture.candidate, today: "2026-12-06")
    let context = [LLMFixture.posting.company, LLMFixture.posting.title]

    @Test("an inventing draft loses every invented skill, employer, title and date, and nothing true")
    func inventingDraft() throws {
        let answer = try LLMAnswer.parse(LLMFixture.inventingAnswer)
        let drafts = DocumentDrafts(
            resume: ResumeDraft(
                headline: answer.resume.headline, summary: answer.resume.summary, skills: answer.resume.skills,
                experiences: answer.resume.experiences),
            coverLetter: answer.coverLetter, followUp: answer.followUp, metadata: GenerationMetadata(generator: .llm))
        let (cleaned, rejected) = checker.removingUnsupportedClaims(from: drafts, context: context)

        #expect(cleaned.resume.skills == ["Swift", "PostgreSQL"])
        #expect(cleaned.resume.experiences.map(\.company) == ["Acme Robotics", "Initech"])
        #expect(cleaned.resume.experiences.first?.title == "Senior Software Engineer")
        #expect(cleaned.resume.experiences.first?.start == "2019-03-01")
        #expect(
            cleaned.coverLetter.paragraphs == [
                "I am applying for the Staff Backend Engineer role at Globex Logistics.",
                "At Acme Robotics I made the order API fast.",
            ])
        let found = Set(rejected.map { "\($0.kind.rawValue):\($0.value)" })
        for expected in [
            "skill:Kubernetes", "employer:Hooli", "title:Principal Engineer", "date:2017-01-01", "date:2012",
            "title:VP",
        ] {
            #expect(found.contains(expected), "\(expected) not rejected: \(found.sorted())")
        }
        #expect(rejected.contains { $0.location == "resume.skills" && $0.value == "Kubernetes" })
        #expect(rejected.contains { $0.location == "resume.experiences[2].company" && $0.value == "Hooli" })
        #expect(rejected.contains { $0.location.hasPrefix("cover_letter.paragraphs[") && $0.kind == .employer })
        #expect(checker.unsupportedClaims(in: cleaned, context: context).isEmpty)
    }

    @Test("a faithful draft comes back unchanged with nothing rejected")
    func faithfulDraft() throws {
        let answer = try LLMAnswer.parse(LLMFixture.answer())
        let drafts = DocumentDrafts(
            resume: answer.resume, coverLetter: answer.coverLetter, followUp: answer.followUp,
            metadata: GenerationMetadata(generator: .llm))
        let (cleaned, rejected) = checker.removingUnsupportedClaims(from: drafts, context: context)
        #expect(rejected.isEmpty, "\(rejected)")
        #expect(cleaned == drafts)
    }

    @Test(
        "prose: the sentence with the claim goes, the posting's own names and the person's jobs stay",
        arguments: [
            ("I joined Initech in 2015. I worked at Pied Piper as a Staff Engineer.", "I joined Initech in 2015."),
            (
                "I want to bring Swift to Globex Logistics. I know Rust well.",
                "I want to bring Swift to Globex Logistics."
            ),
            (
                "As a Software Engineer at Initech I built Python jobs.",
                "As a Software Engineer at Initech I built Python jobs."
            ),
            ("Node.js aside, I wrote Swift at Acme Robotics. Thanks!", "Thanks!"),
            (
                "I would thrive as a Staff Backend Engineer with Swift.",
                "I would thrive as a Staff Backend Engineer with Swift."
            ),
        ])
    func prose(text: String, kept: String) {
        let result = checker.removingUnsupportedSentences(from: text, location: "x", context: context)
        #expect(result.text == kept)
        #expect(result.rejected.isEmpty == (text == kept))
    }

    @Test("a headline is a title claim: an unheld title goes, the person's own headline or the posting's stays")
    func headline() throws {
        let answer = try LLMAnswer.parse(LLMFixture.answer())
        for (headline, kept) in [
            ("Principal Architect", false), ("Backend engineer", true), ("Staff Backend Engineer", true),
            ("Senior Software Engineer, Swift and PostgreSQL", true),
        ] {
            var resume = answer.resume
            resume.headline = headline
            let drafts = DocumentDrafts(
                resume: resume, coverLetter: answer.coverLetter, followUp: answer.followUp,
                metadata: GenerationMetadata(generator: .llm))
            let (cleaned, rejected) = checker.removingUnsupportedClaims(from: drafts, context: context)
            #expect((cleaned.resume.headline == headline) == kept, "\(headline)")
            #expect(rejected.contains { $0.location == "resume.headline" && $0.kind == .title } == !kept)
        }
    }

    @Test("sentences split at end punctuation before a capital, not inside names or numbers")
    func sentences() {
        #expect(
            ClaimChecker.sentences("Node.js and e.g. v2.5 stay. New one! And 3.5 more? Yes")
                == ["Node.js and e.g. v2.5 stay.", "New one!", "And 3.5 more?", "Yes"])
    }
}
