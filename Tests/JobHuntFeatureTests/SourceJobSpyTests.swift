// The JobSpy parser and its CSV reader: escaping, embedded newlines, per-site platforms.
import Foundation
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("JobSpy source")
struct SourceJobSpyTests {
    let context = SourceContext(token: "jobs.csv")

    func result() throws -> SourceParseResult {
        try SourceFixtures.parse("jobspy.csv", with: JobSpyParser(), context: context)
    }

    @Test("all ten rows load with their site as the source platform")
    func rows() throws {
        let result = try result()
        #expect(result.postings.count == 10)
        #expect(result.problems.isEmpty)
        #expect(
            Set(result.postings.map(\.sourcePlatform)) == [
                "glassdoor", "google", "indeed", "linkedin", "zip_recruiter",
            ])
        let sre = try #require(result.posting("gd-1009876543210"))
        #expect(sre.title == "Site Reliability Engineer")
        #expect(sre.companyName == "Corvid Cloud")
        #expect(sre.url == "https://www.glassdoor.com/job-listing/j?jl=1009876543210")
        #expect(sre.locations.isEmpty)
        #expect(sre.isRemote == true)
        #expect(sre.salary == RawSalary(minimum: 140000, maximum: 175000, currency: "USD", period: "yearly"))
        #expect(sre.postedAt == SourceFixtures.instant("2026-02-24"))
        #expect(sre.descriptionText?.hasPrefix("**About the team**\n\nKeep a multi\\-region") == true)
    }

    @Test("company columns, apply URL and hourly pay are copied as given")
    func columns() throws {
        let result = try result()
        let accountant = try #require(result.posting("in-8c1e5f0a2b7d4396"))
        #expect(accountant.applyURL == "https://ridgewayfoods.example/careers/senior-accountant")
        #expect(accountant.companyDomain == "ridgewayfoods.example")
        #expect(accountant.companyDescription == "Family-owned snack maker since 1964.")
        #expect(accountant.locations == ["Boise, ID, US"])
        #expect(accountant.isRemote == false)
        #expect(accountant.employmentType == "fulltime")
        let nurse = try #require(result.posting("gd-1009876543377"))
        #expect(nurse.salary == RawSalary(minimum: 42, maximum: 61, currency: "USD", period: "hourly"))
        let backend = try #require(result.posting("li-4123456789"))
        #expect(backend.applyURL == "https://job-boards.greenhouse.io/tessellate/jobs/4871203008")
        #expect(backend.companyName == "Tessellate Robotics")
        #expect(backend.locations == ["Austin, TX"])
    }

    @Test("the zr- row with no company and no salary loads, its quotes and backslashes intact")
    func malformedRow() throws {
        let rep = try #require(try result().posting("zr-Qp7Jd2Ws5Hn0Rt6Ye3Ua8Q"))
        #expect(rep.companyName == nil)
        #expect(rep.salary == nil)
        #expect(rep.isRemote == nil)
        let text = try #require(rep.descriptionText)
        #expect(text.hasPrefix(#"Answer "where is my order?" tickets for a C\+\+ tooling"#))
        #expect(text.contains(#"C:\\orders\\export"#))
    }

    @Test("a row with the wrong number of fields is reported and the others load")
    func shortRow() throws {
        let csv =
            "id,site,job_url,title\r\n\"a\",\"indeed\",\"https://x.example/a\",\"A\"\r\n\"b\",\"indeed\"\r\n"
            + "\"c\",\"indeed\",\"https://x.example/c\",\"C\"\r\n"
        let result = try JobSpyParser().parse(Data(csv.utf8), context: context)
        #expect(result.postings.map(\.externalID) == ["a", "c"])
        #expect(
            result.problems == [
                SourceRecordProblem(position: 2, recordID: "b", reason: "has 2 fields where the header has 4")
            ])
    }

    @Test("a file without the JobSpy header is a document error")
    func wrongHeader() {
        #expect(
            throws: JobHuntError.sourceUnreadable(
                source: "jobspy", reason: "expected a header with site, job_url columns")
        ) {
            try JobSpyParser().parse(Data("id,title\n1,x\n".utf8), context: context)
        }
    }

    @Test("the CSV reader handles quotes, doubled quotes, embedded newlines, CRLF and a BOM")
    func reader() throws {
        var reader = CSVReader(Data("\u{FEFF}a,\"b \"\"q\"\"\",\"line1\nline2\"\r\n,x,\r\nlast".utf8))
        #expect(try reader.next() == ["a", "b \"q\"", "line1\nline2"])
        #expect(try reader.next() == ["", "x", ""])
        #expect(try reader.next() == ["last"])
        #expect(try reader.next() == nil)
        var open = CSVReader(Data("\"never closed\n".utf8))
        #expect(throws: RecordError.self) { try open.next() }
    }
}
