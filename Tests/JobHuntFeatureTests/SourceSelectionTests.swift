// `SavedSearchService.sourceSpecs(for:user:)`: the one rule `discover` and a
// future worker share for what a run reads, including "nothing configured".
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Source selection: --source, --search and --all")
struct SourceSelectionTests {
    @Test("sources given directly need no user and come back once each, in order")
    func directSources() throws {
        let fixture = try ProfileFixture(.sqlite)
        let specs = try SavedSearchService(services: fixture.services).sourceSpecs(
            for: SourceSelection(sources: ["greenhouse:acme", "lever:initech", "greenhouse:acme"])
        ) {
            Issue.record("the user is read only for saved searches")
            throw CancellationError()
        }
        #expect(specs.map(\.description) == ["greenhouse:acme", "lever:initech"])
    }

    @Test("a named search adds its sources; every active search adds theirs, without repeats")
    func savedSearches() throws {
        let fixture = try ProfileFixture(.sqlite)
        let ada = try fixture.user()
        let service = SavedSearchService(services: fixture.services)
        _ = try service.add("swift", SavedSearchChanges(lists: [.source: ["greenhouse:acme"]]), for: ada)
        _ = try service.add("rust", SavedSearchChanges(lists: [.source: ["lever:initech"]]), for: ada)
        _ = try service.add("paused", SavedSearchChanges(lists: [.source: ["ashby:globex"]]), for: ada)
        _ = try service.setActive("paused", false, for: ada)
        let named = try service.sourceSpecs(for: SourceSelection(searchName: "swift")) { ada }
        #expect(named.map(\.description) == ["greenhouse:acme"])
        let all = try service.sourceSpecs(
            for: SourceSelection(sources: ["greenhouse:acme"], allActiveSearches: true)
        ) { ada }
        #expect(all.map(\.description).sorted() == ["greenhouse:acme", "lever:initech"])
    }

    @Test("from cron, nothing configured is an error, not an empty run")
    func nothingConfigured() throws {
        let fixture = try ProfileFixture(.sqlite)
        let ada = try fixture.user()
        let service = SavedSearchService(services: fixture.services)
        let none = #expect(throws: (any Error).self) {
            try service.sourceSpecs(for: SourceSelection(allActiveSearches: true)) { ada }
        }
        #expect(none?.localizedDescription == "--all found no active saved search")
        _ = try service.add("empty", SavedSearchChanges(), for: ada)
        let sourceless = #expect(throws: (any Error).self) {
            try service.sourceSpecs(for: SourceSelection(allActiveSearches: true)) { ada }
        }
        #expect(sourceless?.localizedDescription == "no active saved search has a source")
        let named = #expect(throws: (any Error).self) {
            try service.sourceSpecs(for: SourceSelection(searchName: "empty")) { ada }
        }
        #expect(named?.localizedDescription == "saved search 'empty' has no sources to read")
    }
}
