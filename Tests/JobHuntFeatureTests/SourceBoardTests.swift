// The employer-board parsers of issue 22 (Workday, Workable, SmartRecruiters, Recruitee,
// Personio, Teamtailor, Breezy) against fixtures in each API's response shape, and what
// the normaliser makes of them.
import Foundation
import JobHuntDiscovery
import JobHuntKernel
import Testing

@Suite("Employer board sources")
struct SourceBoardTests {
    let normaliser = PostingNormaliser(now: SourceFixtures.instant("2026-03-01T00:00:00Z")!)

    func parse(_ file: String, _ kind: SourceKind, url: String, token: String = "acme") throws -> SourceParseResult {
        try SourceFixtures.parse(
            file, with: kind.parser, context: SourceContext(token: token, baseURL: URL(string: url)))
    }

    @Test("Workday: a search page gives each posting's public page; a detail gives the rest")
    func workday() throws {
        let page = try parse(
            "workday_jobs.json", .workday,
            url: "https://northwind.wd5.myworkdayjobs.com/wday/cxs/northwind/External/jobs", token: "northwind")
        #expect(page.postings.count == 3 && page.problems.isEmpty)
        let listed = try #require(page.postings.first)
        #expect(listed.externalID == "Senior-Data-Engineer_R-10421")
        #expect(
            listed.url
                == "https://northwind.wd5.myworkdayjobs.com/External/job/Berlin-Germany/Senior-Data-Engineer_R-10421")
        #expect(listed.locations == ["Berlin, Germany"])
        #expect(page.postings[1].locations.isEmpty, "\"2 Locations\" is a count, not a place")
        #expect(listed.companyName == "northwind" && listed.postedAt == nil)

