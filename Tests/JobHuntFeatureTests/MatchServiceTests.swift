// MatchService on both engines: ranking with reasons, the JSON contract,
// candidates without vectors, and the ranking modes.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntKernel
@testable import JobHuntMatching

@Suite("Matching: the service on both engines")
struct MatchServiceTests {
    static let now = MatchScorerTests.now

    static func fixture(_ engine: TestEngine, redis: Bool = false) throws -> ProfileFixture {
        try ProfileFixture(engine, redis: redis, now: now)
    }

    static func embedded(_ spec: PostingSpec) -> [Float] {
        WordEmbedding.vector(for: spec.title + "\n\n" + spec.description)
    }

    @Test("the good posting ranks first, near-misses below it, each with its reasons", arguments: TestEngine.allCases)
    func ranking(engine: TestEngine) throws {
        let fixture = try Self.fixture(engine)
        let me = try fixture.user()
        try ProfileSpec().store(for: me, services: fixture.services)
        let db = try fixture.services.store.database()
        let good = try PostingSpec().insert(into: db, embedding: Self.embedded(PostingSpec()))
        for (_, spec) in MatchScorerTests.nearMisses { try spec.insert(into: db, embedding: Self.embedded(spec)) }
        var closed = PostingSpec()
        closed.isActive = false
        try closed.insert(into: db, embedding: Self.embedded(closed))

        let service = MatchService.make(services: fixture.services, embedder: EmbeddingFunction(WordEmbedding.embed))
        let matches = try service.match(MatchRequest(limit: 10), for: me)
        #expect(matches.count == 1 + MatchScorerTests.nearMisses.count, "the inactive posting is never matched")
        let first = try #require(matches.first)
        #expect(first.id == good)
        #expect(first.rank == 1)
        #expect(matches.map(\.rank) == Array(1...matches.count))
        #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(first.matchingSkills == ["Java", "Spring Boot", "PostgreSQL"])
        #expect(first.salaryFit == .meets)
        #expect(first.locationFit == .sameCity)
        #expect(first.components.semantic > 0.5, "the word embedder sees the shared words")
        let javascript = try #require(matches.first { $0.title == "Senior JavaScript Engineer" })
        #expect(javascript.missingRequiredSkills == ["JavaScript", "Node.js"])
        #expect(try service.match(MatchRequest(limit: 2), for: me).map(\.id) == matches.prefix(2).map(\.id))
    }

