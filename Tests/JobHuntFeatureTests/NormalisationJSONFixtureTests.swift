// The normaliser on every Lever, Ashby and Remote OK fixture record, read from
// the real files and mapped here as their adapters will, checked against the
// README's edge-case tables.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite struct NormalisationJSONFixtureTests {
    struct Row: Equatable {
        var city: String?
        var country: String?
        var arrangement: WorkArrangement?
        var salary: [Int?]
        var currency: String?
        var type: EmploymentType?
    }

    let normaliser = PostingNormaliser(now: ISO8601DateFormatter().date(from: "2026-03-01T00:00:00Z")!)

    static func json(_ name: String) throws -> Any {
        let url = RepositoryFiles.fixture("sources/\(name)")
        return try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    }

    static func decimal(_ value: Any?) -> Decimal? {
        guard let value, !(value is NSNull) else { return nil }
        return Decimal(string: "\(value)")
    }

    func row(_ posting: NormalisedPosting) -> Row {
        Row(
            city: posting.locationCity, country: posting.locationCountry, arrangement: posting.workArrangement,
            salary: [posting.salaryMin, posting.salaryMax], currency: posting.salaryCurrency,
            type: posting.employmentType)
    }

    @Test func leverPostings() throws {
        let postings = try #require(try Self.json("lever_postings.json") as? [[String: Any]])
        let rows = try postings.map { posting -> Row in
            let categories = posting["categories"] as? [String: Any] ?? [:]
            let range = posting["salaryRange"] as? [String: Any]
            // The adapter must let salaryDescriptionPlain reach the text: Lever #5 has no salaryRange.
            let text = [posting["descriptionPlain"], posting["salaryDescriptionPlain"], posting["additionalPlain"]]
                .compactMap { $0 as? String }.joined(separator: "\n")
            let raw = RawPosting(
                sourcePlatform: "lever", externalID: posting["id"] as? String, url: posting["hostedUrl"] as! String,
                title: posting["text"] as! String, companyName: "Bright Canopy", descriptionText: text,
                locations: categories["allLocations"] as? [String] ?? [],
                workplace: posting["workplaceType"] as? String,
                employmentType: categories["commitment"] as? String,
                salary: range.map {
                    RawSalary(
                        minimum: Self.decimal($0["min"]), maximum: Self.decimal($0["max"]),
                        currency: $0["currency"] as? String, period: $0["interval"] as? String)
                },
                postedAt: (posting["createdAt"] as? Double).map { Date(timeIntervalSince1970: $0 / 1000) })
            return row(try normaliser.normalise(raw))
        }
        #expect(
            rows == [
                Row(
                    city: "San Francisco", country: "US", arrangement: .hybrid, salary: [170_000, 210_000],
                    currency: "USD", type: .fullTime),
                Row(country: "US", arrangement: .remote, salary: [150_000, 185_000], currency: "USD", type: .fullTime),
                Row(
                    city: "Lisbon", country: "PT", arrangement: .onsite, salary: [21_600, 27_600], currency: "EUR",
                    type: .fullTime),
                Row(
                    city: "Columbus", country: "US", arrangement: .onsite, salary: [39_520, 47_840], currency: "USD",
                    type: .partTime),
                Row(
                    city: "London", country: "GB", arrangement: .hybrid, salary: [95_000, 115_000], currency: "GBP",
                    type: .fullTime),
                Row(city: "New York", country: "US", arrangement: .remote, salary: [nil, nil], type: .fullTime),
                Row(city: "Berlin", country: "DE", arrangement: .remote, salary: [nil, nil], type: .fullTime),
                Row(salary: [nil, nil]),
                Row(
                    city: "Denver", country: "US", arrangement: .onsite, salary: [90_000, 110_000], currency: "USD",
                    type: .fullTime),
            ])
    }

    @Test func ashbyJobs() throws {
        let root = try #require(try Self.json("ashby_jobs.json") as? [String: Any])
        let jobs = try #require(root["jobs"] as? [[String: Any]])
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let rows = try jobs.map { job -> Row in
            let address = (job["address"] as? [String: Any])?["postalAddress"] as? [String: Any]
            let components = ((job["compensation"] as? [String: Any])?["summaryComponents"] as? [[String: Any]]) ?? []
            let pay = components.first { $0["compensationType"] as? String == "Salary" }
            let raw = RawPosting(
                sourcePlatform: "ashby", externalID: job["id"] as? String, url: job["jobUrl"] as! String,
                title: job["title"] as! String, companyName: "Lumenfold",
                descriptionText: job["descriptionPlain"] as? String,
                locations: [job["location"] as? String ?? ""],
                addresses: address.map {
                    [
                        RawAddress(
                            city: $0["addressLocality"] as? String, region: $0["addressRegion"] as? String,
                            country: $0["addressCountry"] as? String)
                    ]
                } ?? [],
                workplace: job["workplaceType"] as? String, isRemote: job["isRemote"] as? Bool,
                employmentType: job["employmentType"] as? String,
                salary: pay.map {
                    RawSalary(
                        minimum: Self.decimal($0["minValue"]), maximum: Self.decimal($0["maxValue"]),
                        currency: $0["currencyCode"] as? String, period: $0["interval"] as? String,
                        isWithheld: job["shouldDisplayCompensationOnJobPostings"] as? Bool == false)
                },
                postedAt: (job["publishedAt"] as? String).flatMap(iso.date(from:)))
            let posting = try normaliser.normalise(raw)
            #expect(posting.postedDate != nil, "\(raw.title)")
            return row(posting)
        }
        #expect(
            rows == [
                Row(
                    city: "San Francisco", country: "US", arrangement: .hybrid, salary: [180_000, 230_000],
                    currency: "USD", type: .fullTime),
                Row(country: "US", arrangement: .remote, salary: [140_000, 165_000], currency: "USD", type: .fullTime),
                Row(
                    city: "Berlin", country: "DE", arrangement: .onsite, salary: [33_600, 40_800], currency: "EUR",
                    type: .partTime),
                Row(arrangement: .remote, salary: [nil, nil], type: .internship),
                Row(city: "New York", country: "US", arrangement: .hybrid, salary: [nil, nil], type: .fullTime),
            ])
    }

    @Test func remoteOKJobs() throws {
        let elements = try #require(try Self.json("remoteok_api.json") as? [[String: Any]])
        let rows = try elements.dropFirst().map { job -> Row in
            let raw = RawPosting(
                sourcePlatform: "remoteok", externalID: job["id"] as? String, url: job["url"] as! String,
                title: job["position"] as! String, companyName: job["company"] as? String,
                descriptionHTML: job["description"] as? String, locations: [job["location"] as? String ?? ""],
                salary: RawSalary(
                    minimum: Self.decimal(job["salary_min"]), maximum: Self.decimal(job["salary_max"]), currency: "USD",
                    period: "YEAR"),
                postedAt: (job["epoch"] as? Double).map(Date.init(timeIntervalSince1970:)))
            return row(try normaliser.normalise(raw))
        }
        #expect(
            rows == [
                Row(arrangement: .remote, salary: [140_000, 180_000], currency: "USD"),
                Row(country: "US", arrangement: .remote, salary: [nil, nil]),
                Row(arrangement: .remote, salary: [55_000, 70_000], currency: "USD"),
            ])
    }
}
