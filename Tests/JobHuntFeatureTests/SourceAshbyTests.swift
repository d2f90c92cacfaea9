// The Ashby parser against the job-board fixture: compensation components and workplace fields.
import Foundation
import JobHuntDiscovery
import JobHuntKernel
import Testing

@Suite("Ashby source")
struct SourceAshbyTests {
    let context = SourceContext(token: "lumenfold")

    func job(_ title: String) throws -> RawPosting {
        let result = try SourceFixtures.parse("ashby_jobs.json", with: AshbyParser(), context: context)
        return try #require(result.postings.first { $0.title == title })
    }

    @Test("all five jobs load with the token as company")
    func list() throws {
        let result = try SourceFixtures.parse("ashby_jobs.json", with: AshbyParser(), context: context)
        #expect(result.postings.count == 5)
        #expect(result.problems.isEmpty)
        let founding = try job("Founding Product Engineer")
        #expect(founding.externalID == "5c0e8b7a-91d2-4c3f-b8a6-0d1e2f3a4b01")
        #expect(founding.companyName == "lumenfold")
        #expect(founding.url == "https://jobs.ashbyhq.com/lumenfold/5c0e8b7a-91d2-4c3f-b8a6-0d1e2f3a4b01")
        #expect(founding.applyURL == founding.url + "/application")
        #expect(founding.workplace == "Hybrid")
        #expect(founding.isRemote == false)
        #expect(founding.employmentType == "FullTime")
        #expect(founding.locations == ["San Francisco, CA"])
        #expect(
            founding.addresses == [RawAddress(city: "San Francisco", region: "California", country: "United States")])
        #expect(founding.postedAt == SourceFixtures.instant("2026-01-14T19:02:33.117Z"))
        #expect(founding.descriptionHTML?.hasPrefix("<p><strong>Lumenfold</strong>") == true)
    }

    @Test("only the Salary component becomes the salary, with Ashby's interval")
    func salary() throws {
        #expect(
            try job("Founding Product Engineer").salary
                == RawSalary(minimum: 180000, maximum: 230000, currency: "USD", period: "1 YEAR"))
        #expect(
            try job("Office Manager").salary
                == RawSalary(minimum: 2800, maximum: 3400, currency: "EUR", period: "1 MONTH"))
        #expect(try job("Research Intern, Rendering").salary == nil)
        #expect(try job("Solutions Engineer").salary?.isWithheld == true)
        #expect(try job("Founding Product Engineer").salary?.isWithheld == false)
    }

    @Test("secondary locations, nulls and the unreliable isRemote are copied as given")
    func locations() throws {
        let advocate = try job("Developer Advocate")
        #expect(advocate.locations.count == 3)
        #expect(advocate.locations.suffix(2) == ["Toronto", "Remote (US)"])
        #expect(advocate.addresses.contains(RawAddress(city: "Toronto", region: "Ontario", country: "Canada")))
        let intern = try job("Research Intern, Rendering")
        #expect(intern.isRemote == nil)
        #expect(intern.workplace == nil)
        #expect(intern.addresses.isEmpty)
        let solutions = try job("Solutions Engineer")
        #expect(solutions.isRemote == true)
        #expect(solutions.workplace == "Hybrid")
        #expect(try job("Office Manager").employmentType == "PartTime")
    }

    @Test("a 404 text body is a document error")
    func documentError() {
        #expect(throws: JobHuntError.self) {
            try AshbyParser().parse(Data("Not Found".utf8), context: context)
        }
        #expect(throws: JobHuntError.sourceUnreadable(source: "ashby", reason: "expected an object with \"jobs\"")) {
            try AshbyParser().parse(Data(#"{"apiVersion": "1"}"#.utf8), context: context)
        }
    }
}
