// `discover show`'s core: a posting found by id, prefix or PLATFORM:EXTERNAL_ID,
// with its sources and its fit against the acting user's profile.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel
@testable import JobHuntMatching

@Suite("Matching: one posting's details and fit")
struct PostingDetailsTests {
    @Test(
        "found by id, prefix and PLATFORM:EXTERNAL_ID, with skills covered, missing and to add",
        arguments: TestEngine.allCases)
    func details(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: MatchScorerTests.now)
        let me = try fixture.user()
        var profile = ProfileSpec()
        profile.summary = "Backend engineer who has shipped Java services for years."
        try profile.store(for: me, services: fixture.services)
        var spec = PostingSpec()
        spec.required = ["Java", "Kubernetes"]
        spec.preferred = ["PostgreSQL", "Kafka"]
        spec.externalID = "4012345"
        let db = try fixture.services.store.database()
        let id = try spec.insert(into: db)
        let service = MatchService.make(services: fixture.services)

        for reference in [
            id.uuidString, String(id.uuidString.lowercased().prefix(8)), PostingHandle.short(id), "greenhouse:4012345",
            "https://example.com/4012345",
        ] {
            #expect(try service.details(of: reference, for: me).posting.id == id, "\(reference)")
        }
        let details = try service.details(of: id.uuidString, for: me)
        #expect(details.posting.title == spec.title)
        #expect(details.posting.companyName == "Acme")
        #expect(details.sources.map(\.externalID) == ["4012345"])
        let fit = details.fit
        #expect(fit.requiredSkillsCovered == ["Java"])
        #expect(fit.requiredSkillsMissing == ["Kubernetes"])
        #expect(fit.preferredSkillsCovered == ["PostgreSQL"])
        #expect(fit.preferredSkillsMissing == ["Kafka"])
        #expect(fit.keywordsToAdd == ["PostgreSQL"], "Java is already in the summary")
        #expect(!fit.usesModel)
        #expect(fit.salaryFit == .meets)

        #expect(throws: JobHuntError.postingNotFound("nope:1")) { try service.details(of: "nope:1", for: me) }
        #expect(throws: JobHuntError.self) { try service.details(of: "zz", for: me) }
    }

    @Test("an id prefix shared by two postings is refused as ambiguous", arguments: TestEngine.allCases)
    func ambiguous(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: MatchScorerTests.now)
        let me = try fixture.user()
        let db = try fixture.services.store.database()
        for suffix in ["1", "2"] {
            try db.execute(
                """
                INSERT INTO job_postings (id, title, description, source_platform, source_url)
                VALUES (\(UUID(uuidString: "abcdabcd-0000-4000-8000-00000000000\(suffix)")!), 'Engineer', 'Build.', 'lever', \("https://example.com/\(suffix)"))
                """)
        }
        let service = MatchService.make(services: fixture.services)
        #expect(throws: JobHuntError.postingAmbiguous("abcdabcd", count: 2)) {
            try service.details(of: "abcdabcd", for: me)
        }
        // The handle (the random end) tells the two apart where the start cannot.
        #expect(try service.details(of: "00000002", for: me).posting.sourceURL == "https://example.com/2")
    }
}
