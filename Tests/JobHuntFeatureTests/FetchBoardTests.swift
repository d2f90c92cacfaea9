// The issue-22 kinds fetched over real loopback HTTP: Workday's POSTed, paged search and
// per-posting details, SmartRecruiters' pages and details, the Hacker News thread found by
// month, boards named in a subdomain, empty boards, unknown boards and 429s.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Fetching employer boards")
struct FetchBoardTests {
    static func json(_ object: Any) -> Data { try! JSONSerialization.data(withJSONObject: object) }

    static func fixtureObject(_ name: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: SourceFixtures.data(name)) as? [String: Any])
    }

    @Test(
        "workday: the search is POSTed page by page, then each posting's detail is read; a gone one keeps its list entry"
    )
    func workdayPaging() throws {
        let search = try Self.fixtureObject("workday_jobs.json")
        let postings = try #require(search["jobPostings"] as? [Any])
        let detail = try SourceFixtures.data("workday_job.json")
        // Workday states the total on the first page only.
        let pages = [
            0: Self.json(["total": 3, "jobPostings": Array(postings.prefix(2))]),
            2: Self.json(["total": 0, "jobPostings": Array(postings.dropFirst(2))]),
        ]
        let server = try LoopbackHTTPServer(route: { request in
            if request.method == "POST" {
                let body = (try? JSONSerialization.jsonObject(with: request.body)) as? [String: Any]
                return .init(status: 200, body: pages[body?["offset"] as? Int ?? 0] ?? Data())
            }
            if request.target.hasSuffix("Senior-Data-Engineer_R-10421") { return .init(status: 200, body: detail) }
            return .text(404, "gone")
        })
        let fetch = FetchSupport.fetcher(server, change: { $0.workdayPageSize = 2 })
            .fetch(try FetchSupport.spec("workday:northwind/External"))
        let parsed = try #require(try fetch.parse())
        #expect(parsed.postings.count == 3)
        #expect(parsed.postings[0].companyName == "Northwind Logistics SE", "the detail replaced its list entry")
        #expect(parsed.postings[1].descriptionHTML == nil, "a 404 detail keeps what the list said")
        #expect(parsed.postings[1].companyName == "Northwind Logistics SE", "named as its siblings' details say")
        let requests = server.requests
        #expect(requests.prefix(2).map(\.method) == ["POST", "POST"])
        #expect(requests.prefix(2).allSatisfy { $0.target == "/wday/cxs/northwind/External/jobs" })
        #expect(requests.first?.header("Content-Type") == "application/json")
        let offsets = requests.prefix(2).compactMap {
            ((try? JSONSerialization.jsonObject(with: $0.body)) as? [String: Any])?["offset"] as? Int
        }
        #expect(offsets == [0, 2])
        #expect(
            requests.dropFirst(2).map(\.target) == [
                "/wday/cxs/northwind/External/job/Berlin-Germany/Senior-Data-Engineer_R-10421",
                "/wday/cxs/northwind/External/job/Hamburg-Germany/Payroll-Specialist--m-w-d-_R-10388",
                "/wday/cxs/northwind/External/job/Remote-USA/Site-Reliability-Engineer_R-10455",
            ])
        #expect(fetch.metrics.requests == 5)
    }

    @Test("workday arguments: TENANT/SITE, HOST/TENANT/SITE, a careers URL and the API URL")
    func workdayBoards() throws {
        let endpoints = SourceEndpoints()
        #expect(
            endpoints.url(for: try FetchSupport.spec("workday:acme/External"))
                == "https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/External/jobs")
        #expect(
            endpoints.url(for: try FetchSupport.spec("workday:wd1.myworkdayjobs.com/acme/Careers"))
                == "https://acme.wd1.myworkdayjobs.com/wday/cxs/acme/Careers/jobs")
        #expect(
            endpoints.url(for: try FetchSupport.spec("workday:acme.wd3.myworkdayjobs.com/acme/Careers"))
                == "https://acme.wd3.myworkdayjobs.com/wday/cxs/acme/Careers/jobs")
        let careers = try #require(
            WorkdayBoard.parse(url: URL(string: "https://acme.wd5.myworkdayjobs.com/en-US/External/job/Berlin/X_R-1")!))
        #expect(careers.root == "https://acme.wd5.myworkdayjobs.com")
        #expect(careers.board.tenant == "acme" && careers.board.site == "External")
        #expect(try FetchSupport.spec("workday:https://acme.wd5.myworkdayjobs.com/External").context().token == "acme")
        #expect(throws: JobHuntError.sourceSpecInvalidToken(.workday, "acme")) {
            try SourceSpec(parsing: "workday:acme")
        }
        #expect(throws: JobHuntError.sourceSpecInvalidToken(.hn, "2026-13")) { try SourceSpec(parsing: "hn:2026-13") }

        let server = try LoopbackHTTPServer(responses: [
            .init(status: 200, body: Self.json(["total": 0, "jobPostings": [] as [Any]]))
        ])
        let fetch = FetchSupport.fetcher(server)
            .fetch(try FetchSupport.spec("workday:\(server.baseURL)/wday/cxs/acme/External/jobs"))
        #expect(try #require(try fetch.parse()).postings.isEmpty, "an empty board is not an error")
        #expect(server.requests.map(\.target) == ["/wday/cxs/acme/External/jobs"])
    }

    @Test("smartrecruiters: offset/limit pages up to totalFound, then one detail per posting")
    func smartRecruitersPaging() throws {
        let list = try Self.fixtureObject("smartrecruiters_postings.json")
        let content = try #require(list["content"] as? [Any])
        let detail = try SourceFixtures.data("smartrecruiters_posting.json")
        let first = Self.json(["offset": 0, "limit": 2, "totalFound": 3, "content": Array(content.prefix(2))])
        let second = Self.json(["offset": 2, "limit": 2, "totalFound": 3, "content": Array(content.dropFirst(2))])
        let server = try LoopbackHTTPServer(route: { request in
            guard let query = request.target.split(separator: "?").dropFirst().first else {
                return request.target.hasSuffix("/744000071234501")
                    ? .init(status: 200, body: detail) : .text(404, "{}")
            }
            return .init(status: 200, body: query.contains("offset=2") ? second : first)
        })
        let fetch = FetchSupport.fetcher(server, change: { $0.smartRecruitersPageSize = 2 })
            .fetch(try FetchSupport.spec("smartrecruiters:heliogrid"))
        let parsed = try #require(try fetch.parse())
        #expect(parsed.postings.map(\.externalID) == ["744000071234501", "744000071198877", "744000070955310"])
        #expect(parsed.postings[0].descriptionHTML?.contains("Kotlin") == true)
        #expect(
            server.requests.map(\.target) == [
                "/v1/companies/heliogrid/postings?offset=0&limit=2",
                "/v1/companies/heliogrid/postings?offset=2&limit=2",
                "/v1/companies/heliogrid/postings/744000071234501", "/v1/companies/heliogrid/postings/744000071198877",
                "/v1/companies/heliogrid/postings/744000070955310",
            ])
    }

    @Test("hn:YYYY-MM finds the month's thread through the search, then reads its comments")
    func hackerNews() throws {
        let search = try SourceFixtures.data("hn_search.json")
        let item = try SourceFixtures.data("hn_item.json")
        let server = try LoopbackHTTPServer(route: { request in
            request.target.hasPrefix("/api/v1/search_by_date")
                ? .init(status: 200, body: search)
                : request.target == "/api/v1/items/47201187" ? .init(status: 200, body: item) : .text(404, "{}")
        })
        let fetch = FetchSupport.fetcher(server).fetch(try FetchSupport.spec("hn:2026-03"))
        #expect(try #require(try fetch.parse()).postings.count == 5)
        let targets = server.requests.map(\.target)
        #expect(targets.count == 2 && targets.last == "/api/v1/items/47201187")
        #expect(
            targets.first
                == "/api/v1/search_by_date?tags=story%2Cauthor_whoishiring"
                + "&numericFilters=created_at_i%3E%3D1772323200%2Ccreated_at_i%3C1775001600&hitsPerPage=20")

        let empty = try LoopbackHTTPServer(responses: [.text(200, #"{"hits": [], "nbHits": 0}"#)])
        let none = FetchSupport.fetcher(empty).fetch(try FetchSupport.spec("hn:2011-01"))
        guard case .failed(let error) = none.outcome else {
            Issue.record("expected no thread, got \(none.outcome)")
            return
        }
        #expect(error.code == .fetchNoThread)
        #expect(error.problem.hasPrefix(#"no "Ask HN: Who is hiring? (January 2011)" thread in http://127.0.0.1:"#))
    }

    @Test("a company in a subdomain goes first in a mirror's path, and into the host of the public API")
    func companyPlaces() throws {
        let specs = [
            ("recruitee:tidewater", "/tidewater/api/offers/", "https://tidewater.recruitee.com/api/offers/"),
            (
                "personio:kranich", "/kranich/xml?language=en", "https://kranich.jobs.personio.de/xml?language=en"
            ),
            ("teamtailor:fjordlight", "/fjordlight/jobs.json", "https://fjordlight.teamtailor.com/jobs.json"),
            ("breezy:saltmarsh", "/saltmarsh/json", "https://saltmarsh.breezy.hr/json"),
            (
                "workable:quarry", "/api/v1/widget/accounts/quarry?details=true",
                "https://apply.workable.com/api/v1/widget/accounts/quarry?details=true"
            ),
        ]
        let fixtures = [
            "recruitee_offers.json", "personio_positions.xml", "teamtailor_jobs.json", "breezy_positions.json",
            "workable_account.json",
        ]
        for ((text, path, published), fixture) in zip(specs, fixtures) {
            let spec = try FetchSupport.spec(text)
            #expect(SourceEndpoints().url(for: spec) == published)
            let server = try LoopbackHTTPServer(responses: [try FetchSupport.fixture(fixture)])
            let fetch = FetchSupport.fetcher(server).fetch(spec)
            #expect(try #require(try fetch.parse(), "\(text)").postings.isEmpty == false, "\(text)")
            #expect(server.requests.map(\.target) == [path], "\(text)")
        }
        let probes = SourceAPI.all.compactMap { $0.probe(slug: "acme") }
        #expect(probes.count == 9, "every board API but Workday, Remote OK and HN can be probed by slug")
        #expect(probes.contains { $0 == ("https://acme.breezy.hr/json", "breezy:acme") })
        #expect(
            SourceEndpoints(baseURLs: [.personio: "https://jobs.personio.com"]).url(
                for: try FetchSupport.spec("personio:x"))
                == "https://x.jobs.personio.com/xml?language=en")
    }

    @Test("an empty board is zero postings; an unknown board is one clear 404 line")
    func emptyAndUnknown() throws {
        let server = try LoopbackHTTPServer(responses: [
            .text(200, #"{"offers": []}"#), .text(200, "[]"),
            .text(404, "<html><body>Page not found</body></html>"),
        ])
        let fetcher = FetchSupport.fetcher(server)
        #expect(try #require(try fetcher.fetch(try FetchSupport.spec("recruitee:tidewater")).parse()).postings.isEmpty)
        #expect(try #require(try fetcher.fetch(try FetchSupport.spec("breezy:saltmarsh")).parse()).postings.isEmpty)
        let unknown = fetcher.fetch(try FetchSupport.spec("personio:no-such-company"))
        guard case .failed(let error) = unknown.outcome else {
            Issue.record("expected a 404, got \(unknown.outcome)")
            return
        }
        #expect(error.problem == "\(server.baseURL)/no-such-company/xml?language=en answered HTTP 404")
        #expect(error.status == 404 && error.recoverySuggestion == "check the board name or URL")
        #expect(unknown.metrics.requests == 1, "a 404 is not retried")
    }

    @Test("429 with Retry-After waits as asked, then reads the board")
    func rateLimited() throws {
        let sleeper = RecordingSleeper()
        let server = try LoopbackHTTPServer(responses: [
            .text(429, "slow down", headers: [("Retry-After", "7")]), try FetchSupport.fixture("breezy_positions.json"),
        ])
        let fetch = FetchSupport.fetcher(server, sleeper: sleeper).fetch(try FetchSupport.spec("breezy:saltmarsh"))
        #expect(try #require(try fetch.parse()).postings.count == 3)
        #expect(sleeper.waits == [.seconds(7)])
        #expect(fetch.metrics.rateLimitHits == 1 && fetch.metrics.requests == 2)
    }
}
