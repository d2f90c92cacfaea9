// RSS, JSON-LD and JobSpy records from the fixtures, built by hand as their
// adapters will hand them over, through the whole normaliser.
import Foundation
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite struct NormalisationFeedCaseTests {
    let normaliser = PostingNormaliser(now: ISO8601DateFormatter().date(from: "2026-03-01T00:00:00Z")!)

    static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func rssItems() throws {
        let marlow = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "rss", url: "https://weworkremotely.com/remote-jobs/marlow-pike-technical-writer",
                title: "Technical Writer", companyName: "Marlow & Pike",
                descriptionHTML: "<p>Salary: $85,000 - $100,000 USD per year.</p>",
                locations: ["North America Only", "🇺🇸 United States of America, 🇨🇦 Canada"],
                employmentType: "Full-Time", postedAt: Self.date("2026-02-25T12:00:00Z"),
                expiresAt: Self.date("2026-03-27T12:00:00Z")))
        #expect(marlow.salaryMin == 85_000 && marlow.salaryMax == 100_000 && marlow.salaryCurrency == "USD")
        #expect(marlow.workArrangement == .remote && marlow.locationCountry == "US" && marlow.places.count == 3)
        #expect(marlow.company?.key == "marlow and pike" && marlow.isActive)
        #expect(marlow.employmentType == .fullTime && marlow.postedDate == CalendarDate("2026-02-25"))

        let kelpwise = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "rss", url: "https://weworkremotely.com/remote-jobs/kelpwise-csm",
                title: "Customer Success Manager", companyName: "Kelpwise",
                locations: ["Europe Only", "🇩🇪 Germany, 🇳🇱 Netherlands, 🇵🇹 Portugal"],
                expiresAt: Self.date("2026-02-05T09:00:00Z")))
        #expect(!kelpwise.isActive && kelpwise.expiresDate == CalendarDate("2026-02-05"))
        #expect(kelpwise.locationCountry == "DE" && kelpwise.salaryMin == nil)

        let orbital = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "rss", url: "https://weworkremotely.com/remote-jobs/orbital-forms-designer",
                title: "Product Designer (Contract)", companyName: "Orbital Forms", locations: ["USA Only"],
                employmentType: "Contract"))
        #expect(orbital.employmentType == .contract && orbital.locationCountry == "US")
    }

    @Test func jsonLDPostings() throws {
        let routing = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "jsonld", externalID: "HF-2291", url: "https://harborfinch.example/careers/routing",
                title: "Routing Algorithms Engineer", companyName: "Harbor & Finch Logistics", locations: ["USA"],
                workplace: "TELECOMMUTE", employmentType: "FULL_TIME",
                salary: RawSalary(minimum: 135_000, maximum: 135_000, currency: "USD", period: "YEAR"),
                expiresAt: Self.date("2026-06-30T23:59:59Z")))
        #expect(routing.workArrangement == .remote && routing.locationCountry == "US")
        #expect(routing.salaryMin == 135_000 && routing.salaryMax == 135_000)
        #expect(routing.company?.domain == "harborfinch.example" && routing.isActive)

        let shift = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "jsonld", url: "https://harborfinch.example/careers/shift-lead",
                title: "Warehouse Shift Lead – Night Shift", companyName: "Harbor & Finch Logistics",
                addresses: [RawAddress(city: "Savannah", region: "GA", country: "US")],
                employmentType: "FULL_TIME,TEMPORARY", expiresAt: Self.date("2025-12-15T00:00:00Z")))
        #expect(shift.workArrangement == .onsite && shift.locationCity == "Savannah" && shift.locationState == "GA")
        #expect(shift.employmentType == .fullTime && shift.experienceLevel == .lead && !shift.isActive)
    }

    @Test func jobSpyRows() throws {
        let nurse = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "glassdoor", externalID: "gd-1009876543377",
                url: "https://www.glassdoor.com/job-listing/j?jl=1009876543377",
                title: "Registered Nurse - ICU (Nights)",
                companyName: "Saint Brendan Medical Center", locations: ["Tucson, AZ"], isRemote: false,
                salary: RawSalary(minimum: 42, maximum: 61, currency: "USD", period: "hourly")))
        #expect(nurse.salaryMin == 87_360 && nurse.salaryMax == 126_880 && nurse.workArrangement == .onsite)
        #expect(nurse.company?.domain == nil)

        // The README's rule taken literally: JobSpy's keyword flag says remote ("No remote work").
        let support = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "google", url: "https://www.schooljobs.example/maplegrove/it-support-technician",
                title: "IT Support Technician", companyName: "Maplegrove School District",
                descriptionText: "No remote work.", locations: ["Eugene, OR"], isRemote: true))
        // schooljobs.example hosts many districts' postings: its host is not the employer's domain.
        #expect(support.workArrangement == .remote && support.company?.domain == nil)

        let sre = try normaliser.normalise(
            RawPosting(
                sourcePlatform: "glassdoor", url: "https://www.glassdoor.com/job-listing/j?jl=1009876543210",
                title: "Site Reliability Engineer", companyName: "Corvid Cloud", locations: [""], isRemote: true,
                salary: RawSalary(minimum: 140_000, maximum: 175_000, currency: "USD", period: "yearly")))
        #expect(sre.workArrangement == .remote && sre.locationCity == nil && sre.places.isEmpty)
        #expect(sre.dedupeKey == "corvid cloud\u{1F}site reliability engineer\u{1F}")
    }
}
