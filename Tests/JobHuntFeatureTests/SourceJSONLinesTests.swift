// The `file:` JSON Lines import format: every field, line-numbered problems, strict types.
import Foundation
import JobHuntDiscovery
import JobHuntKernel
import Testing

@Suite("JSON Lines file source")
struct SourceJSONLinesTests {
    let context = SourceContext(token: "postings.jsonl")

    @Test("a full line maps every field")
    func fullLine() throws {
        let line = """
            {"source_platform": "careers-site", "external_id": 42, "url": "https://a.example/jobs/42", \
            "apply_url": "https://a.example/apply/42", "title": "Staff Engineer", "company": "Acme", \
            "company_domain": "acme.example", "company_logo_url": "https://a.example/logo.png", \
            "company_description": "Makes anvils.", "description_html": "<p>Hi</p>", "description": "Hi", \
            "locations": ["Berlin, Germany", "Remote - EU"], "addresses": [{"city": "Berlin", "country": "DE"}], \
            "workplace": "hybrid", "is_remote": false, "employment_type": "full-time", "experience_level": "senior", \
            "salary_min": 90000, "salary_max": "110000.50", "salary_currency": "EUR", "salary_period": "year", \
            "posted_at": "2026-02-01", "expires_at": "2026-03-31T23:59:59Z", "departments": ["Engineering"], \
            "tags": "go", "future_field": {"ignored": true}}
            """
        let result = try JSONLinesParser().parse(Data(line.utf8), context: context)
        #expect(result.problems.isEmpty)
        let posting = try #require(result.postings.first)
        var expected = RawPosting(
            sourcePlatform: "careers-site", externalID: "42", url: "https://a.example/jobs/42",
            applyURL: "https://a.example/apply/42", title: "Staff Engineer", companyName: "Acme",
            companyDomain: "acme.example", companyLogoURL: "https://a.example/logo.png",
            companyDescription: "Makes anvils.", descriptionHTML: "<p>Hi</p>", descriptionText: "Hi",
            locations: ["Berlin, Germany", "Remote - EU"], addresses: [RawAddress(city: "Berlin", country: "DE")],
            workplace: "hybrid", isRemote: false, employmentType: "full-time", experienceLevel: "senior",
            salary: RawSalary(
                minimum: 90000, maximum: Decimal(string: "110000.50"), currency: "EUR", period: "year"),
            departments: ["Engineering"], tags: ["go"])
        expected.postedAt = SourceFixtures.instant("2026-02-01")
        expected.expiresAt = SourceFixtures.instant("2026-03-31T23:59:59Z")
        #expect(posting == expected)
    }

    @Test("bad lines are reported by line number and the good ones load; a bad date costs only the date")
    func problems() throws {
        let lines = [
            #"{"url": "https://a.example/1", "title": "One"}"#,
            "",
            #"{"url": "https://a.example/2", "title": "Two", "posted_at": "last week"}"#,
            "not json",
            #"{"url": "https://a.example/4", "title": "Four", "is_remote": "yes", "external_id": "j4"}"#,
            #"{"title": "No URL"}"#,
            #"{"url": "https://a.example/7", "title": "Seven", "locations": [1]}"#,
            #"{"url": "https://a.example/8", "title": "Eight"}"# + "\r",
        ]
        let result = try JSONLinesParser().parse(Data(lines.joined(separator: "\n").utf8), context: context)
        #expect(result.postings.map(\.title) == ["One", "Two", "Eight"])
        let two = try #require(result.postings.first { $0.title == "Two" })
        #expect(two.postedAt == nil && two.warnings == ["posted_at \"last week\" is not a real date; left empty"])
        #expect(result.postings.first?.sourcePlatform == "file")
        #expect(
            result.problems == [
                SourceRecordProblem(position: 4, reason: "not a JSON object"),
                SourceRecordProblem(position: 5, recordID: "j4", reason: "\"is_remote\" must be true or false"),
                SourceRecordProblem(position: 6, reason: "no URL"),
                SourceRecordProblem(position: 7, reason: "\"locations\" must be a string or a list of strings"),
            ])
    }

    @Test("a JSON array instead of JSON Lines is a document error")
    func array() {
        #expect(
            throws: JobHuntError.sourceUnreadable(
                source: "file", reason: "expected JSON Lines (one object per line), not an array")
        ) {
            try JSONLinesParser().parse(Data("[{\"title\": \"x\"}]".utf8), context: context)
        }
    }
}
