// Adapters and normaliser together, on the real fixture files: what discovery
// will store for each source, checked against the fixtures README's rules.
import Foundation
import JobHuntDiscovery
import JobHuntKernel
import Testing

@Suite("Discovery pipeline (parse, then normalise)")
struct DiscoveryPipelineTests {
    static let now = SourceFixtures.instant("2026-03-01T00:00:00Z")!
    static let normaliser = PostingNormaliser(now: now)

    static func normalised(_ file: String, _ kind: SourceKind, token: String, company: String? = nil) throws
        -> [NormalisedPosting]
    {
        let result = try SourceFixtures.parse(
            file, with: kind.parser, context: SourceContext(token: token, companyName: company, baseURL: nil))
        return try result.postings.map { try normaliser.normalise($0) }
    }

    @Test("every fixture parses and normalises with a title, URL and description")
    func everyFixture() throws {
        let all = [
            try Self.normalised("greenhouse_jobs.json", .greenhouse, token: "tessellate"),
            try Self.normalised("lever_postings.json", .lever, token: "brightcanopy", company: "Bright Canopy"),
            try Self.normalised("ashby_jobs.json", .ashby, token: "lumenfold", company: "Lumenfold"),
            try Self.normalised("remote_rss.xml", .rss, token: "remote"),
            try Self.normalised("remoteok_api.json", .remoteok, token: "remoteok"),
            try Self.normalised("jobspy.csv", .jobspy, token: "jobspy"),
        ]
        #expect(all.map(\.count) == [9, 9, 5, 5, 3, 10])
        for posting in all.joined() {
            #expect(!posting.title.isEmpty && !posting.sourceURL.isEmpty, "\(posting.sourceURL)")
            #expect(!posting.description.contains("<p>") && !posting.description.contains("&lt;"), "\(posting.title)")
        }
    }

    @Test("the same job on Greenhouse and LinkedIn gets one dedupe key; a near-duplicate does not")
    func crossSourceDuplicates() throws {
        let greenhouse = try Self.normalised("greenhouse_jobs.json", .greenhouse, token: "tessellate")
        let lever = try Self.normalised("lever_postings.json", .lever, token: "brightcanopy", company: "Bright Canopy")
        let jobspy = try Self.normalised("jobspy.csv", .jobspy, token: "jobspy")
        let greenhouseJob = try #require(greenhouse.first { $0.externalID == "4871203008" })
        let linkedIn = try #require(jobspy.first { $0.externalID == "li-4123456789" })
        #expect(greenhouseJob.dedupeKey != nil && greenhouseJob.dedupeKey == linkedIn.dedupeKey)
        let indeed = try #require(jobspy.first { $0.externalID == "in-3f9a7c21d0e84b55" })
        #expect(!lever.contains { $0.dedupeKey == indeed.dedupeKey })
    }

    @Test("expired postings are inactive on the reference date")
    func expiry() throws {
        let rss = try Self.normalised("remote_rss.xml", .rss, token: "remote")
        #expect(rss.contains { !$0.isActive })
        let greenhouse = try Self.normalised("greenhouse_jobs.json", .greenhouse, token: "tessellate")
        #expect(greenhouse.first { $0.externalID == "4871209008" }?.isActive == false)
    }

    @Test("JobSpy's escaped Markdown arrives as plain text")
    func markdownEscapes() throws {
        let jobspy = try Self.normalised("jobspy.csv", .jobspy, token: "jobspy")
        let care = try #require(jobspy.first { $0.externalID == "zr-Qp7Jd2Ws5Hn0Rt6Ye3Ua8Q" })
        #expect(care.description.contains("C++"))
        #expect(!care.description.contains("C\\+\\+"))
    }
}
