// The target vector (issue 19): what a person says they want — title, a
// search's titles and keywords, summary — embedded on its own and stored
// beside the profile vector, so a career changer's aim can lead when the
// history points elsewhere.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel
@testable import JobHuntMatching
@testable import JobHuntProfiles

@Suite("Matching: the target vector")
struct MatchTargetTests {
    @Test("the target text is the title, the search's titles and keywords, and the summary; never skills or jobs")
    func targetText() {
        var profile = UserProfile(userID: UUID())
        profile.currentTitle = "Instructional Designer"
        profile.summary = "Maths teacher moving into learning design."
        let document = ProfileDocument(
            targetOf: profile, titles: ["Learning Designer", " "], keywords: ["e-learning"])
        #expect(
            document.text
                == "Instructional Designer\nLooking for: Learning Designer\nKeywords: e-learning\n"
                + "Maths teacher moving into learning design.")
        #expect(ProfileDocument(targetOf: UserProfile(userID: UUID())).isEmpty)
    }

    @Test("the target vector is stored beside the profile vector and reused", arguments: TestEngine.allCases)
    func storedAndReused(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: MatchScorerTests.now)
        let me = try fixture.user()
        try ProfileSpec().store(for: me, services: fixture.services)
        let db = try fixture.services.store.database()
        try PostingSpec().insert(into: db, embedding: WordEmbedding.vector(for: "Senior Java Engineer"))
        let counter = CountingEmbedder()
        let service = MatchService.make(services: fixture.services, embedder: EmbeddingFunction(counter.embed))

        _ = try service.match(MatchRequest(), for: me)
        let profile = try service.matchProfile(for: me)
        #expect(counter.texts == [profile.document.text, profile.target.text])
        #expect(
            try ProfileVectorStore(db: db, kind: .target).storedFingerprint(userID: me.user.id)
                == profile.target.fingerprint)
        let stored = try #require(
            try db.queryOne("SELECT target_embedding FROM user_profiles WHERE user_id = \(me.user.id)")?
                .optional("target_embedding", as: Vector.self))
        #expect(stored.values == WordEmbedding.vector(for: profile.target.text))

        _ = try service.match(MatchRequest(limit: 3), for: me)
        #expect(counter.texts.count == 2, "an unchanged target is not embedded again")
        // A search's titles change the target text, not the profile text.
        try SavedSearchService(services: fixture.services).add(
            "design", SavedSearchChanges(lists: [.title: ["Staff Engineer"]]), for: me)
        _ = try service.match(MatchRequest(searchName: "design"), for: me)
        #expect(counter.texts.count == 3)
        #expect(counter.texts.last?.contains("Looking for: Staff Engineer") == true)
    }

    @Test("a career changer's stated aim outranks the job they are leaving", arguments: TestEngine.allCases)
    func aimLeads(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: MatchScorerTests.now)
        let me = try fixture.user()
        var changer = ProfileSpec()
        changer.title = "Instructional Designer"
        changer.summary = "Moving into instructional design: e-learning courses, storyboards and learning objectives."
        changer.skills = ["Lesson Planning", "Classroom Teaching", "Mathematics", "Articulate Storyline"]
        try changer.store(for: me, services: fixture.services)
        try ExperienceService(services: fixture.services).add(
            NewExperience(
                companyName: "Hackney Park Academy", jobTitle: "Mathematics Teacher", startDate: .day("2016-09-01"),
                isCurrent: true, description: "Taught mathematics lessons to classes; lesson planning and marking."),
            for: me)
        let db = try fixture.services.store.database()
        var teaching = PostingSpec()
        teaching.title = "Mathematics Teacher"
        teaching.description = "Teach mathematics lessons to classes; lesson planning and marking."
        teaching.required = ["Lesson Planning", "Mathematics"]
        teaching.level = "mid"
        var design = PostingSpec()
        design.title = "Instructional Designer"
        design.description = "Design e-learning courses: storyboards and learning objectives."
        design.required = ["Articulate Storyline"]
        design.level = "mid"
        let teacherID = try teaching.insert(
            into: db, embedding: WordEmbedding.vector(for: teaching.title + "\n\n" + teaching.description))
        let designID = try design.insert(
            into: db, embedding: WordEmbedding.vector(for: design.title + "\n\n" + design.description))
        let service = MatchService.make(services: fixture.services, embedder: EmbeddingFunction(WordEmbedding.embed))

        let hybrid = try service.match(MatchRequest(), for: me).map(\.id)
        #expect(hybrid.first == designID)
        let design0 = try #require(try service.match(MatchRequest(), for: me).first { $0.id == designID })
        #expect(design0.components.target > design0.components.semantic, "the aim is closer than the history")
        // Plain cosine of the whole profile (history included) is unchanged by the target.
        let cosine = try service.match(MatchRequest(ranking: .semantic), for: me)
        #expect(cosine.allSatisfy { $0.components.target == $0.components.semantic })
        #expect(Set(hybrid) == [teacherID, designID])
    }

    @Test("the target leads as aim and history part: history-read weight moves to it, the total stays")
    func leadRule() {
        let weights = MatchWeights.hybrid
        let full = MatchCalibration.targetAgreementFull
        let none = MatchCalibration.targetAgreementNone
        #expect(weights.ledByTarget(agreement: nil) == weights)
        #expect(weights.ledByTarget(agreement: full + 0.05) == weights, "aim and history agree")
        #expect(MatchWeights.semanticOnly.ledByTarget(agreement: 0) == .semanticOnly, "plain cosine stays plain")
        let apart = weights.ledByTarget(agreement: none - 0.1)
        let lead = MatchCalibration.targetLeadMax
        #expect(abs(apart.semantic - weights.semantic * (1 - lead)) < 1e-12)
        #expect(abs(apart.title - weights.title * (1 - lead)) < 1e-12)
        #expect(abs(apart.target - (weights.target + lead * (weights.semantic + weights.title))) < 1e-12)
        #expect(
            apart.skills == weights.skills && apart.seniority == weights.seniority, "history keeps skills and level")
        let sum = { (w: MatchWeights) in
            w.semantic + w.target + w.skills + w.title + w.salary + w.location + w.seniority + w.recency
        }
        #expect(abs(sum(apart) - sum(weights)) < 1e-12)
        // Half-way between the two cosines, half the lead.
        #expect(abs(MatchWeights.targetLead(agreement: (full + none) / 2) - lead / 2) < 1e-12)
    }

    @Test("a MatchService over injected readers ranks as the factory's does")
    func injectedReaders() throws {
        let fixture = try ProfileFixture(.sqlite, now: MatchScorerTests.now)
        let me = try fixture.user()
        try ProfileSpec().store(for: me, services: fixture.services)
        let db = try fixture.services.store.database()
        try PostingSpec().insert(into: db, embedding: WordEmbedding.vector(for: "Senior Java Engineer"))
        var other = PostingSpec()
        other.title = "Registered Nurse"
        other.required = ["Patient Care"]
        try other.insert(into: db, embedding: WordEmbedding.vector(for: "Registered Nurse"))
        let embedder = EmbeddingFunction(WordEmbedding.embed)
        let injected = MatchService(
            services: fixture.services, readers: MatchReaders(services: fixture.services), embedder: embedder)
        let made = MatchService.make(services: fixture.services, embedder: embedder)
        let first = try injected.match(MatchRequest(ranking: .hybrid), for: me)
        #expect(first.count == 2)
        #expect(first.map(\.id) == (try made.match(MatchRequest(ranking: .hybrid), for: me)).map(\.id))
    }
}
