// `SavedSearchService` on both engines: round trip of every column, edit
// semantics (add, clear, rename), case-insensitive unique names, and isolation.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Saved searches")
struct SavedSearchServiceTests {
    static let full = SavedSearchChanges(
        lists: [
            .title: ["iOS Engineer", "Swift Developer"], .excludeTitle: ["Manager"], .company: ["Acme"],
            .excludeCompany: ["Initech"], .level: ["senior", "lead"], .workType: ["remote"],
            .employmentType: ["full-time"], .location: ["Berlin", "Remote EU"], .keyword: ["Swift"],
            .excludeKeyword: ["crypto"], .source: ["greenhouse:stripe", "rss:https://example.com/jobs.rss"],
        ], minSalary: 90_000, maxSalary: 150_000)

    @Test("add then show returns every column as stored", arguments: TestEngine.allCases)
    func roundTrip(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine)
        let ada = try fixture.user()
        let service = SavedSearchService(services: fixture.services)
        let added = try service.add(" Remote Swift ", Self.full, for: ada)
        #expect(added.searchName == "Remote Swift")
        #expect(added.isActive)
        let shown = try service.show("remote swift", for: ada)
        #expect(shown.id == added.id)
        #expect(shown.targetTitles == ["iOS Engineer", "Swift Developer"])
        #expect(shown.excludedTitles == ["Manager"])
        #expect(shown.targetCompanies == ["Acme"])
        #expect(shown.excludedCompanies == ["Initech"])
        #expect(shown.experienceLevels == ["senior", "lead"])
        #expect(shown.workArrangements == ["remote"])
        #expect(shown.employmentTypes == ["full-time"])
        #expect(shown.locations == ["Berlin", "Remote EU"])
        #expect(shown.keywords == ["Swift"])
        #expect(shown.excludedKeywords == ["crypto"])
        #expect(shown.sources == ["greenhouse:stripe", "rss:https://example.com/jobs.rss"])
        #expect((shown.minSalary, shown.maxSalary) == (90_000, 150_000))
        let db = try fixture.rawDatabase()
        #expect(
            try db.scalar("SELECT count(*) FROM job_search_preferences WHERE excluded_keywords IS NULL", as: Int.self)
                == 0)
        let empty = try service.add("empty", SavedSearchChanges(), for: ada)
        #expect(try service.show("EMPTY", for: ada) == empty)
        #expect(
            try db.scalar("SELECT count(*) FROM job_search_preferences WHERE sources IS NULL", as: Int.self) == 1,
            "an empty list is stored as NULL, as the seed leaves unset arrays")
    }

    @Test(
        "edit adds list values, --clear empties first, salaries replace, rename keeps the id",
        arguments: TestEngine.allCases)
    func edit(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine)
        let ada = try fixture.user()
        let service = SavedSearchService(services: fixture.services)
        let added = try service.add("swift", Self.full, for: ada)

        let more = try service.edit(
            "SWIFT", SavedSearchChanges(lists: [.title: ["Staff Engineer", "iOS Engineer"], .level: ["mid"]]), for: ada)
        #expect(more.targetTitles == ["iOS Engineer", "Swift Developer", "Staff Engineer"], "added once, in order")
        #expect(more.experienceLevels == ["senior", "lead", "mid"])

        let replaced = try service.edit(
            "swift",
            SavedSearchChanges(
                lists: [.source: ["lever:acme"]], maxSalary: 200_000, clear: [.source, .salaryMin, .keyword]),
            for: ada)
        #expect(replaced.sources == ["lever:acme"])
        #expect(replaced.keywords.isEmpty)
        #expect((replaced.minSalary, replaced.maxSalary) == (nil, 200_000))
        #expect(replaced.targetTitles.count == 3, "fields not named are kept")

        let renamed = try service.edit("swift", SavedSearchChanges(name: "Swift at Acme"), for: ada)
        #expect(renamed.id == added.id)
        #expect(try service.show("swift at acme", for: ada).sources == ["lever:acme"])
        #expect(throws: JobHuntError.savedSearchNotFound("swift")) { try service.show("swift", for: ada) }

        #expect(throws: JobHuntError.self) {
            try service.edit("swift at acme", SavedSearchChanges(minSalary: 300_000), for: ada)
        }
        #expect(try service.show("swift at acme", for: ada).minSalary == nil, "a rejected edit changes nothing")
        let nothing = #expect(throws: JobHuntError.self) {
            try service.edit("swift at acme", SavedSearchChanges(), for: ada)
        }
        #expect(nothing?.code == .savedSearchNothingToChange)
    }

    @Test("names are unique per user ignoring case, also on rename", arguments: TestEngine.allCases)
    func uniqueNames(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine)
        let ada = try fixture.user()
        let service = SavedSearchService(services: fixture.services)
        try service.add("Remote Swift", SavedSearchChanges(), for: ada)
        try service.add("Data", SavedSearchChanges(), for: ada)
        let duplicate = #expect(throws: JobHuntError.self) {
            try service.add("remote SWIFT", SavedSearchChanges(), for: ada)
        }
        #expect(duplicate?.code == .savedSearchDuplicateName)
        let rename = #expect(throws: JobHuntError.self) {
            try service.edit("data", SavedSearchChanges(name: "REMOTE swift"), for: ada)
        }
        #expect(rename?.code == .savedSearchDuplicateName)
        let recased = try service.edit("remote swift", SavedSearchChanges(name: "Remote swift"), for: ada)
        #expect(recased.searchName == "Remote swift", "renaming to another case of its own name is allowed")
        #expect(try service.list(for: ada).map(\.searchName) == ["Data", "Remote swift"])
    }

    @Test("enable, disable and remove", arguments: TestEngine.allCases)
    func lifecycle(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine)
        let ada = try fixture.user()
        let service = SavedSearchService(services: fixture.services)
        try service.add("s", SavedSearchChanges(), for: ada)
        #expect(try service.setActive("S", false, for: ada).isActive == false)
        #expect(try service.show("s", for: ada).isActive == false)
        #expect(try service.setActive("s", true, for: ada).isActive)
        #expect(try service.remove("s", for: ada).searchName == "s")
        #expect(try service.list(for: ada).isEmpty)
        #expect(throws: JobHuntError.savedSearchNotFound("s")) { try service.remove("s", for: ada) }
    }

    @Test("one user cannot see, edit, toggle or remove another's searches", arguments: TestEngine.allCases)
    func isolation(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine)
        let ada = try fixture.user("ada@example.com")
        let grace = try fixture.user("grace@example.com")
        let service = SavedSearchService(services: fixture.services)
        let adas = try service.add("swift", Self.full, for: ada)

        #expect(try service.list(for: grace).isEmpty)
        #expect(throws: JobHuntError.savedSearchNotFound("swift")) { try service.show("swift", for: grace) }
        #expect(throws: JobHuntError.savedSearchNotFound("swift")) {
            try service.edit("swift", SavedSearchChanges(minSalary: 1), for: grace)
        }
        #expect(throws: JobHuntError.savedSearchNotFound("swift")) { try service.setActive("swift", false, for: grace) }
        #expect(throws: JobHuntError.savedSearchNotFound("swift")) { try service.remove("swift", for: grace) }

        let graces = try service.add("SWIFT", SavedSearchChanges(lists: [.title: ["COBOL"]]), for: grace)
        #expect(graces.id != adas.id, "the same name is free for another person")
        #expect(try service.show("swift", for: ada) == adas)
        #expect(try service.show("swift", for: grace).targetTitles == ["COBOL"])
        try service.remove("swift", for: grace)
        #expect(try service.list(for: ada) == [adas])
    }

    @Test("JSON keys are the seed's job_search_preferences columns plus 011's sources; ids in lower case")
    func jsonKeys() throws {
        let fixture = try ProfileFixture(.sqlite)
        let ada = try fixture.user()
        let search = try SavedSearchService(services: fixture.services).add("swift", Self.full, for: ada)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let object = try #require(try JSONSerialization.jsonObject(with: try encoder.encode(search)) as? [String: Any])
        let seed = try SeedColumns.columns(of: "job_search_preferences")
        #expect(seed.count == 18)
        #expect(Set(object.keys) == Set(seed).union(["sources"]))
        #expect(object["id"] as? String == search.id.uuidString.lowercased())
        #expect(object["user_id"] as? String == ada.user.id.uuidString.lowercased())
        #expect(object["sources"] as? [String] == ["greenhouse:stripe", "rss:https://example.com/jobs.rss"])
    }
}
