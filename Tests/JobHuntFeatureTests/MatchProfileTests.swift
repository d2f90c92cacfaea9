// The profile side of matching: one user's matches never read another's
// profile or searches, and the profile vector follows the profile text.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel
@testable import JobHuntMatching
@testable import JobHuntProfiles

/// Counts the texts the embedder was given, to see when the profile is re-embedded.
final class CountingEmbedder: @unchecked Sendable {
    private(set) var texts: [String] = []

    func embed(_ batch: [String]) -> [[Float]] {
        texts += batch
        return WordEmbedding.embed(batch)
    }
}

@Suite("Matching: profile scope and the profile vector")
struct MatchProfileTests {
    @Test("two users get matches for their own profiles, and only their own searches", arguments: TestEngine.allCases)
    func userScoping(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: MatchScorerTests.now)
        let engineer = try fixture.user()
        let nurse = try fixture.user()
        try ProfileSpec().store(for: engineer, services: fixture.services)
        var nursing = ProfileSpec()
        nursing.title = "Registered Nurse"
        nursing.summary = "ICU nurse caring for patients."
        nursing.skills = ["Patient Care", "Critical Care"]
        nursing.salaryFloor = 40_000
        try nursing.store(for: nurse, services: fixture.services)
        let db = try fixture.services.store.database()
        let java = try PostingSpec().insert(into: db, embedding: WordEmbedding.vector(for: "Senior Java Engineer"))
        var ward = PostingSpec()
        ward.title = "Registered Nurse - ICU"
        ward.description = "ICU nurse caring for patients."
        ward.required = ["Patient Care", "Critical Care"]
        ward.level = nil
        let icu = try ward.insert(
            into: db, embedding: WordEmbedding.vector(for: ward.title + "\n\n" + ward.description))
        let service = MatchService.make(services: fixture.services, embedder: EmbeddingFunction(WordEmbedding.embed))
        #expect(try service.match(MatchRequest(), for: engineer).first?.id == java)
        #expect(try service.match(MatchRequest(), for: nurse).first?.id == icu)

        try SavedSearchService(services: fixture.services).add("mine", SavedSearchChanges(), for: engineer)
        #expect(throws: JobHuntError.self) { try service.match(MatchRequest(searchName: "mine"), for: nurse) }
        let rows = try db.query("SELECT user_id, embedding_fingerprint FROM user_profiles ORDER BY user_id")
        #expect(rows.count == 2)
        #expect(Set(try rows.map { try $0.get("embedding_fingerprint", as: String.self) }).count == 2)
    }

    @Test(
        "the profile vector is stored, reused, and recomputed when the profile text changes",
        arguments: TestEngine.allCases)
    func vectorFollowsProfile(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: MatchScorerTests.now)
        let me = try fixture.user()
        try ProfileSpec().store(for: me, services: fixture.services)
        let db = try fixture.services.store.database()
        try PostingSpec().insert(into: db, embedding: WordEmbedding.vector(for: "Senior Java Engineer"))
        let counter = CountingEmbedder()
        let service = MatchService.make(services: fixture.services, embedder: EmbeddingFunction(counter.embed))
        let store = ProfileVectorStore(db: db)
        // The semantic ranking reads the profile vector alone (the hybrid also
        // embeds the target text: MatchTargetTests).
        let semantic = MatchRequest(ranking: .semantic)

        _ = try service.match(semantic, for: me)
        #expect(counter.texts.count == 1)
        let document = try service.matchProfile(for: me).document
        #expect(try store.storedFingerprint(userID: me.user.id) == document.fingerprint)
        #expect(counter.texts.first == document.text)
        #expect(document.text.contains("Senior Java Engineer") && document.text.contains("Spring Boot"))
        let stored = try #require(
            try db.queryOne("SELECT embedding FROM user_profiles WHERE user_id = \(me.user.id)")?
                .optional("embedding", as: Vector.self))
        #expect(stored.values == WordEmbedding.vector(for: document.text))

        _ = try service.match(MatchRequest(limit: 5, ranking: .semantic), for: me)
        #expect(counter.texts.count == 1, "an unchanged profile is not embedded again")

        var changes = ProfileChanges()
        changes.summary = .set("Now mostly Kotlin on Android.")
        try ProfileService(services: fixture.services).update(changes, for: me)
        _ = try service.match(semantic, for: me)
        #expect(counter.texts.count == 2)
        #expect(counter.texts.last?.contains("Kotlin on Android") == true)
        #expect(try store.storedFingerprint(userID: me.user.id) != document.fingerprint)

        try SkillService(services: fixture.services).add(SkillInput(name: "Swift"), for: me)
        try ExperienceService(services: fixture.services).add(
            NewExperience(
                companyName: "Acme", jobTitle: "iOS Engineer", startDate: .day("2020-01-01"), isCurrent: true), for: me)
        _ = try service.match(semantic, for: me)
        #expect(counter.texts.count == 3, "skills and experiences are part of the text")
        #expect(counter.texts.last?.contains("iOS Engineer at Acme") == true)
    }
}
