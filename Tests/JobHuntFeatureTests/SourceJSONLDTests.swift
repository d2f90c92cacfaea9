// The JSON-LD parser against the careers page: a standalone posting, an @graph, a non-job block.
import Foundation
import JobHuntDiscovery
import JobHuntKernel
import Testing

@Suite("JSON-LD source")
struct SourceJSONLDTests {
    let context = SourceContext(
        token: "harborfinch", baseURL: URL(string: "https://careers.harborfinch.example/jobs/"))

    func result() throws -> SourceParseResult {
        try SourceFixtures.parse("jobposting_page.html", with: JSONLDParser(), context: context)
    }

    @Test("two JobPostings load and the WebSite block is ignored")
    func count() throws {
        let result = try result()
        #expect(result.postings.map(\.title) == ["Routing Algorithms Engineer", "Warehouse Shift Lead – Night Shift"])
        #expect(result.problems.isEmpty)
    }

    @Test("the standalone posting: remote, single-value salary, organization domain and logo")
    func standalone() throws {
        let job = try #require(try result().posting("HF-2291"))
        #expect(job.sourcePlatform == "jsonld")
        #expect(job.url == "https://careers.harborfinch.example/jobs/")
        #expect(job.companyName == "Harbor & Finch Logistics")
        #expect(job.companyDomain == "harborfinch.example")
        #expect(job.companyLogoURL == "https://www.harborfinch.example/static/logo-512.png")
        #expect(job.workplace == "TELECOMMUTE")
        #expect(job.locations == ["USA"])
        #expect(job.addresses.isEmpty)
        #expect(job.employmentType == "FULL_TIME")
        #expect(job.salary == RawSalary(minimum: 135000, maximum: 135000, currency: "USD", period: "YEAR"))
        #expect(job.postedAt == SourceFixtures.instant("2026-02-02"))
        #expect(job.expiresAt == SourceFixtures.instant("2026-05-01T04:59:59Z"))
        #expect(job.descriptionHTML?.hasPrefix("<p>Harbor & Finch plans") == true)
    }

    @Test("the @graph posting resolves its organization by @id and decodes its escaped name")
    func graph() throws {
        let job = try #require(try result().posting("HF-2240"))
        #expect(job.url == "https://careers.harborfinch.example/jobs/warehouse-shift-lead-savannah/")
        #expect(job.companyName == "Harbor & Finch Logistics")
        #expect(job.companyDomain == "harborfinch.example")
        #expect(job.companyLogoURL == "https://www.harborfinch.example/static/logo-512.png")
        #expect(job.employmentType == "FULL_TIME,TEMPORARY")
        #expect(job.addresses == [RawAddress(city: "Savannah", region: "GA", country: "US")])
        #expect(job.workplace == nil)
        #expect(job.salary == nil)
        #expect(job.expiresAt == SourceFixtures.instant("2025-12-15T23:59:00-05:00"))
    }

    @Test("arrays of nodes, @type arrays and salary ranges; a broken block is reported, not fatal")
    func variants() throws {
        let page = """
            <script type="application/ld+json">[{"@type": ["JobPosting", "Thing"], "title": "A &amp; B",
              "url": "/jobs/a", "baseSalary": {"currency": "EUR", "value": {"minValue": 50000, "maxValue": 60000,
              "unitText": "YEAR"}}, "jobLocation": [{"address": {"addressLocality": "Berlin",
              "addressCountry": {"@type": "Country", "name": "DE"}}}, {"address": "Hamburg"}]}]</script>
            <SCRIPT TYPE="application/ld+json">{ not json</SCRIPT>
            """
        let result = try JSONLDParser().parse(Data(page.utf8), context: context)
        let job = try #require(result.postings.first)
        #expect(job.title == "A & B")
        #expect(job.url == "https://careers.harborfinch.example/jobs/a")
        #expect(job.salary == RawSalary(minimum: 50000, maximum: 60000, currency: "EUR", period: "YEAR"))
        #expect(job.addresses == [RawAddress(city: "Berlin", country: "DE")])
        #expect(job.locations == ["Hamburg"])
        #expect(result.problems == [SourceRecordProblem(position: 2, reason: "JSON-LD block is not valid JSON")])
    }

    @Test("a page without JSON-LD is a document error")
    func noBlocks() {
        #expect(
            throws: JobHuntError.sourceUnreadable(
                source: "jsonld", reason: "the page has no application/ld+json script")
        ) {
            try JSONLDParser().parse(Data("<html><body>Jobs</body></html>".utf8), context: context)
        }
    }
}
