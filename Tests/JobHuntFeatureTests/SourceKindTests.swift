// Each `--source KIND` names the parser for its format.
import Foundation
import JobHuntDiscovery
import JobHuntKernel
import Testing

@Suite("Source kinds")
struct SourceKindTests {
    @Test(
        "every kind parses its own fixture with the parser it names",
        arguments: [
            (SourceKind.greenhouse, "greenhouse_jobs.json", 9), (.lever, "lever_postings.json", 9),
            (.ashby, "ashby_jobs.json", 5), (.jsonld, "jobposting_page.html", 2), (.rss, "remote_rss.xml", 5),
            (.remoteok, "remoteok_api.json", 3), (.jobspy, "jobspy.csv", 10), (.workday, "workday_jobs.json", 3),
            (.workable, "workable_account.json", 3), (.smartrecruiters, "smartrecruiters_postings.json", 3),
            (.recruitee, "recruitee_offers.json", 2), (.personio, "personio_positions.xml", 3),
            (.teamtailor, "teamtailor_jobs.json", 2), (.breezy, "breezy_positions.json", 3),
        ])
    func fixtures(kind: SourceKind, file: String, count: Int) throws {
        let context = SourceContext(token: "fixture", baseURL: URL(string: "https://careers.example/jobs/"))
        let result = try kind.parser.parse(SourceFixtures.data(file), context: context)
        #expect(result.postings.count == count)
        #expect(result.problems.isEmpty)
        #expect(SourceKind(rawValue: kind.rawValue) == kind)
    }

    @Test("a kind given another kind's document fails as a document, not record by record")
    func wrongFormat() throws {
        let data = try SourceFixtures.data("jobspy.csv")
        for kind in [SourceKind.greenhouse, .lever, .ashby, .remoteok, .rss, .jsonld] {
            #expect(throws: JobHuntError.self, "\(kind)") {
                try kind.parser.parse(data, context: SourceContext(token: "x"))
            }
        }
    }
}
