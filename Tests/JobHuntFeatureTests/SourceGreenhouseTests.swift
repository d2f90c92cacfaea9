// The Greenhouse parser against the board list and single-job fixtures.
import Foundation
import JobHuntDiscovery
import JobHuntKernel
import Testing

@Suite("Greenhouse source")
struct SourceGreenhouseTests {
    let context = SourceContext(token: "tessellate")

    @Test("the board list loads all nine jobs with ids, urls, company and dates")
    func list() throws {
        let result = try SourceFixtures.parse("greenhouse_jobs.json", with: GreenhouseParser(), context: context)
        #expect(result.postings.count == 9)
        #expect(result.problems.isEmpty)
        let first = try #require(result.posting("4871203008"))
        #expect(first.sourcePlatform == "greenhouse")
        #expect(first.title == "Senior Backend Engineer")
        #expect(first.companyName == "Tessellate Robotics")
        #expect(first.url == "https://job-boards.greenhouse.io/tessellate/jobs/4871203008")
        #expect(first.locations == ["Austin, TX"])
        #expect(first.salary == nil)
        #expect(first.postedAt == SourceFixtures.instant("2026-01-12T15:04:11Z"))
        let prospect = try #require(result.posting("4871299008"))
        #expect(prospect.locations == ["Austin, TX; Remote - US"])
        #expect(prospect.departments == ["No Department"])
    }

    @Test("content is un-escaped exactly once, so the HTML's own entities survive")
    func contentEscapedOnce() throws {
        let result = try SourceFixtures.parse("greenhouse_jobs.json", with: GreenhouseParser(), context: context)
        let html = try #require(result.posting("4871203008")?.descriptionHTML)
        #expect(html.hasPrefix("<div class=\"content-intro\"><p>"))
        #expect(html.contains("&nbsp;"))
        #expect(!html.contains("&lt;"))
        let text = HTMLText.text(fromHTML: html)
        #expect(text.contains("warehouses & cold-storage"))
        #expect(!text.contains("&nbsp;") && !text.contains("&amp;"))
    }

    @Test("metadata gives the workplace type and the currency_range salary as given")
    func metadata() throws {
        let result = try SourceFixtures.parse("greenhouse_jobs.json", with: GreenhouseParser(), context: context)
        let staff = try #require(result.posting("4871204008"))
        #expect(staff.workplace == "Remote")
        #expect(staff.salary == RawSalary(minimum: 185000, maximum: 225000, currency: "USD"))
        #expect(result.posting("4871203008")?.workplace == nil)
    }

    @Test("unicode, application deadline and custom-domain urls are kept")
    func edges() throws {
        let result = try SourceFixtures.parse("greenhouse_jobs.json", with: GreenhouseParser(), context: context)
        let swiss = try #require(result.posting("4871206008"))
        #expect(swiss.title == "Ingénieur·e Logiciel Embarqué (C++/Rust)")
        #expect(swiss.locations == ["Zürich, Switzerland"])
        #expect(swiss.descriptionHTML?.contains("🇨🇭") == true)
        let technician = try #require(result.posting("4871209008"))
        #expect(technician.expiresAt == SourceFixtures.instant("2026-01-31"))
        #expect(technician.url.hasSuffix("?gh_jid=4871209008"))
    }

    @Test("the single-job endpoint reads pay_input_ranges in cents as whole units")
    func single() throws {
        let result = try SourceFixtures.parse("greenhouse_job.json", with: GreenhouseParser(), context: context)
        let job = try #require(result.postings.first)
        #expect(result.postings.count == 1)
        #expect(job.externalID == "4871205008")
        #expect(job.salary == RawSalary(minimum: 160000, maximum: 200000, currency: "USD"))
        #expect(job.workplace == "Hybrid")
        #expect(job.departments == ["Perception & ML"])
    }

    @Test("a job without a title is reported and the others load")
    func malformedRecord() throws {
        let json =
            #"{"jobs": [{"id": 1, "absolute_url": "https://x.example/1", "title": "A"},"#
            + #" {"id": 2, "absolute_url": "https://x.example/2"}, 7]}"#
        let result = try GreenhouseParser().parse(Data(json.utf8), context: context)
        #expect(result.postings.map(\.externalID) == ["1"])
        #expect(
            result.problems == [
                SourceRecordProblem(position: 2, recordID: "2", reason: "no \"title\""),
                SourceRecordProblem(position: 3, reason: "not a JSON object"),
            ])
    }

    @Test("a document of the wrong shape throws a clear error")
    func documentErrors() {
        #expect(throws: JobHuntError.sourceUnreadable(source: "greenhouse", reason: "expected an object with \"jobs\""))
        {
            try GreenhouseParser().parse(Data("[1, 2]".utf8), context: context)
        }
        let error = #expect(throws: JobHuntError.self) {
            try GreenhouseParser().parse(Data("<html>".utf8), context: context)
        }
        #expect(error?.errorDescription?.hasPrefix("greenhouse: not valid JSON") == true)
    }
}