        let detail = try #require(
            try parse(
                "workday_job.json", .workday,
                url: "https://northwind.wd5.myworkdayjobs.com/wday/cxs/northwind/External/job/x"
            ).postings.first)
        #expect(detail.externalID == listed.externalID, "the detail replaces its list entry")
        #expect(detail.url == listed.url)
        #expect(detail.companyName == "Northwind Logistics SE")
        #expect(detail.locations == ["Berlin, Germany", "Hamburg, Germany"])
        #expect(detail.workplace == "Hybrid" && detail.employmentType == "Full time")
        #expect(detail.postedAt == SourceFixtures.instant("2026-02-24"))
        let normalised = try normaliser.normalise(detail)
        #expect(normalised.salaryMin == 75_000 && normalised.salaryMax == 90_000 && normalised.salaryCurrency == "EUR")
        #expect(normalised.workArrangement == .hybrid && normalised.locationCountry == "DE")
    }

    @Test("Workable: the account names the company; hidden locations are skipped")
    func workable() throws {
        let result = try parse(
            "workable_account.json", .workable, url: "https://apply.workable.com/api/v1/widget/accounts/quarry")
        #expect(result.postings.count == 3 && result.problems.isEmpty)
        let backend = result.postings[0]
        #expect(backend.externalID == "3F8A2C91B7" && backend.companyName == "Quarry Labs")
        #expect(backend.applyURL == "https://apply.workable.com/j/3F8A2C91B7/apply")
        #expect(backend.addresses == [RawAddress(city: "Athens", region: "Attica", country: "Greece")])
        #expect(backend.postedAt == SourceFixtures.instant("2026-02-12"))
        #expect(result.postings[1].isRemote == true)
        #expect(result.postings[2].addresses.count == 1, "the hidden Volos location is not shown")
        let normalised = try normaliser.normalise(backend)
        #expect(normalised.salaryMin == 45_000 && normalised.salaryCurrency == "EUR")
        #expect(try normaliser.normalise(result.postings[1]).workArrangement == .remote)
        #expect(try normaliser.normalise(result.postings[2]).employmentType == .partTime)
    }

    @Test("SmartRecruiters: list entries link to the public page; the detail adds the job ad")
    func smartRecruiters() throws {
        let list = try parse(
            "smartrecruiters_postings.json", .smartrecruiters,
            url: "https://api.smartrecruiters.com/v1/companies/heliogrid/postings")
        #expect(list.postings.count == 3 && list.problems.isEmpty)
        let first = list.postings[0]
        #expect(first.url == "https://jobs.smartrecruiters.com/HelioGrid/744000071234501")
        #expect(first.addresses == [RawAddress(city: "Warsaw", region: "Masovian Voivodeship", country: "PL")])
        #expect(first.workplace == "hybrid" && first.isRemote == false && first.descriptionHTML == nil)
        #expect(list.postings[2].isRemote == true)
        let detail = try #require(
            try parse("smartrecruiters_posting.json", .smartrecruiters, url: "https://x.example/").postings.first)
        #expect(detail.externalID == first.externalID)
        #expect(detail.url.hasPrefix("https://jobs.smartrecruiters.com/HelioGrid/744000071234501-"))
        #expect(detail.descriptionHTML?.contains("<h3>Qualifications</h3>") == true)
        let normalised = try normaliser.normalise(detail)
        #expect(normalised.salaryCurrency == "PLN" && normalised.salaryMin == 216_000)
        #expect(normalised.employmentType == .fullTime && normalised.locationCountry == "PL")
    }

    @Test("Recruitee: structured monthly pay, workplace flags and UTC timestamps")
    func recruitee() throws {
        let result = try parse("recruitee_offers.json", .recruitee, url: "https://tidewater.recruitee.com/api/offers/")
        #expect(result.postings.count == 2 && result.problems.isEmpty)
        let frontend = result.postings[0]
        #expect(frontend.externalID == "2197345" && frontend.companyName == "Tidewater B.V.")
        #expect(frontend.salary == RawSalary(minimum: 4200, maximum: 5600, currency: "EUR", period: "month"))
        #expect(frontend.workplace == "hybrid")
        #expect(frontend.postedAt == SourceFixtures.instant("2026-02-16T08:45:12Z"))
        #expect(frontend.descriptionHTML?.contains("3+ years with React") == true, "requirements are kept")
        let support = result.postings[1]
        #expect(support.workplace == "remote" && support.addresses.isEmpty && support.salary == nil)
        #expect(support.expiresAt == SourceFixtures.instant("2026-03-31T23:59:59Z"))
        let normalised = try normaliser.normalise(frontend)
        #expect(normalised.salaryMin == 50_400 && normalised.salaryMax == 67_200)
        #expect(normalised.workArrangement == .hybrid && normalised.locationCity == "Amsterdam")
    }

    @Test("Personio: the XML feed's positions, each page built from the feed's own host")
    func personio() throws {
        let result = try parse(
            "personio_positions.xml", .personio, url: "https://kranich.jobs.personio.de/xml?language=en",
            token: "kranich")
        #expect(result.postings.count == 3 && result.problems.isEmpty)
        let embedded = result.postings[0]
        #expect(embedded.url == "https://kranich.jobs.personio.de/job/1874203")
        #expect(embedded.companyName == "Kranich Robotics GmbH")
        #expect(embedded.locations == ["Munich", "Stuttgart"])
        #expect(embedded.employmentType == "full-time" && embedded.experienceLevel == "experienced")
        #expect(embedded.descriptionHTML?.hasPrefix("<h3>Your mission</h3><p>Write the firmware") == true)
        #expect(result.postings[1].companyName == "kranich", "no subcompany: the token names the company")
        #expect(try normaliser.normalise(embedded).salaryMin == 70_000)
        // A part-time Werkstudent position whose `employmentType` is "intern": an internship, as the
        // title rule reads "Werkstudent" too (issue 18's fresh4 pass).
        #expect(try normaliser.normalise(result.postings[1]).employmentType == .internship)
        #expect(try normaliser.normalise(result.postings[2]).workArrangement == .remote)
        #expect(throws: JobHuntError.self) {
            try PersonioParser().parse(Data("<rss></rss>".utf8), context: SourceContext(token: "x"))
        }
    }

    /// `scripts/fuzz source-personio` found it: FoundationXML on Linux crashed the process on an
    /// end tag holding a byte that is not UTF-8 (`</offi\x9Fe>`) in a feed declared UTF-8.
    @Test("Personio: bytes that are not UTF-8 in a UTF-8 feed are a document error, not a crash")
    func personioInvalidUTF8() throws {
        let fixture = try SourceFixtures.data("personio_positions.xml")
        let text = String(decoding: fixture, as: UTF8.self)
        let office = try #require(text.range(of: "</office>"))
        let broken =
            Data(text[..<office.lowerBound].utf8) + Data("</offi".utf8) + Data([0x9F])
            + Data(("e>" + text[office.upperBound...]).utf8)
        #expect(throws: JobHuntError.self) {
            try PersonioParser().parse(broken, context: SourceContext(token: "kranich"))
        }
    }

    @Test("Teamtailor: the JSON Feed item, with the JobPosting it carries read like JSON-LD")
    func teamtailor() throws {
        let result = try parse("teamtailor_jobs.json", .teamtailor, url: "https://fjordlight.teamtailor.com/jobs.json")
        #expect(result.postings.count == 2 && result.problems.isEmpty)
        let ios = result.postings[0]
        #expect(ios.sourcePlatform == "teamtailor" && ios.externalID == "5412871")
        #expect(ios.companyName == "Fjordlight AB" && ios.companyDomain == "fjordlight.example")
        #expect(ios.addresses == [RawAddress(city: "Stockholm", region: "Stockholm County", country: "SE")])
        #expect(ios.descriptionHTML?.contains("650 000 – 780 000 SEK") == true, "the item's full text wins")
        #expect(ios.expiresAt == SourceFixtures.instant("2026-04-19T23:59:59+02:00"))
        #expect(try normaliser.normalise(ios).salaryCurrency == "SEK")
        #expect(try normaliser.normalise(result.postings[1]).workArrangement == .remote)
    }

    @Test("Breezy: the salary phrase becomes structured pay, hourly included")
    func breezy() throws {
        let result = try parse("breezy_positions.json", .breezy, url: "https://saltmarsh.breezy.hr/json")
        #expect(result.postings.count == 3 && result.problems.isEmpty)
        let growth = result.postings[0]
        #expect(growth.companyName == "Saltmarsh Coffee Co." && growth.locations == ["Austin, TX"])
        #expect(growth.salary?.minimum == 95_000 && growth.salary?.maximum == 120_000)
        #expect(result.postings[2].salary == nil && result.postings[2].isRemote == true)
        let growthRow = try normaliser.normalise(growth)
        #expect(growthRow.salaryCurrency == "USD" && growthRow.locationState == "TX")
        let barista = try normaliser.normalise(result.postings[1])
        #expect(barista.salaryMin == 18 * 2080 && barista.salaryMax == 22 * 2080)
        #expect(barista.employmentType == .partTime)
    }

    @Test("each board kind refuses another format as a whole document")
    func wrongFormat() throws {
        let data = try SourceFixtures.data("lever_postings.json")
        for kind in [SourceKind.workday, .workable, .smartrecruiters, .recruitee, .teamtailor, .hn] {
            #expect(throws: JobHuntError.self, "\(kind)") {
                try kind.parser.parse(data, context: SourceContext(token: "x"))
            }
        }
        let greenhouse = try SourceFixtures.data("greenhouse_jobs.json")
        #expect(throws: JobHuntError.self) { try BreezyParser().parse(greenhouse, context: SourceContext(token: "x")) }
    }
}
