// Hacker News "Who is hiring?": one posting per top-level comment, its first line sorted
// into company, title, place, workplace, pay and link by the normaliser's own readers.
import Foundation
import JobHuntDiscovery
import JobHuntKernel
import Testing

@Suite("Hacker News source")
struct SourceHackerNewsTests {
    let normaliser = PostingNormaliser(now: SourceFixtures.instant("2026-03-05T00:00:00Z")!)

    func thread() throws -> SourceParseResult {
        try SourceFixtures.parse("hn_item.json", with: HackerNewsParser(), context: SourceContext(token: "2026-03"))
    }

    func comment(_ id: String) throws -> RawPosting {
        try #require(try thread().posting(id))
    }

    @Test("top-level comments only; deleted ones skipped; prose without the format reported")
    func comments() throws {
        let result = try thread()
        #expect(result.postings.map(\.externalID) == ["47201290", "47201305", "47201322", "47201351", "47201390"])
        #expect(
            result.problems.map(\.description) == [#"record 6 (47201377): first line is not "Company | Title | …""#])
        #expect(result.postings.allSatisfy { $0.sourcePlatform == "hn" })
    }

    @Test("company | title | place | ONSITE | pay | link")
    func fullHeader() throws {
        let posting = try comment("47201290")
        #expect(posting.companyName == "Pinecone Harbor" && posting.title == "Senior Backend Engineer (Go)")
        #expect(posting.url == "https://news.ycombinator.com/item?id=47201290")
        #expect(posting.applyURL == "https://pinecone-harbor.example/careers/backend")
        #expect(posting.locations == ["Berlin, Germany"] && posting.workplace == "ONSITE")
        #expect(posting.salary == RawSalary(minimum: 85_000, maximum: 100_000, currency: "EUR"))
        #expect(posting.postedAt == SourceFixtures.instant("2026-03-02T16:01:12Z"))
        let row = try normaliser.normalise(posting)
        #expect(row.workArrangement == .onsite && row.locationCity == "Berlin" && row.locationCountry == "DE")
        #expect(row.salaryMin == 85_000 && row.salaryCurrency == "EUR")
        #expect(row.description.hasPrefix("Pinecone Harbor | Senior Backend Engineer (Go)"))
    }

    @Test("a domain in brackets, REMOTE (US), a dollar range read by the country, the apply link from the body")
    func remoteUS() throws {
        let posting = try comment("47201305")
        #expect(posting.companyName == "Lumen Works" && posting.companyDomain == "lumenworks.example")
        #expect(posting.locations == ["REMOTE (US)"])
        #expect(posting.applyURL == "https://jobs.ashbyhq.com/lumenworks/staff-ios")
        let row = try normaliser.normalise(posting)
        #expect(row.workArrangement == .remote && row.locationCountry == "US")
        #expect(row.salaryMin == 190_000 && row.salaryMax == 230_000 && row.salaryCurrency == "USD")
    }

    @Test("Hybrid and Full-time are fields, two titles stay one title, no pay is no salary")
    func hybrid() throws {
        let posting = try comment("47201322")
        #expect(posting.title == "Machine Learning Engineer, Data Engineer")
        #expect(posting.workplace == "Hybrid" && posting.employmentType == "Full-time")
        #expect(posting.locations == ["New York, NY"] && posting.salary == nil)
        #expect(posting.applyURL == "https://orbitfold.example/jobs")
        let row = try normaliser.normalise(posting)
        #expect(row.workArrangement == .hybrid && row.locationState == "NY" && row.salaryMin == nil)
    }

    @Test("extra parts become tags; a day rate is annualised; entities are decoded")
    func dayRate() throws {
        #expect(try comment("47201351").tags == ["VISA"])
        let posting = try comment("47201390")
        #expect(posting.companyName == "Drift & Co" && posting.title == "Contract Rust Developer")
        #expect(posting.employmentType == "Contract" && posting.locations == ["Remote (EU)"])
        #expect(posting.salary == RawSalary(minimum: 600, maximum: 600, currency: "EUR", period: "day"))
        let row = try normaliser.normalise(posting)
        #expect(row.salaryMin == 600 * 260 && row.employmentType == .contract && row.workArrangement == .remote)
    }
}
