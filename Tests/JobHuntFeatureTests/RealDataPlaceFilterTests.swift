// Issue 18: `--location 'Île-de-France'` (or `Ile`) must find what `de-France`
// finds: place filters ignore case and accents, the same way on both engines.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel
@testable import JobHuntMatching

@Suite("Real data: place filters ignore case and accents")
struct RealDataPlaceFilterTests {
    @Test("SQL folding equals Swift folding", arguments: TestEngine.allCases)
    func foldingAgrees(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine)
        let db = try fixture.services.store.database()
        for text in ["ÎLE-DE-FRANCE", "Île-de-France", "München", "Gdańsk", "SÃO PAULO", "Zürich", "Kraków"] {
            let literal = "'" + text + "'"  // constants of this test, not input
            let folded: String? = try db.scalar("SELECT \(sql: PlaceFolding.sql(literal))")
            #expect(folded == PlaceFolding.fold(text), "\(engine): \(text)")
        }
        #expect(PlaceFolding.fold("Île-de-France") == "ile-de-france")
    }

    @Test("match --location finds a city whatever its case and accents", arguments: TestEngine.allCases)
    func matchLocation(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: MatchScorerTests.now)
        let me = try fixture.user()
        let db = try fixture.services.store.database()
        var spec = PostingSpec()
        spec.city = "Montréal"
        spec.country = "CA"
        let id = try spec.insert(into: db)
        let service = MatchService.make(services: fixture.services)
        for location in ["Montréal", "montreal", "MONTRÉAL", "Montreal, Canada"] {
            var filters = MatchFilters()
            filters.locations = [location]
            #expect(try service.match(MatchRequest(filters: filters), for: me).map(\.id) == [id], "\(location)")
        }
    }

    @Test("find --location matches part of a place without accents", arguments: TestEngine.allCases)
    func findLocation(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: MatchScorerTests.now)
        let db = try fixture.services.store.database()
        var spec = PostingSpec()
        spec.city = "Montréal"
        spec.country = "CA"
        let id = try spec.insert(into: db)
        for location in ["Ontré", "ontre", "MONTREAL"] {
            let scope = FindOptions(location: location).scope
            let ids: [UUID] = try db.query("SELECT p.id FROM job_postings p WHERE \(sql: scope.condition)")
                .map { try $0.get("id") }
            #expect(ids == [id], "\(engine): \(location)")
        }
    }
}
