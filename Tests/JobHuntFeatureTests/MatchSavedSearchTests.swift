// Issue 19, third round: a saved search is a preference, not an exact query.
// Its levels are a ladder (a COO's "lead" finds the "Chief Operating Officer"
// posting filed as executive), and a place in it also admits remote work open
// to the place's country, ranked below work there. One-off flags stay exact.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel
@testable import JobHuntMatching

@Suite("Matching: a saved search is a preference (issue 19)")
struct MatchSavedSearchTests {
    @Test("a stated level admits the rungs beside it, never two away")
    func ladder() {
        #expect(LevelLadder(["lead"]).admitted == [.senior, .lead, .executive])
        #expect(LevelLadder(["senior", "lead"]).admitted == [.mid, .senior, .lead, .executive])
        #expect(LevelLadder(["entry"]).admitted == [.entry, .mid])
        #expect(LevelLadder([]).condition == nil)
    }

    @Test("a saved search's levels are a ladder and its places admit remote; one-off flags are exact")
    func savedAndOneOff() throws {
        let changes = SavedSearchChanges(lists: [.level: ["staff"], .location: ["Denver, CO"]])
        let saved = try MatchFilters.saved(changes)
        #expect(saved.preferredLevels == ["lead"] && saved.levels.isEmpty && saved.placesAdmitRemote)
        let oneOff = try MatchFilters(changes)
        #expect(oneOff.levels == ["lead"] && oneOff.preferredLevels.isEmpty && !oneOff.placesAdmitRemote)
        // `discover match --search NAME --level X`: the flag narrows, the search stays a ladder.
        let both = saved.adding(oneOff)
        #expect(both.levels == ["lead"] && both.preferredLevels == ["lead"] && both.placesAdmitRemote)
    }

    @Test("levels in SQL: the ladder with unstated levels, or exactly", arguments: TestEngine.allCases)
    func levels(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: MatchScorerTests.now)
        let db = try fixture.services.store.database()
        var keys: [UUID: String] = [:]
        for level in ["entry", "mid", "senior", "lead", "executive", nil] as [String?] {
            var spec = PostingSpec()
            spec.level = level
            keys[try spec.insert(into: db)] = level ?? "none"
        }
        func found(_ filters: MatchFilters) throws -> Set<String> {
            let ids: [UUID] = try db.query("SELECT p.id FROM job_postings p WHERE \(sql: filters.scope.condition)")
                .map { try $0.get("id") }
            return Set(ids.compactMap { keys[$0] })
        }
        var saved = MatchFilters()
        saved.preferredLevels = ["lead"]
        #expect(try found(saved) == ["senior", "lead", "executive", "none"], "\(engine)")
        saved.preferredLevels = ["entry"]
        #expect(try found(saved) == ["entry", "mid", "none"], "\(engine)")
        var exact = MatchFilters()
        exact.levels = ["lead"]
        #expect(try found(exact) == ["lead"], "\(engine)")
    }

    /// Which postings of ``MatchPreferenceTests/places`` a saved search admits (locations, work
    /// types) for someone in Britain: "London" names no country, so it is taken to be theirs.
    static let savedExpectations: [([String], [String], Set<String>)] = [
        (
            ["Denver, CO"], [],
            [
                "denver-onsite", "denver-hybrid", "remote-us", "remote-austin", "remote-plain", "remote-worldwide",
                "remote-north-america",
            ]
        ),
        (["Denver, CO"], ["onsite", "hybrid"], ["denver-onsite", "denver-hybrid"]),
        (["Toronto, ON"], [], ["toronto-hybrid", "remote-plain", "remote-worldwide", "remote-north-america"]),
        (["London"], [], ["london-onsite", "remote-uk", "remote-plain", "remote-worldwide"]),
    ]

    @Test(
        "a saved search's place admits remote work open to its country unless its work types leave remote out",
        arguments: TestEngine.allCases)
    func places(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: MatchScorerTests.now)
        let db = try fixture.services.store.database()
        let keys = try MatchPreferenceTests.insertPlaces(into: db)
        func found(_ filters: MatchFilters) throws -> Set<String> {
            let ids: [UUID] = try db.query("SELECT p.id FROM job_postings p WHERE \(sql: filters.scope.condition)")
                .map { try $0.get("id") }
            return Set(ids.compactMap { keys[$0] })
        }
        for (locations, workTypes, expected) in Self.savedExpectations {
            var filters = MatchFilters()
            filters.locations = locations
            filters.workArrangements = workTypes
            filters.placesAdmitRemote = true
            // The profile's country, for a place that names none ("London").
            filters.homeCountry = "GB"
            #expect(try found(filters) == expected, "\(engine) saved \(locations) \(workTypes)")
            // The same place typed once on `discover match` means working there.
            filters.placesAdmitRemote = false
            if workTypes.isEmpty {
                #expect(try found(filters) == expected.filter { !$0.hasPrefix("remote") }, "\(engine) \(locations)")
            }
        }
    }

    @Test("remote work admitted through a place ranks below the same job there")
    func remoteRanksBelow() {
        var onsite = PostingSpec()
        onsite.arrangement = "onsite"
        var remote = PostingSpec()
        remote.arrangement = "remote"
        remote.city = nil
        // The profile lives in London and states no work type (ProfileSpec).
        var scorer = MatchScorer(profile: ProfileSpec().matchProfile(), salaryFloor: nil, now: MatchScorerTests.now)
        let location = { (spec: PostingSpec) in scorer.evaluate(spec.stored, similarity: nil).components.location }
        #expect(location(remote) == location(onsite))
        scorer.remoteNotAsked = true
        #expect(location(remote) < location(onsite))
        #expect(location(remote) == 1 - MatchCalibration.arrangementMismatch)

        var filters = MatchFilters()
        filters.locations = ["London"]
        #expect(!filters.remoteOnlyThroughPlace, "a one-off --location admits no remote work")
        filters.placesAdmitRemote = true
        #expect(filters.remoteOnlyThroughPlace)
        filters.workArrangements = ["remote"]
        #expect(!filters.remoteOnlyThroughPlace, "remote was asked for")
        filters.workArrangements = []
        filters.locations = ["London", "Remote (UK)"]
        #expect(!filters.remoteOnlyThroughPlace, "a remote place was asked for")
    }
}
