// Issue 19, section 4: preferences as people state them. Places that understand
// remote regions, combined with work types the way people mean them; level words;
// salary floors that hide no posting without pay; find's exclusions on both halves.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel
@testable import JobHuntMatching

@Suite("Matching: preferences as people state them")
struct MatchPreferenceTests {
    static let us = WorkRegions.region(named: "US")!
    static let eu = WorkRegions.region(named: "EU")!
    static let europe = WorkRegions.region(named: "Europe")!

    @Test("locations are read as places, remote regions, regions and anywhere")
    func parsing() {
        let cases: [(String, PlacePreference)] = [
            ("Denver, CO", .place(["denver", "co"], country: "US")),
            ("Île-de-France", .place(["île-de-france"], country: nil)),
            ("Germany", .place(["germany"], country: "DE")),
            ("Toronto, Ontario", .place(["toronto", "ontario"], country: "CA")),
            ("Remote", .remote(nil)),
            ("remote", .remote(nil)),
            ("Remote (US)", .remote(Self.us)),
            ("Remote - US only", .remote(Self.us)),
            ("remote-us", .remote(Self.us)),
            ("Remote, EU", .remote(Self.eu)),
            ("Remote in Europe", .remote(Self.europe)),
            ("Remote (Worldwide)", .remote(nil)),
            ("Remote, Denver, CO", .remote(Self.us)),
            ("Anywhere", .anywhere),
            ("worldwide", .anywhere),
            ("anywhere in the world", .anywhere),
            ("anywhere in Europe", .region(Self.europe)),
            ("Anywhere in the US", .region(Self.us)),
            ("EMEA", .region(WorkRegions.region(named: "emea")!)),
            ("LATAM", .region(WorkRegions.region(named: "Latin America")!)),
        ]
        for (text, expected) in cases {
            #expect(PlacePreference(text) == expected, "\(text)")
        }
    }

