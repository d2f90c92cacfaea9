// The normaliser on every job of the Greenhouse fixture, read from the real
// file and turned into RawPostings here (a stand-in for the adapter), checked
// against the README's edge-case table.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite struct NormalisationGreenhouseFixtureTests {
    struct Expected {
        var city: String?
        var state: String?
        var country: String?
        var arrangement: WorkArrangement?
        var salary: (Int, Int)?
        var active = true
    }

    static let expected: [String: Expected] = [
        "4871203008": Expected(city: "Austin", state: "TX", country: "US", arrangement: .onsite),
        "4871204008": Expected(country: "US", arrangement: .remote, salary: (185_000, 225_000)),
        "4871205008": Expected(
            city: "Pittsburgh", state: "PA", country: "US", arrangement: .hybrid, salary: (160_000, 200_000)),
        "4871206008": Expected(city: "Zürich", country: "CH", arrangement: .onsite),
        "4871207008": Expected(arrangement: .remote),
        "4871208008": Expected(
            city: "New York", state: "NY", country: "US", arrangement: .onsite, salary: (120_000, 150_000)),
        "4871209008": Expected(
            city: "Reno", state: "NV", country: "US", arrangement: .onsite, salary: (66_560, 85_280), active: false),
        "4871210008": Expected(city: "Toronto", state: "ON", country: "CA", arrangement: .onsite),
        "4871299008": Expected(city: "Austin", state: "TX", country: "US", arrangement: .remote),
    ]

    /// The fixture's jobs as an adapter would hand them over: content un-escaped once, the
    /// "Workplace Type" and currency_range metadata mapped, the deadline as midnight UTC.
    static func rawPostings() throws -> [RawPosting] {
        let url = RepositoryFiles.fixture("sources/greenhouse_jobs.json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let jobs = try #require(root["jobs"] as? [[String: Any]])
        let iso = ISO8601DateFormatter()
        return jobs.map { job in
            var raw = RawPosting(
                sourcePlatform: "greenhouse", externalID: "\(job["id"]!)", url: job["absolute_url"] as! String,
                title: job["title"] as! String, companyName: job["company_name"] as? String,
                descriptionHTML: HTMLEntities.decode(job["content"] as? String ?? ""),
                locations: [((job["location"] as? [String: Any])?["name"] as? String) ?? ""],
                postedAt: (job["first_published"] as? String).flatMap(iso.date(from:)))
            for field in job["metadata"] as? [[String: Any]] ?? [] {
                if field["name"] as? String == "Workplace Type" { raw.workplace = field["value"] as? String }
                if field["value_type"] as? String == "currency_range", let value = field["value"] as? [String: Any] {
                    raw.salary = RawSalary(
                        minimum: Decimal(string: "\(value["min_value"]!)"),
                        maximum: Decimal(string: "\(value["max_value"]!)"), currency: value["unit"] as? String)
                }
            }
            raw.expiresAt = (job["application_deadline"] as? String).flatMap(CalendarDate.init)?.startOfDayUTC
            return raw
        }
    }

    @Test func everyJobMatchesTheReadmeTable() throws {
        let now = try #require(ISO8601DateFormatter().date(from: "2026-03-01T00:00:00Z"))
        let normaliser = PostingNormaliser(now: now)
        let postings = try Self.rawPostings().map { try normaliser.normalise($0) }
        #expect(postings.count == 9)
        for posting in postings {
            let id = try #require(posting.externalID)
            let expected = try #require(Self.expected[id])
            #expect(posting.locationCity == expected.city, "\(id)")
            #expect(posting.locationState == expected.state, "\(id)")
            #expect(posting.locationCountry == expected.country, "\(id)")
            #expect(posting.workArrangement == expected.arrangement, "\(id)")
            #expect(posting.salaryMin == expected.salary?.0 && posting.salaryMax == expected.salary?.1, "\(id)")
            #expect(posting.salaryCurrency == (expected.salary == nil ? nil : "USD"), "\(id)")
            #expect(posting.isActive == expected.active, "\(id)")
            #expect(posting.postedDate != nil, "\(id)")
            #expect(posting.company?.key == "tessellate robotics")
            #expect(!posting.description.contains("&nbsp;") && !posting.description.contains("<p>"), "\(id)")
        }
        let prospect = try #require(postings.first { $0.externalID == "4871299008" })
        #expect(prospect.places.count == 2)
        #expect(prospect.postedDate == CalendarDate("2025-03-03"))
        let custom = try #require(postings.first { $0.externalID == "4871209008" })
        #expect(custom.company?.domain == "tessellate-robotics.example")
        #expect(custom.expiresDate == CalendarDate("2026-01-31"))
    }
}
