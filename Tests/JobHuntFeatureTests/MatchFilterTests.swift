// A saved search's filters apply exactly to matching, on both engines: each
// posting that breaks one filter is left out, and nothing else is.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel
@testable import JobHuntMatching

@Suite("Matching: saved-search filters")
struct MatchFilterTests {
    /// One posting per filter it breaks, plus two that pass (one without a salary).
    static func postings() -> [(name: String, spec: PostingSpec, passes: Bool)] {
        func with(_ change: (inout PostingSpec) -> Void) -> PostingSpec {
            var spec = PostingSpec()
            change(&spec)
            return spec
        }
        return [
            ("fits", PostingSpec(), true),
            (
                "no salary given",
                with {
                    $0.salaryMin = nil
                    $0.salaryMax = nil
                }, true
            ),
            (
                "under the floor",
                with {
                    $0.salaryMin = 60_000
                    $0.salaryMax = 90_000
                }, false
            ),
            (
                "under the floor's number, but in another currency (never converted)",
                with {
                    $0.salaryMin = 60_000
                    $0.salaryMax = 90_000
                    $0.currency = "USD"
                }, true
            ),
            ("wrong level", with { $0.level = "entry" }, false),
            ("on-site", with { $0.arrangement = "onsite" }, false),
            ("contract", with { $0.employmentType = "contract" }, false),
            (
                "elsewhere",
                with {
                    $0.city = "Paris"
                    $0.country = "FR"
                }, false
            ),
            (
                "JavaScript, not Java",
                with {
                    $0.title = "Senior JavaScript Engineer"
                    $0.description = "Build payment services in JavaScript with Node.js."
                }, false
            ),
            ("excluded title", with { $0.title = "Java Engineering Manager" }, false),
            ("excluded company", with { $0.company = "Initech Ltd" }, false),
            ("excluded keyword", with { $0.description += " Some Kotlin too." }, false),
        ]
    }

    static let search = SavedSearchChanges(
        lists: [
            .level: ["senior", "lead"], .workType: ["hybrid", "remote"], .employmentType: ["full-time"],
            .location: ["london, gb"], .keyword: ["Java"], .excludeTitle: ["manager"], .excludeCompany: ["Initech"],
            .excludeKeyword: ["kotlin"],
        ], minSalary: 100_000)

    @Test("a saved search's filters apply exactly", arguments: TestEngine.allCases)
    func savedSearch(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: MatchScorerTests.now)
        let me = try fixture.user()
        try ProfileSpec().store(for: me, services: fixture.services)
        let db = try fixture.services.store.database()
        var expected: Set<UUID> = []
        for posting in Self.postings() {
            let id = try posting.spec.insert(
                into: db, embedding: WordEmbedding.vector(for: posting.spec.title + " " + posting.spec.description))
            if posting.passes { expected.insert(id) }
        }
        try SavedSearchService(services: fixture.services).add("london java", Self.search, for: me)
        let service = MatchService.make(services: fixture.services, embedder: EmbeddingFunction(WordEmbedding.embed))
        for ranking in MatchRanking.allCases {
            var request = MatchRequest(searchName: "London Java", limit: 50, ranking: ranking)
            request.nearMisses = false
            let matches = try service.match(request, for: me)
            #expect(Set(matches.map(\.id)) == expected, "\(engine) \(ranking): \(matches.map(\.title))")
            // With near misses (the default) the same postings are there, unmarked, and the rest are marked.
            request.nearMisses = true
            let all = try service.match(request, for: me)
            #expect(Set(all.filter { $0.outsideSearch != true }.map(\.id)) == expected, "\(engine) \(ranking)")
            #expect(all.filter { $0.outsideSearch == true }.allSatisfy { !expected.contains($0.id) })
            #expect(all.count > expected.count, "\(engine) \(ranking): postings outside the search are ranked too")
        }
        // The same filters given directly, as the command-line flags give them.
        let direct = try service.match(MatchRequest(filters: try MatchFilters(Self.search), limit: 50), for: me)
        #expect(Set(direct.map(\.id)) == expected)
        let unfiltered = try service.match(MatchRequest(limit: 50), for: me)
        #expect(unfiltered.count == Self.postings().count)
    }

    @Test(
        "a remote location filter and a country name match by arrangement and ISO code", arguments: TestEngine.allCases)
    func locations(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: MatchScorerTests.now)
        let me = try fixture.user()
        let db = try fixture.services.store.database()
        var remote = PostingSpec()
        remote.arrangement = "remote"
        remote.city = nil
        remote.country = nil
        let remoteID = try remote.insert(into: db)
        let londonID = try PostingSpec().insert(into: db)
        let service = MatchService.make(services: fixture.services)
        var filters = MatchFilters()
        filters.locations = ["Remote"]
        #expect(try service.match(MatchRequest(filters: filters), for: me).map(\.id) == [remoteID])
        filters.locations = ["United Kingdom"]
        #expect(try service.match(MatchRequest(filters: filters), for: me).map(\.id) == [londonID])
        filters.locations = ["London", "Remote"]
        #expect(Set(try service.match(MatchRequest(filters: filters), for: me).map(\.id)) == [remoteID, londonID])
    }

    @Test("keywords are whole words", arguments: ["java", "Java", "JAVA"])
    func wholeWords(keyword: String) {
        var filters = MatchFilters()
        filters.keywords = [keyword]
        #expect(filters.admits(title: "Java Engineer", text: ""))
        #expect(!filters.admits(title: "JavaScript Engineer", text: "We use javascript."))
        #expect(filters.admits(title: "Engineer", text: "Java/Kotlin services"))
        filters.keywords = []
        filters.excludedKeywords = [keyword]
        #expect(filters.admits(title: "JavaScript Engineer", text: ""))
        #expect(!filters.admits(title: "Engineer", text: "Mostly (Java)."))
    }
}