    @Test("regions hold their countries and overlap when they share one")
    func regions() throws {
        #expect(Self.eu.countries.contains("FR") && !Self.eu.countries.contains("GB"))
        #expect(Self.europe.countries.isSuperset(of: Self.eu.countries) && Self.europe.countries.contains("GB"))
        #expect(WorkRegions.region(named: "U.K.")?.countries == ["GB"])
        #expect(WorkRegions.region(named: "worldwide")?.isWorldwide == true)
        let apac = try #require(WorkRegions.region(named: "APAC"))
        #expect(apac.countries.isSuperset(of: ["JP", "AU", "SG", "IN"]))
        #expect(Set(WorkRegions.areas(openTo: Self.us)) == ["Worldwide", "North America", "Americas"])
        #expect(
            WorkRegions.areas(openTo: Self.eu).contains("EMEA") && !WorkRegions.areas(openTo: Self.eu).contains("LATAM")
        )
        #expect(WorkRegions.areas(openTo: WorkRegions.region(named: "UK")!).contains("Europe"))
        #expect(!WorkRegions.areas(openTo: WorkRegions.region(named: "UK")!).contains("EU"))
    }

    @Test("level words read as the level people mean; unknown words are not levels")
    func levelWords() throws {
        let cases: [(String, ExperienceLevel?)] = [
            ("senior", .senior), ("Senior", .senior), ("staff", .lead), ("Principal", .lead), ("junior", .entry),
            ("Entry-level", .entry), ("mid-level", .mid), ("intermediate", .mid), ("sr", .senior),
            ("VP", .executive), ("C-suite", .executive), ("SVP", .executive), ("lead", .lead), ("guru", nil),
            ("level", nil), ("head of", .lead), ("Head-of", .lead), ("supervisor", .lead), ("team leader", .lead),
            ("APS 6", .mid), ("aps3", .entry), ("EL1", .senior), ("EL 2", .lead), ("SES", .executive),
            ("HEO", .mid), ("Grade 7", .senior), ("G6", .lead), ("GS-12", .senior), ("GS 9", .mid),
            ("GS-16", nil), ("APS 7", nil), ("Grade 3", nil),
        ]
        for (word, level) in cases { #expect(LevelWords.level(for: word) == level, "\(word)") }
        #expect(LevelWords.isSynonym("staff") && LevelWords.isSynonym("APS 6") && !LevelWords.isSynonym("senior"))
        var search = SavedSearch.empty(named: "x")
        try SavedSearchService.apply(
            SavedSearchChanges(lists: [.level: ["senior", "staff", "Principal", "sr"]]), to: &search)
        #expect(search.experienceLevels == ["senior", "lead"], "stored as levels, each once")
        #expect(throws: JobHuntError.self) {
            try SavedSearchService.apply(SavedSearchChanges(lists: [.level: ["guru"]]), to: &search)
        }
    }

    /// Postings by key: (arrangement, city, state, country, area).
    static let places: [(String, String, String?, String?, String?, String?)] = [
        ("denver-onsite", "onsite", "Denver", "CO", "US", nil),
        ("denver-hybrid", "hybrid", "Denver", "CO", "US", nil),
        ("boulder-hybrid", "hybrid", "Boulder", "CO", "US", nil),
        ("remote-us", "remote", nil, nil, "US", nil),
        ("remote-austin", "remote", "Austin", "TX", "US", nil),
        ("remote-plain", "remote", nil, nil, nil, nil),
        ("remote-eu", "remote", nil, nil, nil, "EU"),
        ("remote-worldwide", "remote", nil, nil, nil, "Worldwide"),
        ("remote-north-america", "remote", nil, nil, nil, "North America"),
        ("remote-uk", "remote", nil, nil, "GB", nil),
        ("remote-de", "remote", "Berlin", nil, "DE", nil),
        ("paris-hybrid", "hybrid", "Paris", "Île-de-France", "FR", nil),
        ("london-onsite", "onsite", "London", nil, "GB", nil),
        ("toronto-hybrid", "hybrid", "Toronto", "ON", "CA", nil),
        ("bogota-onsite", "onsite", "Bogotá", nil, "CO", nil),
    ]

    /// Which postings each preference admits (location values, work types).
    static let expectations: [([String], [String], Set<String>)] = [
        (
            ["Denver, CO", "Remote (US)"], ["remote", "hybrid"],
            ["denver-hybrid", "remote-us", "remote-austin", "remote-plain", "remote-worldwide", "remote-north-america"]
        ),
        (["Denver, CO"], [], ["denver-onsite", "denver-hybrid"]),
        (
            ["Denver, CO"], ["remote"],
            ["remote-us", "remote-austin", "remote-plain", "remote-worldwide", "remote-north-america"]
        ),
        (
            ["Remote (US)"], ["onsite"],
            ["remote-us", "remote-austin", "remote-plain", "remote-worldwide", "remote-north-america"]
        ),
        (["Remote, EU"], [], ["remote-eu", "remote-de", "remote-plain", "remote-worldwide"]),
        (["Remote (UK)"], [], ["remote-uk", "remote-plain", "remote-worldwide"]),
        (
            ["Remote"], [],
            [
                "remote-us", "remote-austin", "remote-plain", "remote-eu", "remote-worldwide", "remote-north-america",
                "remote-uk", "remote-de",
            ]
        ),
        (
            ["anywhere in Europe"], [],
            [
                "remote-eu", "remote-de", "remote-uk", "remote-plain", "remote-worldwide", "paris-hybrid",
                "london-onsite",
            ]
        ),
        (["anywhere in Europe"], ["hybrid", "onsite"], ["paris-hybrid", "london-onsite"]),
        (["Anywhere"], ["hybrid"], ["denver-hybrid", "boulder-hybrid", "paris-hybrid", "toronto-hybrid"]),
        (["Île-de-France"], [], ["paris-hybrid"]),
        (["ile-de-france"], [], ["paris-hybrid"]),
        (["ILE-DE-FRANCE"], [], ["paris-hybrid"]),
        (["Colorado"], [], ["denver-onsite", "denver-hybrid", "boulder-hybrid"]),
        (["CO"], [], ["denver-onsite", "denver-hybrid", "boulder-hybrid"]),
        (["Colombia"], [], ["bogota-onsite"]),
        (
            ["Toronto, ON", "Remote, Canada"], [],
            ["toronto-hybrid", "remote-plain", "remote-worldwide", "remote-north-america"]
        ),
    ]

    @Test("places and work types combine as people mean them, on both engines", arguments: TestEngine.allCases)
    func combination(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: MatchScorerTests.now)
        let db = try fixture.services.store.database()
        let ids = try Self.insertPlaces(into: db)
        for (locations, workTypes, expected) in Self.expectations {
            var filters = MatchFilters()
            filters.locations = locations
            filters.workArrangements = workTypes
            let found: [UUID] = try db.query("SELECT p.id FROM job_postings p WHERE \(sql: filters.scope.condition)")
                .map { try $0.get("id") }
            #expect(Set(found.compactMap { ids[$0] }) == expected, "\(engine) \(locations) \(workTypes)")
        }
    }

    @Test("a bare code that is a country and a state has one reading, from the profile's country")
    func ambiguousCode() {
        #expect(PlacePreference("CO") == .place(["colorado"], country: "US"))
        #expect(PlacePreference("CO", homeCountry: "US") == .place(["colorado"], country: "US"))
        #expect(PlacePreference("CO", homeCountry: "DE") == .place(["colombia"], country: "CO"))
        #expect(PlacePreference("de", homeCountry: "DE") == .place(["germany"], country: "DE"))
        #expect(PlacePreference("CA", homeCountry: "CA") == .place(["canada"], country: "CA"))
        #expect(PlacePreference("NL", homeCountry: "CA") == .place(["newfoundland and labrador"], country: "CA"))
        #expect(PlacePreference("TX", homeCountry: "DE") == .place(["tx"], country: "US"), "only a state")
        #expect(PlacePreference("FR", homeCountry: "US") == .place(["fr"], country: "FR"), "only a country")
    }

    @Test("the places a bare code admits and the remote work it admits agree", arguments: TestEngine.allCases)
    func ambiguousCodeScope(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: MatchScorerTests.now)
        let db = try fixture.services.store.database()
        let ids = try Self.insertPlaces(into: db)
        let cases: [(String?, [String], Set<String>)] = [
            (nil, [], ["denver-onsite", "denver-hybrid", "boulder-hybrid"]),
            ("US", [], ["denver-onsite", "denver-hybrid", "boulder-hybrid"]),
            ("DE", [], ["bogota-onsite"]),
            (
                "US", ["remote", "onsite"],
                [
                    "denver-onsite", "remote-us", "remote-austin", "remote-plain", "remote-worldwide",
                    "remote-north-america",
                ]
            ),
            ("DE", ["remote", "onsite"], ["bogota-onsite", "remote-plain", "remote-worldwide"]),
        ]
        for (home, workTypes, expected) in cases {
            var filters = MatchFilters()
            filters.locations = ["CO"]
            filters.workArrangements = workTypes
            filters.homeCountry = home
            let found: [UUID] = try db.query("SELECT p.id FROM job_postings p WHERE \(sql: filters.scope.condition)")
                .map { try $0.get("id") }
            #expect(Set(found.compactMap { ids[$0] }) == expected, "\(engine) \(home ?? "no country") \(workTypes)")
        }
    }

    /// Inserts ``places``; their ids by key.
    static func insertPlaces(into db: Database) throws -> [UUID: String] {
        var ids: [UUID: String] = [:]
        for (key, arrangement, city, state, country, area) in Self.places {
            var spec = PostingSpec()
            spec.externalID = key
            spec.arrangement = arrangement
            spec.city = city
            spec.country = country
            let id = try spec.insert(into: db)
            try db.execute(
                "UPDATE job_postings SET location_state = \(state), location_area = \(area) WHERE id = \(id)")
            ids[id] = key
        }
        return ids
    }

    @Test("a remote posting open to an area scores as elsewhere for someone outside it")
    func remoteArea() {
        // The profile lives in Britain (ProfileSpec).
        var posting = PostingSpec()
        posting.arrangement = "remote"
        posting.city = nil
        posting.country = nil
        var stored = posting.stored
        let fits: [(String?, LocationFit)] = [
            (nil, .remote), ("Worldwide", .remote), ("Europe", .remote), ("EMEA", .remote), ("EU", .remoteElsewhere),
            ("North America", .remoteElsewhere), ("LATAM", .remoteElsewhere),
        ]
        let scorer = MatchScorer(profile: ProfileSpec().matchProfile(), salaryFloor: nil, now: MatchScorerTests.now)
        for (area, fit) in fits {
            stored.locationArea = area
            #expect(scorer.evaluate(stored, similarity: nil).locationFit == fit, "\(area ?? "none")")
        }
    }

    @Test("a posting without pay passes a floor and ranks below one that meets it", arguments: TestEngine.allCases)
    func salaryFloor(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: MatchScorerTests.now)
        let me = try fixture.user()
        try ProfileSpec().store(for: me, services: fixture.services)
        let db = try fixture.services.store.database()
        var paid = PostingSpec()
        paid.salaryMin = 180_000
        paid.salaryMax = 200_000
        var unpaid = paid
        unpaid.salaryMin = nil
        unpaid.salaryMax = nil
        unpaid.externalID = "unpaid"
        var under = paid
        under.salaryMin = 90_000
        under.salaryMax = 120_000
        under.externalID = "under"
        let paidID = try paid.insert(into: db)
        let unpaidID = try unpaid.insert(into: db)
        try under.insert(into: db)
        var filters = MatchFilters()
        filters.minSalary = 170_000
        let matches = try MatchService.make(services: fixture.services).match(MatchRequest(filters: filters), for: me)
        #expect(matches.map(\.id) == [paidID, unpaidID], "\(engine): \(matches.map(\.salaryFit))")
        #expect(matches.map(\.salaryFit) == [.meets, .unknown])
        #expect(matches[0].score > matches[1].score)
    }

    @Test(
        "find's exclusions hold for postings found by meaning, and a level's name excludes that level",
        arguments: TestEngine.allCases)
    func findExclusions(engine: TestEngine) throws {
        let fixture = try FindFixture(engine)
        let finder = fixture.finder()
        #expect(fixture.keys(try finder.find("iphone")).contains("ios"), "found by both halves without -senior")
        let excluded = fixture.keys(try finder.find("iphone -senior"))
        #expect(!excluded.contains("ios"), "its title says Senior: \(excluded)")
        #expect(Set(excluded) == ["mobile", "server"], "\(engine): meaning-only hits stay")
        let db = try fixture.services.store.database()
        try db.execute("UPDATE job_postings SET experience_level = 'senior' WHERE external_id = 'server'")
        #expect(fixture.keys(try finder.find("iphone -senior")) == ["mobile"], "filed as senior, never says so")
        #expect(Set(fixture.keys(try finder.find("iphone -intern"))) == ["ios", "mobile", "server"])
    }

    @Test(
        "find --location reads remote regions as match does; other text is part of a place",
        arguments: TestEngine.allCases)
    func findRegions(engine: TestEngine) throws {
        let fixture = try FindFixture(engine)
        let finder = fixture.finder(embedder: nil)
        // Remote: ios (Berlin, DE), ml (Paris, FR), intern (London, GB).
        #expect(
            Set(fixture.keys(try finder.find("python swift", options: FindOptions(location: "Remote, EU")))) == [
                "ios", "ml",
            ])
        #expect(
            fixture.keys(try finder.find("python swift", options: FindOptions(location: "Remote (UK)"))) == ["intern"])
        #expect(
            Set(fixture.keys(try finder.find("python swift", options: FindOptions(location: "anywhere in Europe"))))
                == ["ios", "ml", "intern", "server"])
        #expect(
            Set(fixture.keys(try finder.find("swift", options: FindOptions(location: "erlin")))) == ["ios", "server"])
    }
}
