// `discover company`'s core: the board names tried for a company, hosted-board links read
// back into sources, and the finder over real loopback HTTP (API probes, a careers page,
// the cache).
import Foundation
import JobHuntIO
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Finding a company's boards")
struct BoardFinderTests {
    @Test("names, domains and careers URLs give at most two slugs, legal forms and accents dropped")
    func slugs() throws {
        #expect(CompanyQuery("Acme Robotics GmbH")?.slugs == ["acmerobotics", "acme-robotics"])
        #expect(CompanyQuery("Société Générale")?.slugs == ["societegenerale", "societe-generale"])
        #expect(CompanyQuery("Tidewater")?.slugs == ["tidewater"])
        #expect(CompanyQuery("acme-robotics.co.uk")?.slugs == ["acmerobotics", "acme-robotics"])
        #expect(CompanyQuery("www.tidewater.example")?.slugs == ["tidewater"])
        let page = try #require(CompanyQuery("https://careers.kranich.example/jobs"))
        #expect(page.careersPage?.absoluteString == "https://careers.kranich.example/jobs")
        #expect(page.slugs == ["kranich"])
        #expect(CompanyQuery("   ") == nil)
    }

    @Test("links to hosted boards become sources; other links do not")
    func links() {
        let cases: [(String, String?)] = [
            ("https://boards.greenhouse.io/tessellate/jobs/4871203008", "greenhouse:tessellate"),
            ("https://job-boards.greenhouse.io/tessellate", "greenhouse:tessellate"),
            ("https://jobs.lever.co/brightcanopy/0f5c", "lever:brightcanopy"),
            ("https://jobs.ashbyhq.com/lumenfold", "ashby:lumenfold"),
            ("https://apply.workable.com/quarry/", "workable:quarry"),
            ("https://apply.workable.com/j/3F8A2C91B7", nil),
            ("https://jobs.smartrecruiters.com/HelioGrid/744000071234501", "smartrecruiters:HelioGrid"),
            ("https://tidewater.recruitee.com/o/frontend", "recruitee:tidewater"),
            ("https://kranich.jobs.personio.de/job/1874203", "personio:kranich"),
            ("https://fjordlight.teamtailor.com/jobs", "teamtailor:fjordlight"),
            ("https://saltmarsh.breezy.hr/p/5c1e", "breezy:saltmarsh"),
            (
                "https://northwind.wd5.myworkdayjobs.com/en-US/External/job/x",
                "workday:https://northwind.wd5.myworkdayjobs.com/External"
            ),
            ("https://www.linkedin.com/company/acme/jobs", nil),
        ]
        for (link, source) in cases {
            #expect(BoardLinks.source(for: URL(string: link)!) == source, "\(link)")
        }
        let html = #"<a href="/about">About</a> <a class=x href='https://jobs.lever.co/acme'>Jobs</a>"#
        #expect(
            BoardLinks.links(in: html, base: URL(string: "https://acme.example/careers")).map(\.absoluteString) == [
                "https://acme.example/about", "https://jobs.lever.co/acme",
            ])
    }

    @Test("a name is tried once at each board API; only a board with postings counts")
    func probes() throws {
        let offers = try SourceFixtures.data("recruitee_offers.json")
        let server = try LoopbackHTTPServer(route: { request in
            switch request.target {
            case "/tidewater/api/offers/": return .init(status: 200, body: offers)
            case "/v1/companies/tidewater/postings?offset=0&limit=100":
                return .text(200, #"{"offset": 0, "limit": 100, "totalFound": 0, "content": []}"#)
            default: return .text(404, "not found")
            }
        })
        let finder = BoardFinder(fetcher: FetchSupport.fetcher(server), cache: NoCache())
        let result = finder.find(try #require(CompanyQuery("Tidewater B.V.")))
        #expect(result.boards == [FoundBoard(source: "recruitee:tidewater", postings: 2, evidence: .api)])
        #expect(result.requests == 9, "one request for each of the nine APIs a name can be probed at")
        #expect(server.requests.allSatisfy { $0.header("User-Agent")?.hasPrefix("jobhunt/") == true })
        #expect(Set(server.requests.map(\.target)).count == 9)
    }

    /// The fixture in each probed board API's real response shape.
    static let probedFixtures: [(kind: SourceKind, fixture: String)] = [
        (.greenhouse, "greenhouse_jobs.json"), (.lever, "lever_postings.json"), (.ashby, "ashby_jobs.json"),
        (.workable, "workable_account.json"), (.smartrecruiters, "smartrecruiters_postings.json"),
        (.recruitee, "recruitee_offers.json"), (.personio, "personio_positions.xml"),
        (.teamtailor, "teamtailor_jobs.json"), (.breezy, "breezy_positions.json"),
    ]

    @Test("every kind a name can be probed at is found from the name alone, with its postings counted")
    func probesEveryKind() throws {
        let probed = Set(SourceAPI.all.compactMap { $0.probe(slug: "x") }.map { $0.spec.prefix { $0 != ":" } })
        #expect(
            probed == Set(Self.probedFixtures.map { Substring($0.kind.rawValue) }), "a probed kind has no case here")
        for (kind, fixture) in Self.probedFixtures {
            let body = try SourceFixtures.data(fixture)
            let api = try #require(SourceAPI.of(kind))
            // Any base that is not the public host puts the company in the path: the loopback server's shape.
            let placeholder = "http://loopback.invalid"
            let probe = try #require(api.probe(slug: "tidewater", base: placeholder)).url.dropFirst(placeholder.count)
            // The path the board lives at; a paged API (SmartRecruiters) adds its own offset and limit.
            let target = probe.prefix { $0 != "?" }
            let server = try LoopbackHTTPServer(route: { request in
                request.target.prefix { $0 != "?" } == target ? .init(status: 200, body: body) : .text(404, "not found")
            })
            let finder = BoardFinder(fetcher: FetchSupport.fetcher(server), cache: NoCache())
            let result = finder.find(try #require(CompanyQuery("Tidewater B.V.")))
            #expect(result.boards.map(\.source) == ["\(kind.rawValue):tidewater"], "\(kind)")
            #expect(result.boards.allSatisfy { $0.postings > 0 && $0.evidence == .api }, "\(kind)")
            #expect(server.requests.contains { $0.target.hasPrefix(target) }, "\(kind) was not asked at \(target)")
        }
    }

    @Test("a careers page: its own JobPostings and the boards it links to, robots.txt first; then the cache answers")
    func careersPage() throws {
        let jsonld = try String(decoding: SourceFixtures.data("jobposting_page.html"), as: UTF8.self)
        let page = jsonld.replacingOccurrences(
            of: "</body>",
            with: #"<a href="https://boards.greenhouse.io/tessellate">Engineering</a> "#
                + #"<a href="https://fjordlight.teamtailor.com/jobs">Nordics</a></body>"#)
        let greenhouse = try SourceFixtures.data("greenhouse_jobs.json")
        let teamtailor = try SourceFixtures.data("teamtailor_jobs.json")
        let server = try LoopbackHTTPServer(route: { request in
            if request.target.hasPrefix("/careers?") { return .text(200, page) }
            switch request.target {
            case "/robots.txt": return .text(200, "User-agent: *\nDisallow: /private/\n")
            case "/v1/boards/tessellate/jobs?content=true": return .init(status: 200, body: greenhouse)
            case "/fjordlight/jobs.json": return .init(status: 200, body: teamtailor)
            default: return .text(404, "not found")
            }
        })
        let cache = try RedisCache(url: TestServices.redisURL) { _ in }
        try cache.checkConnection()
        let url = "\(server.baseURL)/careers?run=\(UUID().uuidString)"
        let query = try #require(CompanyQuery(url))
        defer { cache.delete(CacheKey("jobhunt:discover:company:" + query.text.lowercased())) }
        let finder = BoardFinder(fetcher: FetchSupport.fetcher(server), cache: cache)
        let result = finder.find(query)
        #expect(
            Array(result.boards.prefix(3)) == [
                FoundBoard(source: "jsonld:\(url)", postings: 2, evidence: .jsonld),
                FoundBoard(source: "greenhouse:tessellate", postings: 9, evidence: .link),
                FoundBoard(source: "teamtailor:fjordlight", postings: 2, evidence: .link),
            ])
        #expect(
            server.requests.prefix(2).map(\.target) == ["/robots.txt", "/careers?run=" + url.split(separator: "=")[1]])
        #expect(!result.cached && result.requests == server.requests.count)

        let before = server.requests.count
        let again = finder.find(query)
        #expect(again.cached && again.requests == 0 && again.boards == result.boards)
        #expect(server.requests.count == before, "the cached answer makes no request")
    }
}
