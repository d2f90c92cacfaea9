// The whole normaliser on postings built by hand from the source fixtures:
// cross-source duplicates, near-duplicates, expiry against the reference clock.
import Foundation
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite struct NormaliserPostingTests {
    /// The fixtures README's reference clock.
    static let now = ISO8601DateFormatter().date(from: "2026-03-01T00:00:00Z")!
    let normaliser = PostingNormaliser(now: NormaliserPostingTests.now)

    static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    static let greenhouseDuplicate = RawPosting(
        sourcePlatform: "greenhouse", externalID: "4871203008",
        url: "https://job-boards.greenhouse.io/tessellate/jobs/4871203008", title: "Senior Backend Engineer",
        companyName: "Tessellate Robotics",
        descriptionHTML: "<p>Requirements</p><ul><li>5+ years of Go or Rust</li><li>PostgreSQL</li></ul>",
        locations: ["Austin, TX"], postedAt: date("2026-01-12T10:04:11-05:00"))

    static let linkedInDuplicate = RawPosting(
        sourcePlatform: "linkedin", externalID: "li-4123456789", url: "https://www.linkedin.com/jobs/view/4123456789",
        applyURL: "https://job-boards.greenhouse.io/tessellate/jobs/4871203008", title: "Senior Backend Engineer",
        companyName: "Tessellate Robotics, Inc.", descriptionText: "Build the mission_assignment service in Go.",
        locations: ["Austin, TX"], isRemote: false, employmentType: "fulltime", experienceLevel: "mid-senior level",
        postedAt: date("2026-01-13T00:00:00Z"))

    @Test func greenhouseAndLinkedInCopiesShareADedupeKey() throws {
        let greenhouse = try normaliser.normalise(Self.greenhouseDuplicate)
        let linkedIn = try normaliser.normalise(Self.linkedInDuplicate)
        #expect(greenhouse.dedupeKey != nil)
        #expect(greenhouse.dedupeKey == linkedIn.dedupeKey)
        #expect(greenhouse.company?.key == "tessellate robotics")
        #expect(greenhouse.postedDate == CalendarDate("2026-01-12"))
        #expect(linkedIn.postedDate == CalendarDate("2026-01-13"))
        #expect(greenhouse.workArrangement == .onsite)
        #expect(linkedIn.workArrangement == .onsite)
        #expect(greenhouse.experienceLevel == .senior)
        #expect(greenhouse.requiredSkills.contains("Go"))
        #expect(greenhouse.requirements == "- 5+ years of Go or Rust\n- PostgreSQL")
    }

    @Test func remoteInOneCountryMatchesAcrossSpellings() throws {
        let greenhouse = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "greenhouse", url: "https://job-boards.greenhouse.io/t/jobs/1",
                title: "Staff Platform Engineer", companyName: "Tessellate Robotics", locations: ["Remote - US"]))
        let linkedIn = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "linkedin", url: "https://www.linkedin.com/jobs/view/2",
                title: "Staff  Platform Engineer", companyName: "TESSELLATE ROBOTICS INC", locations: ["United States"],
                isRemote: true))
        #expect(greenhouse.dedupeKey == linkedIn.dedupeKey)
        #expect(greenhouse.workArrangement == .remote && linkedIn.workArrangement == .remote)
    }

    @Test func partTimeWarehouseTitlesDoNotMerge() throws {
        let lever = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "lever", externalID: "a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f604",
                url: "https://jobs.lever.co/brightcanopy/a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f604",
                title: "Warehouse Associate (Part-time)", companyName: "Bright Canopy", locations: ["Columbus, OH"],
                workplace: "onsite", employmentType: "Part-time",
                salary: RawSalary(minimum: 19, maximum: 23, currency: "USD", period: "per-hour-wage"),
                postedAt: Date(timeIntervalSince1970: 1_770_903_622.871)))
        let indeed = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "indeed", externalID: "in-3f9a7c21d0e84b55",
                url: "https://www.indeed.com/viewjob?jk=3f9a7c21d0e84b55", title: "Warehouse Associate",
                companyName: "Bright Canopy", locations: ["Columbus, OH, US"], isRemote: false,
                employmentType: "parttime",
                salary: RawSalary(minimum: 19, maximum: 23, currency: "USD", period: "hourly")))
        #expect(lever.dedupeKey != indeed.dedupeKey)
        #expect(lever.salaryMin == 39_520 && indeed.salaryMin == 39_520)
        #expect(lever.employmentType == .partTime && indeed.employmentType == .partTime)
        #expect(lever.locationCity == "Columbus" && indeed.locationState == "OH" && indeed.locationCountry == "US")
        #expect(lever.postedDate == CalendarDate("2026-02-12"))
    }

    @Test func expiredPostingsAreInactiveAgainstTheReferenceClock() throws {
        let expiries: [(String, String, Bool)] = [
            ("jsonld", "2025-12-15T00:00:00Z", false), ("rss", "2026-02-05T00:00:00Z", false),
            ("greenhouse", "2026-01-31T00:00:00Z", false), ("jsonld", "2026-06-30T23:59:59Z", true),
        ]
        for (source, expiry, active) in expiries {
            let posting = try normaliser.normalise(
                RawPosting(
                    sourcePlatform: source, url: "https://x.example/\(source)", title: "Job",
                    expiresAt: Self.date(expiry)))
            #expect(posting.isActive == active, "\(source) \(expiry)")
            #expect(posting.expiresDate == DateRule.utcDay(Self.date(expiry)))
            #expect(posting.postedDate == nil)
        }
    }

    @Test func greenhouseTextSalaryAndHybridComeFromContent() throws {
        let posting = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "greenhouse", externalID: "4871205008",
                url: "https://job-boards.greenhouse.io/tessellate/jobs/4871205008",
                title: "Machine Learning Engineer, Perception", companyName: "Tessellate Robotics",
                descriptionHTML: """
                    <p>Hybrid: Tuesday to Thursday.</p><div class="content-pay-transparency"><div class="pay-range">\
                    <span>$160,000</span><span class="divider">&mdash;</span><span>$200,000 USD</span></div></div>
                    """, locations: ["Hybrid - Pittsburgh, PA"]))
        #expect(posting.salaryMin == 160_000 && posting.salaryMax == 200_000 && posting.salaryCurrency == "USD")
        #expect(posting.workArrangement == .hybrid)
        #expect(posting.locationCity == "Pittsburgh" && posting.locationState == "PA")
        #expect(
            posting.dedupeKey
                == "tessellate robotics\u{1F}machine learning engineer, perception\u{1F}pittsburgh, pa, us")
    }

    @Test func malformedRecordsAreTidiedOrRefused() throws {
        let padded = try normaliser.normalise(
            RawPosting(sourcePlatform: "lever", url: "https://jobs.lever.co/brightcanopy/608", title: "  QA Engineer  ")
        )
        #expect(padded.title == "QA Engineer")
        #expect(padded.description == "")
        #expect(padded.workArrangement == nil && padded.postedDate == nil && padded.company == nil)
        #expect(padded.dedupeKey == nil)
        #expect(throws: JobHuntError.normalisationMissingTitle(posting: "rss:https://x.example/1")) {
            try normaliser.normalise(RawPosting(sourcePlatform: "rss", url: "https://x.example/1", title: " \n "))
        }
        let nameless = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "zip_recruiter", url: "https://www.ziprecruiter.com/jobs//j?lvk=Q",
                title: "Remote Customer Care Rep", companyName: "", locations: ["Austin, TX, USA"]))
        #expect(nameless.company == nil && nameless.dedupeKey == nil && nameless.workArrangement == nil)
    }

    @Test func withheldAndZeroSalariesAreNull() throws {
        let ashby = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "ashby", url: "https://jobs.ashbyhq.com/lumenfold/1", title: "Solutions Engineer",
                companyName: "Lumenfold", descriptionText: "Pay: $150k-$180k", workplace: "Hybrid", isRemote: true,
                salary: RawSalary(
                    minimum: 150_000, maximum: 180_000, currency: "USD", period: "1 YEAR", isWithheld: true)))
        #expect(ashby.salaryMin == nil && ashby.salaryMax == nil && ashby.salaryCurrency == nil)
        #expect(ashby.workArrangement == .hybrid)
        let remoteOK = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "remoteok", url: "https://remoteOK.com/remote-jobs/1", title: "Growth Marketer",
                companyName: "Kelp", salary: RawSalary(minimum: 0, maximum: 0, currency: "USD", period: "YEAR")))
        #expect(remoteOK.salaryMin == nil && remoteOK.workArrangement == .remote)
    }

    @Test func longValuesAreCutToTheirColumnsAndReported() throws {
        let posting = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "file", externalID: String(repeating: "x", count: 300),
                url: "https://x.example/" + String(repeating: "a", count: 1200),
                title: String(repeating: "Ingénieur ", count: 40), locations: [String(repeating: "Z", count: 150)]))
        #expect(posting.title.unicodeScalars.count <= 300)
        #expect(posting.externalID?.count == 255)
        #expect(posting.sourceURL.count == 1000)
        #expect(posting.locationCity?.count == 100)
        #expect(Set(posting.truncatedColumns) == ["title", "external_id", "source_url", "location_city"])
    }

    @Test func anUnknownBoardsHostIsNotTheEmployersDomain() throws {
        let first = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "rss", url: "https://remote-board.example/jobs/1", title: "Go Engineer",
                companyName: "Tidewater Labs"))
        let second = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "rss", url: "https://remote-board.example/jobs/2", title: "Python Engineer",
                companyName: "Brightpath"))
        #expect(first.company?.domain == nil && second.company?.domain == nil)
        let page = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "jsonld", url: "https://careers.fernhill.example/jobs/7", title: "x",
                companyName: "Acme"))
        #expect(page.company?.domain == "fernhill.example", "a schema.org page is the employer's own site")
    }

    @Test func companyDomainIsGivenOrTakenFromAnEmployerURL() throws {
        let custom = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "greenhouse", externalID: "4871209008",
                url: "https://www.tessellate-robotics.example/careers/open-roles?gh_jid=4871209008",
                title: "Field Service Technician", companyName: "Tessellate Robotics"))
        #expect(custom.company?.domain == "tessellate-robotics.example")
        let given = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "lever", url: "https://jobs.lever.co/brightcanopy/1", title: "x",
                companyName: "Bright Canopy", companyDomain: "www.brightcanopy.example"))
        #expect(given.company?.domain == "brightcanopy.example")
        #expect(Self.linkedInDomain == nil)
    }

    static var linkedInDomain: String? {
        (try? PostingNormaliser(now: now).normalise(linkedInDuplicate))?.company?.domain
    }
}
