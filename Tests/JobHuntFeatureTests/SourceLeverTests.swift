// The Lever parser against the postings fixture, including the malformed record #8.
import Foundation
import JobHuntDiscovery
import JobHuntKernel
import Testing

@Suite("Lever source")
struct SourceLeverTests {
    let context = SourceContext(token: "brightcanopy")

    func result() throws -> SourceParseResult {
        try SourceFixtures.parse("lever_postings.json", with: LeverParser(), context: context)
    }

    @Test("all nine postings load; the company defaults to the site token")
    func list() throws {
        let result = try result()
        #expect(result.postings.count == 9)
        #expect(result.problems.isEmpty)
        let ios = try #require(result.posting("a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601"))
        #expect(ios.title == "Senior iOS Engineer")
        #expect(ios.companyName == "brightcanopy")
        #expect(ios.url == "https://jobs.lever.co/brightcanopy/a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601")
        #expect(ios.applyURL == ios.url + "/apply")
        #expect(ios.workplace == "hybrid")
        #expect(ios.employmentType == "Full-time")
        #expect(ios.locations == ["San Francisco, CA"])
        #expect(ios.addresses == [RawAddress(country: "US")])
        #expect(ios.departments == ["Engineering", "Mobile"])
        #expect(ios.postedAt == Date(timeIntervalSince1970: 1_767_634_330.512))
        #expect(ios.salary == RawSalary(minimum: 170000, maximum: 210000, currency: "USD", period: "per-year-salary"))
    }

    @Test("a configured company name wins over the token")
    func configuredCompany() throws {
        let named = SourceContext(token: "brightcanopy", companyName: "Bright Canopy")
        let result = try SourceFixtures.parse("lever_postings.json", with: LeverParser(), context: named)
        #expect(result.postings.allSatisfy { $0.companyName == "Bright Canopy" })
    }

    @Test("the description is composed from description, lists, salary text and additional, in order")
    func description() throws {
        let ios = try #require(try result().posting("a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601"))
        let html = try #require(ios.descriptionHTML)
        let order = [
            "SwiftUI rewrite", "<h3>What you'll do</h3><ul><li>", "What you bring", "$170,000", "equal opportunity",
        ]
        let positions = order.compactMap { html.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
    }

    @Test("pay intervals, multi-location and entity-bearing lists are copied as given")
    func edges() throws {
        let result = try result()
        let lisbon = try #require(result.postings.first { $0.title.hasPrefix("Customer Support Specialist") })
        #expect(lisbon.salary == RawSalary(minimum: 1800, maximum: 2300, currency: "EUR", period: "per-month-salary"))
        #expect(lisbon.workplace == "onsite")
        let warehouse = try #require(result.postings.first { $0.title.hasPrefix("Warehouse Associate") })
        #expect(warehouse.salary?.period == "per-hour-wage")
        #expect(warehouse.employmentType == "Part-time")
        let analyst = try #require(result.postings.first { $0.title == "Data Analyst" })
        #expect(analyst.locations == ["New York, NY", "Chicago, IL", "Remote - US"])
        #expect(analyst.workplace == "unspecified")
        #expect(result.postings.first { $0.title == "Head of Partnerships" }?.salary == nil)
        let security = try #require(result.postings.first { $0.title == "Security Engineer" })
        #expect(security.descriptionHTML?.contains("€") == true)
    }

    @Test("the malformed posting #8 loads with its gaps left empty")
    func malformed() throws {
        let qa = try #require(try result().posting("a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f608"))
        #expect(qa.title == "  QA Engineer  ")
        #expect(qa.locations.isEmpty)
        #expect(qa.postedAt == nil)
        #expect(qa.workplace == nil)
        #expect(qa.descriptionHTML == nil)
        #expect(qa.departments == ["Quality"])
    }

    @Test("Lever's error object and a non-array document throw")
    func documentErrors() {
        #expect(
            throws: JobHuntError.sourceUnreadable(source: "lever", reason: "the API answered \"Document not found\"")
        ) {
            try LeverParser().parse(Data(#"{"ok":false,"error":"Document not found"}"#.utf8), context: context)
        }
        #expect(throws: JobHuntError.sourceUnreadable(source: "lever", reason: "expected a JSON array of postings")) {
            try LeverParser().parse(Data(#""hello""#.utf8), context: context)
        }
    }
}
