// Every query is the acting user's: another user's application is "not
// found" by id and by handle, and never listed, shown, changed or removed.
import Foundation
import JobHuntApplications
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Application isolation and handles")
struct ApplicationIsolationTests {
    @Test("another user's application is not found by any name, and stays as it was", arguments: TestEngine.allCases)
    func isolation(engine: TestEngine) throws {
        let fixture = try ApplicationFixture(engine)
        let ada = try fixture.user()
        let grace = try fixture.user()
        let service = fixture.applications
        let adas = try service.add(NewApplication(source: .acme(), status: .submitted), for: ada).application
        for reference in [adas.id.uuidString, adas.handle, String(adas.id.uuidString.prefix(13))] {
            let attempts: [() throws -> Void] = [
                { _ = try service.details(reference, for: grace) },
                { _ = try service.history(reference, for: grace) },
                { _ = try service.set(reference, StatusChange(status: .reviewing), for: grace) },
                { _ = try service.note(reference, "mine now", for: grace) },
                { _ = try service.remove(reference, for: grace) },
            ]
            for attempt in attempts {
                let error = try #require(throws: JobHuntError.self) { try attempt() }
                #expect(error.code == .applicationNotFound, "\(reference)")
                #expect(error.problem == "no application matches '\(reference)'")
            }
        }
        #expect(try service.list(for: grace).isEmpty)
        #expect(try service.summary(for: grace).total == 0)
        #expect(try service.due(for: grace).isEmpty)
        #expect(try service.details(adas.handle, for: ada).history.count == 1)
    }

    @Test(
        "a handle is a unique end or start of the id; an ambiguous one lists the candidates",
        arguments: TestEngine.allCases)
    func handles(engine: TestEngine) throws {
        let fixture = try ApplicationFixture(engine)
        let me = try fixture.user()
        let first = try fixture.applications.add(NewApplication(source: .acme("First")), for: me).application
        let second = try fixture.applications.add(NewApplication(source: .acme("Second")), for: me).application
        #expect(try fixture.applications.application(first.handle.uppercased(), for: me).id == first.id)
        #expect(try fixture.applications.application(String(second.handle.suffix(5)), for: me).id == second.id)
        // Both were made in the same millisecond range: their ids start alike.
        let prefix = String(first.id.uuidString.lowercased().prefix(4))
        let error = try #require(throws: JobHuntError.self) {
            try fixture.applications.application(prefix, for: me)
        }
        #expect(error.code == .applicationAmbiguous)
        #expect(error.problem.hasPrefix("'\(prefix)' matches 2 applications: "))
        #expect(error.problem.contains("\(first.handle) (First at Acme)"))
        #expect(error.problem.contains("\(second.handle) (Second at Acme)"))
        for bad in ["abc", "not-an-id", ""] {
            let error = try #require(throws: JobHuntError.self) { try fixture.applications.application(bad, for: me) }
            #expect(error.code == .applicationNotFound)
        }
    }
}
