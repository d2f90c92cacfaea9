// Issue 19, seventh round: more of a saved search read as people mean it. Its
// work types are a floor of flexibility ("hybrid" also admits remote work open
// to the place), "City of London" finds London, and the levels a changer's
// search asks for, not their years, are what a posting's level is measured from.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel
@testable import JobHuntMatching
@testable import JobHuntProfiles

@Suite("Matching: a saved search's work types, areas and levels (issue 19)")
struct MatchSearchPreferenceTests {
    @Test("a stated work type admits the more flexible ones, never a less flexible one")
    func arrangementLadder() {
        #expect(ArrangementLadder(["onsite"]).admitted == [.onsite, .hybrid, .remote])
        #expect(ArrangementLadder(["hybrid"]).admitted == [.hybrid, .remote])
        #expect(ArrangementLadder(["remote"]).admitted == [.remote])
        #expect(ArrangementLadder(["remote", "hybrid"]).admitted == [.hybrid, .remote])
        #expect(ArrangementLadder([]).admitted.isEmpty)
    }

    @Test("a saved search's work types are a ladder; one-off flags are exact and win where they disagree")
    func savedAndOneOff() throws {
        let changes = SavedSearchChanges(lists: [.workType: ["hybrid"], .location: ["Denver, CO"]])
        let saved = try MatchFilters.saved(changes)
        #expect(saved.preferredArrangements == ["hybrid"] && saved.workArrangements.isEmpty)
        #expect(saved.arrangements == ["hybrid", "remote"])
        let oneOff = try MatchFilters(changes)
        #expect(oneOff.workArrangements == ["hybrid"] && oneOff.preferredArrangements.isEmpty)
        #expect(oneOff.arrangements == ["hybrid"])
        var onsiteNow = MatchFilters()
        onsiteNow.workArrangements = ["onsite"]
        #expect(saved.adding(onsiteNow).arrangements == ["onsite"], "the flag asks about now")
        var remoteNow = MatchFilters()
        remoteNow.workArrangements = ["remote"]
        #expect(saved.adding(remoteNow).arrangements == ["remote"], "the flag narrows the search")
    }

    /// Rows of ``MatchPreferenceTests/places`` a saved search admits: (locations, its work
    /// types, a one-off flag's work types, expected keys).
    static let expectations: [([String], [String], [String], Set<String>)] = [
        (
            ["Denver, CO"], ["hybrid"], [],
            ["denver-hybrid", "remote-us", "remote-austin", "remote-plain", "remote-worldwide", "remote-north-america"]
        ),
        (
            ["Denver, CO"], ["onsite"], [],
            [
                "denver-onsite", "denver-hybrid", "remote-us", "remote-austin", "remote-plain", "remote-worldwide",
                "remote-north-america",
            ]
        ),
        (["Denver, CO"], ["hybrid"], ["onsite"], ["denver-onsite"]),
        (
            [], ["hybrid"], [],
            [
                "denver-hybrid", "boulder-hybrid", "paris-hybrid", "toronto-hybrid", "remote-us", "remote-austin",
                "remote-plain", "remote-eu", "remote-worldwide", "remote-north-america", "remote-uk", "remote-de",
            ]
        ),
        (["City of London"], ["onsite"], [], ["london-onsite", "remote-uk", "remote-plain", "remote-worldwide"]),
        (["Greater London"], [], ["onsite"], ["london-onsite"]),
    ]

