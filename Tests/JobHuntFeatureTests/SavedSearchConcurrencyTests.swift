// Several processes' worth of connections adding the same saved-search name at
// once: exactly one wins on each engine, the others get duplicateName.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Saved search names under concurrency")
struct SavedSearchConcurrencyTests {
    @Test("six connections add 'Remote Swift' in different cases: one row", arguments: TestEngine.allCases)
    func oneWinner(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine)
        let ada = try fixture.user()
        _ = try fixture.services.store.database()  // the SQLite default migrates itself before the race
        let names = ["Remote Swift", "remote swift", "REMOTE SWIFT", "Remote swift", "remote Swift", "rEMOTE sWIFT"]
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: names.count) { index in
            // One Services (so one connection) each, as separate jobhunt processes would have.
            let services = Services(configuration: fixture.services.configuration)
            do {
                try SavedSearchService(services: services).add(names[index], SavedSearchChanges(), for: ada)
                outcomes.record("added")
            } catch let error as JobHuntError {
                outcomes.record(error.code == .savedSearchDuplicateName ? "duplicateName" : "\(error.code)")
            } catch {
                outcomes.record("\(error)")
            }
        }
        #expect(outcomes.sorted == ["added"] + Array(repeating: "duplicateName", count: names.count - 1))
        #expect(try SavedSearchService(services: fixture.services).list(for: ada).count == 1)
    }

    @Test("on PostgreSQL an add waits for another writer of the same user, then sees its name")
    func waitsForOtherWriter() throws {
        let fixture = try ProfileFixture(.postgres)
        let ada = try fixture.user()
        let other = try fixture.rawDatabase()
        let observer = try fixture.rawDatabase()
        defer {
            other.close()
            observer.close()
        }
        let outcome = Outcomes()
        let done = DispatchGroup()
        try other.transaction { db in
            // Another jobhunt holds Ada's lock and has inserted, not yet committed, the same name.
            _ = try db.query("SELECT id FROM users WHERE id = \(ada.user.id) FOR UPDATE")
            try db.execute(
                "INSERT INTO job_search_preferences (user_id, search_name) VALUES (\(ada.user.id), 'Remote Swift')")
            DispatchQueue.global().async(group: done) {
                do {
                    try SavedSearchService(services: fixture.services).add(
                        "remote swift", SavedSearchChanges(), for: ada)
                    outcome.record("added")
                } catch let error as JobHuntError {
                    outcome.record(error.code == .savedSearchDuplicateName ? "duplicateName" : "\(error.code)")
                } catch {
                    outcome.record("\(error)")
                }
            }
            // Commit only once the add is blocked on the lock (a state the server reports; no time is asserted).
            #expect(try LockWait.sessions(blockedBy: db, observer: observer) == 1, "the add never waited on the lock")
        }
        done.wait()
        #expect(
            outcome.sorted == ["duplicateName"], "without the lock the add reads before the commit and inserts a twin")
        #expect(try SavedSearchService(services: fixture.services).list(for: ada).count == 1)

    }
}

/// Results collected from several threads.
final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func record(_ item: String) { lock.withLock { items.append(item) } }
    var sorted: [String] { lock.withLock { items.sorted() } }
}
