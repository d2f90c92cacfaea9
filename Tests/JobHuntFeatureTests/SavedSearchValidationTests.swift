// The checks a saved search passes before it is stored, as a table: each bad
// input is rejected naming its field, on both engines, and nothing is written.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Saved search validation")
struct SavedSearchValidationTests {
    /// (case, name, changes, field named, words in the problem)
    static let cases: [(String, String, SavedSearchChanges, String, String)] = [
        ("empty name", "  ", SavedSearchChanges(), "name", "needs a name"),
        ("101-character name", String(repeating: "n", count: 101), SavedSearchChanges(), "name", "101 characters"),
        ("negative minimum", "s", SavedSearchChanges(minSalary: -1), "salary-min", "out of range"),
        (
            "maximum beyond INTEGER", "s", SavedSearchChanges(maxSalary: Int(Int32.max) + 1), "salary-max",
            "out of range"
        ),
        (
            "minimum above maximum", "s", SavedSearchChanges(minSalary: 200, maxSalary: 100), "salary-min",
            "above the maximum"
        ),
        // "junior" and "Senior" are level words people use (LevelWords): stored as entry and senior.
        ("unknown level", "s", SavedSearchChanges(lists: [.level: ["guru"]]), "level", "'guru' is not one of"),
        ("unknown work type", "s", SavedSearchChanges(lists: [.workType: ["office"]]), "work-type", "'office'"),
        (
            "unknown employment type", "s", SavedSearchChanges(lists: [.employmentType: ["fulltime"]]),
            "employment-type", "'fulltime'"
        ),
        ("empty title", "s", SavedSearchChanges(lists: [.title: [" "]]), "title", "cannot be empty"),
        (
            "source without colon", "s", SavedSearchChanges(lists: [.source: ["greenhouse"]]), "source",
            "is not KIND:ARG"
        ),
        (
            "unknown source kind", "s", SavedSearchChanges(lists: [.source: ["linkedin:acme"]]), "source",
            "'linkedin' is not a source kind"
        ),
        (
            "source without argument", "s", SavedSearchChanges(lists: [.source: ["lever: "]]), "source",
            "nothing after the colon"
        ),
    ]

    @Test("each invalid input is rejected naming its field", arguments: TestEngine.allCases)
    func rejected(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine)
        let ada = try fixture.user()
        let service = SavedSearchService(services: fixture.services)
        for (label, name, changes, field, words) in Self.cases {
            do {
                try service.add(name, changes, for: ada)
                Issue.record("\(engine): \(label) was accepted")
            } catch let error as JobHuntError {
                #expect(error.field == field, "\(engine): \(label)")
                #expect(error.problem.contains(words), "\(engine): \(label): \(error.problem)")
                #expect(error.recoverySuggestion?.isEmpty == false, "\(engine): \(label)")
            }
        }
        #expect(try service.list(for: ada).isEmpty, "a rejected search stores nothing")
    }

    @Test("boundary values are accepted", arguments: TestEngine.allCases)
    func accepted(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine)
        let ada = try fixture.user()
        let service = SavedSearchService(services: fixture.services)
        let all = SavedSearchChanges(
            lists: [
                .level: ExperienceLevel.allCases.map(\.rawValue), .workType: WorkArrangement.allCases.map(\.rawValue),
                .employmentType: EmploymentType.allCases.map(\.rawValue),
                .source: SourceKind.allCases.map { "\($0.rawValue):x" } + ["rss:https://example.com/a:b"],
            ], minSalary: 0, maxSalary: 0)
        let search = try service.add(String(repeating: "é", count: 100), all, for: ada)
        #expect(search.searchName.count == 100)
        #expect(search.experienceLevels == ["entry", "mid", "senior", "lead", "executive"])
        #expect(search.employmentTypes == ["full-time", "part-time", "contract", "internship"])
        #expect(search.sources.last == "rss:https://example.com/a:b", "only the first colon separates KIND")
        #expect(try service.show(search.searchName, for: ada) == search)
    }
}
