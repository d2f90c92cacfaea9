// jobs:recommendations:{user_id} against the real test Redis: a match is
// cached with its fingerprint, served again, and dropped by profile writes and
// by ingests that change postings.
import Foundation
import JobHuntDatabase
import JobHuntIO
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel
@testable import JobHuntMatching
@testable import JobHuntProfiles

@Suite("Matching: the recommendations cache", .serialized)
struct MatchCacheTests {
    @Test("a match is cached and served until the profile changes", arguments: TestEngine.allCases)
    func profileWritesInvalidate(engine: TestEngine) throws {
        let redis = try ProfileCacheTests.redis()
        let fixture = try ProfileFixture(engine, redis: true, now: MatchScorerTests.now)
        let me = try fixture.user()
        try ProfileSpec().store(for: me, services: fixture.services)
        let db = try fixture.services.store.database()
        let id = try PostingSpec().insert(into: db)
        let key = CacheKey.jobRecommendations(me.user.id)
        let service = MatchService.make(services: fixture.services)
        let first = try service.match(MatchRequest(), for: me)
        let cached = try #require(redis.value(CachedMatches.self, for: key), "the match filled \(key)")
        #expect(cached.matches == first)

        // Behind the service's back: a cached answer does not see it.
        try fixture.rawDatabase().execute("UPDATE job_postings SET title = 'Renamed' WHERE id = \(id)")
        #expect(try service.match(MatchRequest(), for: me) == first)
        #expect(try service.match(MatchRequest(limit: 3), for: me).first?.title == "Renamed", "another request misses")

        let writes: [(String, () throws -> Void)] = [
            ("profile", { try ProfileService(services: fixture.services).update(ProfileSpec().changes, for: me) }),
            ("skill", { try SkillService(services: fixture.services).add(SkillInput(name: "Kotlin"), for: me) }),
            ("skill removal", { try SkillService(services: fixture.services).remove("Kotlin", for: me) }),
            (
                "experience",
                {
                    try ExperienceService(services: fixture.services).add(
                        NewExperience(
                            companyName: "Acme", jobTitle: "Engineer", startDate: .day("2020-01-01"), isCurrent: true),
                        for: me)
                }
            ),
        ]
        for (name, write) in writes {
            _ = try service.match(MatchRequest(), for: me)
            #expect(redis.data(for: key) != nil)
            try write()
            #expect(redis.data(for: key) == nil, "a \(name) write drops \(key)")
        }
    }

    @Test("an ingest that changes postings drops every user's recommendations", arguments: TestEngine.allCases)
    func ingestInvalidates(engine: TestEngine) throws {
        let redis = try ProfileCacheTests.redis()
        let fixture = try ProfileFixture(engine, redis: true, now: MatchScorerTests.now)
        let users = [try fixture.user(), try fixture.user()]
        let service = MatchService.make(services: fixture.services)
        let postings = try IngestSources.postings(IngestSources.lever)
        let ingestor = PostingIngestor(services: fixture.services)
        _ = try ingestor.ingest(postings, source: IngestSources.lever, seenAt: MatchScorerTests.now)
        for user in users { _ = try service.match(MatchRequest(), for: user) }
        #expect(users.allSatisfy { redis.data(for: .jobRecommendations($0.user.id)) != nil })

        let again = try ingestor.ingest(postings, source: IngestSources.lever, seenAt: MatchScorerTests.now)
        #expect(again.unchanged == postings.count)
        #expect(users.allSatisfy { redis.data(for: .jobRecommendations($0.user.id)) != nil }, "nothing changed")

        _ = try ingestor.ingest(postings.dropLast(), source: IngestSources.lever, seenAt: MatchScorerTests.now)
        #expect(users.allSatisfy { redis.data(for: .jobRecommendations($0.user.id)) == nil }, "one was retired")
    }
}
