// Issue 18 through the built binary: an older JobSpy export (no id column, an
// impossible date, pay in a sentence next to money that is not pay) loads with
// warnings, `discover show` says where the salary came from, and a job board's
// API response is refused by `profile import`.
import Foundation
import JobHuntTesting
import Testing

@Suite("real-world data, end to end")
struct RealDataEndToEndTests {
    static let csv = """
        site,job_url,title,company,location,date_posted,description
        "linkedin","https://www.linkedin.com/jobs/view/77","Research Engineer","Lanterna Labs","San Francisco, CA",\
        "2026-02-30","You'll have ~$15k/month of compute. The base salary range for this role is $180,000 - $220,000."
        "indeed","https://www.indeed.com/viewjob?jk=a3","Support Specialist","Kestrel Cloud","Paris, A8, FR",\
        "2026-11-28","We raised $300 million and are valued at $2.1 billion."

        """

    @Test("salary source and evidence in discover show; warnings for doubtful values; non-résumés refused")
    func realData() throws {
        let home = try TemporaryDirectory()
        let environment = ["HOME": home.path, "JOBHUNT_NOW": "2026-12-01T00:00:00Z"]
        let run = { (arguments: [String]) in try CommandRunner.run(arguments, environment: environment) }
        let export = home.file("old-export.csv")
        try Self.csv.write(to: export, atomically: true, encoding: .utf8)
        let discover = try run(["discover", "--source", "jobspy:" + export.path])
        #expect(discover.status == 0, "\(discover.stderr)")
        #expect(discover.stderr.contains("date_posted \"2026-02-30\" is not a real date"), "\(discover.stderr)")

        let listed = try ProfileEndToEnd.objects(try run(["discover", "list", "--json"]))
        let research = try #require(listed.first { $0["title"] as? String == "Research Engineer" })
        #expect(research["salary_min"] as? Int == 180_000)
        #expect(research["salary_source"] as? String == "text")
        let support = try #require(listed.first { $0["title"] as? String == "Support Specialist" })
        #expect(support["salary_min"] is NSNull, "a funding round is not pay")
        #expect(support["location_state"] as? String == "Île-de-France")
        let shown = try run(["discover", "show", try #require(research["id"] as? String)])
        #expect(shown.stdout.contains("180000–220000 USD (from the text)"), "\(shown.stdout)")
        #expect(shown.stdout.contains("salary evidence  The base salary range for this role is $180,000 - $220,000."))

        let notAResume = home.file("api.json")
        try #"{"jobs": [{"id": 1, "title": "Analyst"}], "meta": {"total": 1}}"#.write(
            to: notAResume, atomically: true, encoding: .utf8)
        let refused = try run(["profile", "import", notAResume.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("not a JSON Resume"), "\(refused.stderr)")
    }
}
