// Table tests for the small rules: workplace, employment type, experience
// level, dates, company keys and domains, URLs and column limits.
import Foundation
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite struct NormalisationRuleTests {
    private func raw(
        _ source: String, title: String = "Engineer", locations: [String] = [], workplace: String? = nil,
        isRemote: Bool? = nil, addresses: [RawAddress] = []
    ) -> RawPosting {
        RawPosting(
            sourcePlatform: source, url: "https://x.example/1", title: title, locations: locations,
            addresses: addresses, workplace: workplace, isRemote: isRemote)
    }

    private func arrangement(_ posting: RawPosting) -> WorkArrangement? {
        let places = LocationRule.places(addresses: posting.addresses, locations: posting.locations)
        return WorkplaceRule.arrangement(for: posting, places: places)
    }

    @Test func workplaceFollowsTheReadmePerSource() {
        #expect(arrangement(raw("lever", workplace: "onsite")) == .onsite)
        #expect(arrangement(raw("lever", workplace: "on-site")) == .onsite)
        #expect(arrangement(raw("ashby", workplace: "OnSite")) == .onsite)
        #expect(arrangement(raw("ashby", workplace: "Hybrid", isRemote: true)) == .hybrid)
        #expect(arrangement(raw("ashby", locations: ["Berlin"], workplace: nil, isRemote: true)) == .remote)
        #expect(arrangement(raw("ashby", workplace: nil, isRemote: nil)) == nil)
        #expect(
            arrangement(
                raw("lever", locations: ["New York, NY", "Chicago, IL", "Remote - US"], workplace: "unspecified"))
                == .remote)
        #expect(arrangement(raw("lever", locations: ["Lisbon"], workplace: "unspecified")) == .onsite)
        #expect(arrangement(raw("greenhouse", locations: ["Remote - US"])) == .remote)
        #expect(arrangement(raw("greenhouse", locations: ["Hybrid - Pittsburgh, PA"])) == .hybrid)
        #expect(arrangement(raw("greenhouse", locations: ["Austin, TX"])) == .onsite)
        #expect(arrangement(raw("greenhouse", locations: [])) == nil)
        #expect(arrangement(raw("greenhouse", locations: ["Austin, TX"], workplace: "Remote")) == .remote)
        #expect(arrangement(raw("jsonld", workplace: "TELECOMMUTE")) == .remote)
        #expect(arrangement(raw("jsonld", addresses: [RawAddress(city: "Savannah", region: "GA")])) == .onsite)
        #expect(arrangement(raw("rss", locations: ["Berlin"])) == .remote)
        #expect(arrangement(raw("remoteok", locations: [])) == .remote)
        #expect(arrangement(raw("linkedin", title: "Marketing Manager (Hybrid)", isRemote: true)) == .hybrid)
        #expect(arrangement(raw("google", isRemote: true)) == .remote)
        #expect(arrangement(raw("indeed", locations: ["Reno, NV, US"], isRemote: false)) == .onsite)
        #expect(arrangement(raw("zip_recruiter", locations: ["Reno, NV, USA"], isRemote: nil)) == nil)
        #expect(arrangement(raw("file", title: "Remote Customer Care Rep")) == .remote)
        #expect(
            arrangement(raw("greenhouse", title: "Remote Sensing Scientist", locations: ["Boulder, CO"])) == .onsite)
    }

    @Test func employmentTypeMapsEverySpelling() {
        let cases: [(String?, String, EmploymentType?)] = [
            ("Full-time", "x", .fullTime), ("FULL_TIME", "x", .fullTime), ("FullTime", "x", .fullTime),
            ("fulltime", "x", .fullTime), ("Part-time", "x", .partTime), ("PartTime", "x", .partTime),
            ("parttime", "x", .partTime), ("Contract", "x", .contract), ("CONTRACTOR", "x", .contract),
            ("Temporary", "x", .contract), ("freelance", "x", .contract), ("Intern", "x", .internship),
            ("INTERN", "x", .internship), ("internship", "x", .internship), ("VOLUNTEER", "x", nil),
            ("FULL_TIME,TEMPORARY", "x", .fullTime), ("fulltime, parttime", "x", .fullTime),
            (nil, "Warehouse Associate (Part-time)", .partTime), (nil, "Product Designer (Contract)", .contract),
            (nil, "Research Intern, Rendering", .internship), (nil, "Data Engineer", nil), ("OTHER", "x", nil),
        ]
        for (field, title, expected) in cases {
            #expect(EmploymentTypeRule.employmentType(field: field, title: title) == expected, "\(field ?? title)")
        }
    }

    @Test func experienceLevelFromTitleThenFieldThenYears() {
        let titles: [(String, ExperienceLevel?)] = [
            ("Research Intern, Rendering", .entry), ("Junior Developer", .entry), ("Jr. Analyst", .entry),
            ("Associate Product Manager", .entry), ("Data Analyst", nil), ("Software Engineer II", .mid),
            ("Software Engineer III", .senior), ("Senior Backend Engineer", .senior), ("Sr. iOS Engineer", .senior),
            ("Staff Platform Engineer", .senior), ("Principal Engineer", .lead), ("Tech Lead", .lead),
            ("Head of Partnerships", .lead), ("Director of Engineering", .lead), ("Associate Director", .lead),
            ("VP of Sales", .executive), ("Vice President, Finance", .executive),
            ("Chief Technology Officer", .executive),
            ("CTO", .executive), ("Account Executive, Mid-Market", nil), ("Senior Associate", .senior),
        ]
        for (title, expected) in titles {
            #expect(ExperienceLevelRule.fromTitle(title) == expected, "\(title)")
        }
        #expect(ExperienceLevelRule.level(title: "Engineer", field: "Mid-Senior level", text: "") == .senior)
        #expect(ExperienceLevelRule.level(title: "Engineer", field: "Entry level", text: "") == .entry)
        #expect(ExperienceLevelRule.level(title: "Engineer", field: nil, text: "5+ years of Go") == .senior)
        #expect(ExperienceLevelRule.level(title: "Engineer", field: nil, text: "3-5 years of experience") == .mid)
        #expect(ExperienceLevelRule.level(title: "Engineer", field: nil, text: "1 year experience") == .entry)
        #expect(ExperienceLevelRule.level(title: "Engineer", field: nil, text: "We were founded 10 years ago.") == nil)
        #expect(ExperienceLevelRule.level(title: "Senior Engineer", field: "Entry level", text: "1 year") == .senior)
    }

    @Test func datesAreUTCDaysAndExpiryUsesTheInjectedClock() throws {
        let now = try #require(ISO8601DateFormatter().date(from: "2026-03-01T00:00:00Z"))
        let late = try #require(ISO8601DateFormatter().date(from: "2026-01-14T23:30:00-05:00"))
        #expect(DateRule.utcDay(late) == CalendarDate("2026-01-15"))
        #expect(DateRule.utcDay(Date(timeIntervalSince1970: 0)) == CalendarDate("1970-01-01"))
        #expect(DateRule.utcDay(Date(timeIntervalSince1970: 951_782_400)) == CalendarDate("2000-02-29"))
        #expect(DateRule.utcDay(Date(timeIntervalSince1970: -1)) == CalendarDate("1969-12-31"))
        for seconds in stride(from: -100_000_000.0, to: 4_000_000_000.0, by: 7_777_777.0) {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(DateRule.utcDay(date) == CalendarDate(utcDayOf: date))
        }
        #expect(DateRule.isActive(expires: CalendarDate("2026-01-31"), now: now) == false)
        #expect(DateRule.isActive(expires: CalendarDate("2026-02-28"), now: now) == false)
        #expect(DateRule.isActive(expires: CalendarDate("2026-03-01"), now: now) == true)
        #expect(DateRule.isActive(expires: nil, now: now) == true)
    }

    @Test func companyNamesMatchAcrossSuffixesAndCase() {
        let cases: [(String, String)] = [
            ("Tessellate Robotics, Inc.", "tessellate robotics"), ("tessellate  robotics", "tessellate robotics"),
            ("TESSELLATE ROBOTICS LLC", "tessellate robotics"), ("Bright Canopy Ltd", "bright canopy"),
            ("Lumenfold GmbH", "lumenfold"), ("Acme Corp.", "acme"), ("Marlow & Pike", "marlow and pike"),
            ("Marlow and Pike, L.L.C.", "marlow and pike"), ("Smith & Co.", "smith"), ("Inc", "inc"),
        ]
        for (name, key) in cases { #expect(CompanyRule.nameKey(name) == key, "\(name)") }
    }

    @Test func domainsComeFromEmployerURLsOnly() {
        #expect(CompanyRule.domain(fromURL: "https://careers.tessellate.example/jobs?gh_jid=1") == "tessellate.example")
        #expect(CompanyRule.domain(fromURL: "https://www.Bright-Canopy.example/") == "bright-canopy.example")
        #expect(CompanyRule.domain(fromURL: "https://jobs.acme.co.uk/1") == "acme.co.uk")
        #expect(CompanyRule.domain(fromURL: "https://job-boards.greenhouse.io/tessellate/jobs/1") == nil)
        #expect(CompanyRule.domain(fromURL: "https://www.linkedin.com/jobs/view/4123456789") == nil)
        #expect(CompanyRule.domain(fromURL: "https://remoteOK.com/remote-jobs/1") == nil)
        #expect(CompanyRule.domain(fromURL: "not a url") == nil)
    }

    @Test func urlVariantsShareOneCanonicalForm() {
        let canonical = "https://jobs.lever.co/brightcanopy/abc"
        for variant in [
            "https://jobs.lever.co/brightcanopy/abc", "HTTPS://Jobs.Lever.CO/brightcanopy/abc/",
            "http://jobs.lever.co/brightcanopy/abc?lever-source=linkedin",
            "https://jobs.lever.co:443/brightcanopy/abc#apply",
            "https://jobs.lever.co/brightcanopy/abc?utm_source=x&utm_medium=y",
        ] {
            #expect(URLRule.canonical(variant) == canonical, "\(variant)")
        }
        #expect(
            URLRule.canonical("https://tessellate.example/careers?gh_src=abc&gh_jid=4871209008")
                == "https://tessellate.example/careers?gh_jid=4871209008")
        #expect(
            URLRule.canonical("https://www.ziprecruiter.com/jobs//j?lvk=K")
                == "https://www.ziprecruiter.com/jobs//j?lvk=K")
        #expect(URLRule.canonical("https://x.example/a?b=2&a=1") == "https://x.example/a?a=1&b=2")
        #expect(URLRule.canonical(" /tmp/feed.xml ") == "/tmp/feed.xml")
    }

    @Test func columnTextCollapsesAndTruncatesOnCharacters() {
        #expect(ColumnText.collapsed("  QA\u{00A0}Engineer \n\t") == "QA Engineer")
        #expect(ColumnText.truncated("abcdef", to: 4) == ("abcd", true))
        #expect(ColumnText.truncated("abc", to: 4) == ("abc", false))
        // "é" written as e + combining accent is two scalars: it is kept whole or dropped whole.
        let cut = ColumnText.truncated("abe\u{0301}", to: 3)
        #expect(cut.text == "ab" && cut.didTruncate)
        let flags = ColumnText.truncated("🇨🇭🇨🇭", to: 3)
        #expect(flags.text == "🇨🇭")
    }

    @Test func sectionsSplitRequirementsAndBenefits() {
        let text =
            "About us\nWe build robots.\nRequirements\n- 5+ years of Rust\n- Linux\nBenefits\n- Health insurance\n- 401(k)"
        let sections = SectionRule.sections(of: text)
        #expect(sections.requirements == "- 5+ years of Rust\n- Linux")
        #expect(sections.benefits == "- Health insurance\n- 401(k)")
        #expect(SectionRule.sections(of: "Just a paragraph.") == (nil, nil))
    }
}