    @Test("--json keys are the documented contract")
    func jsonContract() throws {
        let posting = PostingSpec().stored
        let evaluation = MatchScorer(profile: ProfileSpec().matchProfile(), salaryFloor: nil, now: Self.now)
            .evaluate(posting, similarity: 0.4)
        let match = PostingMatch(posting, evaluation: evaluation, score: 0.5, rank: 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode([match])) as? [[String: Any]])
        let keys = Set(try #require(object.first).keys)
        let contract: Set<String> = [
            "rank", "id", "title", "company_name", "location", "work_arrangement", "source_platform", "external_id",
            "source_url", "score", "components", "matching_skills", "missing_required_skills", "salary_fit",
            "location_fit",
        ]
        #expect(contract.isSubset(of: keys), "missing \(contract.subtracting(keys))")
        let components = try #require(object.first?["components"] as? [String: Any])
        #expect(
            Set(components.keys) == [
                "semantic", "target", "skills", "title", "salary", "location", "seniority", "recency",
            ])
        #expect(object.first?["id"] as? String == posting.id.uuidString.lowercased())
        #expect(object.first?["location"] as? String == "London, GB")
        #expect(object.first?["salary_fit"] as? String == "meets")
        let decoded = try JSONDecoder().decode([PostingMatch].self, from: JSONEncoder().encode([match]))
        #expect(decoded == [match], "the cache reads back what it wrote")
    }

    @Test("postings without a vector are still candidates through their skills", arguments: TestEngine.allCases)
    func unembeddedCandidates(engine: TestEngine) throws {
        let fixture = try Self.fixture(engine)
        let me = try fixture.user()
        try ProfileSpec().store(for: me, services: fixture.services)
        let db = try fixture.services.store.database()
        var nurse = PostingSpec()
        nurse.title = "Registered Nurse"
        nurse.description = "Care for patients on a busy ward."
        nurse.required = ["Patient Care"]
        for _ in 0..<3 {
            nurse.externalID = UUID().uuidString
            try nurse.insert(into: db, embedding: Self.embedded(nurse))
        }
        let unembedded = try PostingSpec().insert(into: db)
        let matches = try MatchService.make(
            services: fixture.services, embedder: EmbeddingFunction(WordEmbedding.embed)
        )
        .match(MatchRequest(limit: 2), for: me)
        #expect(matches.first?.id == unembedded)
        #expect(matches.first?.components.semantic == MatchCalibration.neutral)
    }

    @Test("without a model: skills and keywords rank, semantic is neutral; --ranking semantic refuses")
    func withoutModel() throws {
        let fixture = try Self.fixture(.sqlite)
        let me = try fixture.user()
        try ProfileSpec().store(for: me, services: fixture.services)
        let db = try fixture.services.store.database()
        let good = try PostingSpec().insert(into: db, embedding: Self.embedded(PostingSpec()))
        for (_, spec) in MatchScorerTests.nearMisses { try spec.insert(into: db) }
        let service = MatchService.make(services: fixture.services)
        #expect(!service.usesModel)
        let matches = try service.match(MatchRequest(), for: me)
        #expect(matches.first?.id == good)
        #expect(matches.allSatisfy { $0.components.semantic == MatchCalibration.neutral })
        #expect(throws: JobHuntError.matchNoModel) { try service.match(MatchRequest(ranking: .semantic), for: me) }
        // Keyword ranking sees skills and titles only, so the junior and the
        // underpaid postings tie with the good one; none beats it.
        let keyword = try service.match(MatchRequest(ranking: .keyword), for: me)
        let goodScore = try #require(keyword.first { $0.id == good }?.score)
        #expect(keyword.first?.score == goodScore)
    }

    @Test(
        "semantic ranking orders by cosine alone and leaves out postings without a vector",
        arguments: TestEngine.allCases)
    func semanticRanking(engine: TestEngine) throws {
        let fixture = try Self.fixture(engine)
        let me = try fixture.user()
        try ProfileSpec().store(for: me, services: fixture.services)
        let db = try fixture.services.store.database()
        for (_, spec) in MatchScorerTests.nearMisses { try spec.insert(into: db, embedding: Self.embedded(spec)) }
        let unembedded = try PostingSpec().insert(into: db)
        let matches = try MatchService.make(
            services: fixture.services, embedder: EmbeddingFunction(WordEmbedding.embed)
        )
        .match(MatchRequest(ranking: .semantic), for: me)
        #expect(matches.count == MatchScorerTests.nearMisses.count, "a posting without a vector has no cosine")
        #expect(!matches.contains { $0.id == unembedded })
        #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.components.semantic >= $1.components.semantic })
    }
}

extension MatchServiceTests {
    @Test("a request's own weights replace the ranking's")
    func requestWeights() throws {
        let fixture = try Self.fixture(.sqlite)
        let me = try fixture.user()
        try ProfileSpec().store(for: me, services: fixture.services)
        let db = try fixture.services.store.database()
        var cheap = PostingSpec()
        cheap.salaryMin = 20_000
        cheap.salaryMax = 30_000
        let underpaid = try cheap.insert(into: db)
        var remote = PostingSpec()
        remote.arrangement = "remote"
        remote.required = ["Cobol"]
        let wellPaid = try remote.insert(into: db)
        let skillsOnly = MatchWeights(
            semantic: 0, skills: 1, title: 0, salary: 0, location: 0, seniority: 0, recency: 0)
        let salaryOnly = MatchWeights(
            semantic: 0, skills: 0, title: 0, salary: 1, location: 0, seniority: 0, recency: 0)
        let service = MatchService.make(services: fixture.services)
        #expect(try service.match(MatchRequest(weights: skillsOnly), for: me).first?.id == underpaid)
        #expect(try service.match(MatchRequest(weights: salaryOnly), for: me).first?.id == wellPaid)
    }
}