    @Test("work types and areas in SQL", arguments: TestEngine.allCases)
    func scope(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: MatchScorerTests.now)
        let db = try fixture.services.store.database()
        let keys = try MatchPreferenceTests.insertPlaces(into: db)
        for (locations, saved, flags, expected) in Self.expectations {
            var filters = MatchFilters()
            filters.locations = locations
            filters.preferredArrangements = saved
            filters.workArrangements = flags
            filters.placesAdmitRemote = true
            filters.homeCountry = "GB"
            let ids: [UUID] = try db.query("SELECT p.id FROM job_postings p WHERE \(sql: filters.scope.condition)")
                .map { try $0.get("id") }
            #expect(Set(ids.compactMap { keys[$0] }) == expected, "\(engine) \(locations) \(saved) \(flags)")
        }
    }

    @Test("a near miss passes the search's exclusions and the typed flags, never its preferences")
    func nearMisses() throws {
        let search = try MatchFilters.saved(
            SavedSearchChanges(
                lists: [
                    .location: ["Leeds"], .workType: ["hybrid"], .level: ["mid"], .keyword: ["nhs"],
                    .excludeCompany: ["Initech"], .excludeTitle: ["manager"], .excludeKeyword: ["unpaid"],
                    .title: ["Estimator"],
                ], minSalary: 30_000))
        var typed = MatchFilters()
        typed.workArrangements = ["onsite"]
        let near = search.nearMisses(oneOff: typed)
        #expect(near.excludedCompanies == ["Initech"] && near.excludedTitles == ["manager"])
        #expect(near.excludedKeywords == ["unpaid"] && near.titles == ["Estimator"])
        #expect(near.workArrangements == ["onsite"], "what was typed now stays exact")
        #expect(near.locations.isEmpty && near.preferredArrangements.isEmpty && near.preferredLevels.isEmpty)
        #expect(near.minSalary == nil && near.keywords.isEmpty && !near.placesAdmitRemote)
    }

    @Test("the words around a city's name are dropped, never 'City' at its end")
    func areaWords() {
        #expect(PlaceAreaWords.core(of: "city of london") == "london")
        #expect(PlaceAreaWords.core(of: "greater manchester") == "manchester")
        #expect(PlaceAreaWords.core(of: "denver metro area") == "denver")
        #expect(PlaceAreaWords.core(of: "leeds city centre") == "leeds")
        #expect(PlaceAreaWords.core(of: "boston and surrounding areas") == "boston")
        #expect(PlaceAreaWords.core(of: "mexico city") == nil)
        #expect(PlaceAreaWords.core(of: "kansas city") == nil)
        #expect(PlaceAreaWords.core(of: "london") == nil)
        #expect(PlaceAreaWords.core(of: "greater") == nil, "nothing would be left")
    }

    func profile(title: String, years: Int, preferring arrangement: WorkType? = nil, wanted: [String] = [])
        -> MatchProfile
    {
        var profile = UserProfile(userID: UUID())
        profile.currentTitle = title
        profile.yearsExperience = years
        profile.locationCity = "Sheffield"
        profile.locationCountry = "GB"
        profile.preferredWorkType = arrangement
        return MatchProfile(profile: profile, skills: [], experiences: [], wantedLevels: wanted)
    }

    @Test("a search's levels that leave the person's own out are what a posting's level is measured from")
    func wantedLevels() {
        func seniority(_ profile: MatchProfile, _ level: String) -> Double {
            MatchScorer(profile: profile, salaryFloor: nil, now: MatchScorerTests.now).seniorityFit(level)
        }
        // Fourteen years as a carpenter read as senior; the search asks for junior or mid estimating.
        let changer = profile(title: "Carpenter", years: 14, wanted: ["entry", "mid"])
        #expect(changer.level == .senior)
        #expect(seniority(changer, "entry") == 1 && seniority(changer, "mid") == 1)
        #expect(seniority(changer, "senior") == MatchCalibration.seniorityStepUp)
        #expect(seniority(changer, "lead") == MatchCalibration.seniorityByDistance[2])
        // Without the search, the years decide.
        let unsearched = profile(title: "Carpenter", years: 14)
        #expect(seniority(unsearched, "entry") == MatchCalibration.seniorityByDistance[2])
        // A search that includes the person's own level keeps it: "mid or senior" for a senior
        // still ranks a senior post above a mid one.
        let senior = profile(title: "Estimator", years: 9, wanted: ["mid", "senior"])
        #expect(seniority(senior, "senior") == 1)
        #expect(seniority(senior, "mid") == MatchCalibration.seniorityByDistance[1])
    }

    @Test("a job more flexible than the one preferred is no mismatch for hybrid, but is for on-site")
    func flexibility() {
        var posting = PostingSpec()
        posting.city = "Sheffield"
        func location(_ profile: MatchProfile, _ arrangement: String) -> Double {
            posting.arrangement = arrangement
            let scorer = MatchScorer(profile: profile, salaryFloor: nil, now: MatchScorerTests.now)
            return scorer.evaluate(posting.stored, similarity: nil).components.location
        }
        let hybrid = profile(title: "Estimator", years: 3, preferring: .hybrid)
        #expect(location(hybrid, "remote") == 1)
        #expect(location(hybrid, "hybrid") == MatchCalibration.sameCity)
        #expect(location(hybrid, "onsite") == MatchCalibration.sameCity - MatchCalibration.arrangementMismatch)
        let onsite = profile(title: "Estimator", years: 3, preferring: .onsite)
        #expect(location(onsite, "onsite") == MatchCalibration.sameCity)
        #expect(location(onsite, "hybrid") == MatchCalibration.sameCity - MatchCalibration.arrangementMismatch)
        #expect(location(onsite, "remote") == 1 - MatchCalibration.arrangementMismatch)
    }
}
