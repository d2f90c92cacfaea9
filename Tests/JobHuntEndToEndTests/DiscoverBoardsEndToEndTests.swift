// `jobhunt discover --source KIND:ARG` for every issue-22 kind through the built binary,
// against one loopback server that answers as each API does: all eight boards stored,
// an unknown board reported in one line without stopping the others, and a second run
// that changes nothing.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@Suite("discover employer boards, end to end")
struct DiscoverBoardsEndToEndTests {
    static func fixture(_ name: String) -> Data {
        (try? Data(contentsOf: DiscoverEndToEndTests.fixtures.appendingPathComponent(name))) ?? Data()
    }

    /// One server for every API, routed by method and path as the real APIs answer.
    static func boards() throws -> LoopbackHTTPServer {
        let files: [String: String] = [
            "/api/v1/widget/accounts/quarry?details=true": "workable_account.json",
            "/v1/companies/heliogrid/postings?offset=0&limit=100": "smartrecruiters_postings.json",
            "/v1/companies/heliogrid/postings/744000071234501": "smartrecruiters_posting.json",
            "/tidewater/api/offers/": "recruitee_offers.json",
            "/kranich/xml?language=en": "personio_positions.xml",
            "/fjordlight/jobs.json": "teamtailor_jobs.json",
            "/saltmarsh/json": "breezy_positions.json",
            "/api/v1/items/47201187": "hn_item.json",
            "/wday/cxs/northwind/External/job/Berlin-Germany/Senior-Data-Engineer_R-10421": "workday_job.json",
        ]
        let bodies = files.mapValues(fixture)
        let search = fixture("workday_jobs.json")
        let thread = fixture("hn_search.json")
        return try LoopbackHTTPServer(route: { request in
            if request.method == "POST", request.target == "/wday/cxs/northwind/External/jobs" {
                return .init(status: 200, body: search)
            }
            if request.target.hasPrefix("/api/v1/search_by_date?") { return .init(status: 200, body: thread) }
            if let body = bodies[request.target] { return .init(status: 200, body: body) }
            return .text(404, "<html><body>Page not found</body></html>")
        })
    }

    @Test("every board kind is stored once, an unknown board fails alone, and a re-run changes nothing")
    func everyKind() throws {
        let server = try Self.boards()
        defer { server.stop() }
        let home = try TemporaryDirectory()
        var environment = ["HOME": home.path, "JOBHUNT_NOW": "2026-03-05T00:00:00Z"]
        for kind in ["WORKDAY", "WORKABLE", "SMARTRECRUITERS", "RECRUITEE", "PERSONIO", "TEAMTAILOR", "BREEZY", "HN"] {
            environment["JOBHUNT_SOURCES_\(kind)_URL"] = server.baseURL.absoluteString
        }
        let expected = [
            "workday:northwind/External": 3, "workable:quarry": 3, "smartrecruiters:heliogrid": 3,
            "recruitee:tidewater": 2, "personio:kranich": 3, "teamtailor:fjordlight": 2, "breezy:saltmarsh": 3,
            "hn:2026-03": 5,
        ]
        let sources = expected.keys.sorted().flatMap { ["--source", $0] }

        let first = try CommandRunner.run(
            ["discover", "--json"] + sources + ["--source", "personio:nosuch"], environment: environment)
        #expect(first.status == 1, "the unknown board makes the run fail")
        let failures = first.stderr.split(separator: "\n").filter { $0.contains("personio:nosuch") }
        #expect(failures.count == 1, "\(first.stderr)")
        #expect(failures.first?.contains("\(server.baseURL)/nosuch/xml?language=en answered HTTP 404") == true)
        let one = try DiscoverEndToEndTests.summaries(first)
        for (source, count) in expected {
            #expect(one[source]?["new"] as? Int == count, "\(source): \(one[source] ?? [:])")
            // The thread's one free-prose comment is a record problem, not a posting.
            #expect(one[source]?["failed"] as? Int == (source == "hn:2026-03" ? 1 : 0), "\(source)")
        }
        #expect(server.requests.allSatisfy { $0.header("User-Agent")?.hasPrefix("jobhunt/") == true })

        let second = try CommandRunner.run(["discover", "--json"] + sources, environment: environment)
        #expect(second.status == 0, "\(second.stderr)")
        let two = try DiscoverEndToEndTests.summaries(second)
        for (source, count) in expected {
            #expect(two[source]?["new"] as? Int == 0 && two[source]?["updated"] as? Int == 0, "\(source)")
            #expect(two[source]?["unchanged"] as? Int == count, "\(source): \(two[source] ?? [:])")
        }

        let db = try Database(
            location: DatabaseLocation("sqlite:" + home.file(".local/share/jobhunt/jobhunt.sqlite3").path))
        #expect(try db.scalar("SELECT COUNT(*) FROM job_postings", as: Int.self) == 24)
        #expect(
            try db.scalar(
                "SELECT COUNT(*) FROM job_postings WHERE source_platform = 'hn' AND salary_min IS NOT NULL",
                as: Int.self) == 4)
        #expect(
            try db.scalar(
                "SELECT salary_min FROM job_postings WHERE source_platform = 'workday' AND title = 'Senior Data Engineer'",
                as: Int.self) == 75_000)
    }
}

@Suite("discover company, end to end")
struct DiscoverCompanyEndToEndTests {
    @Test("a company's board is found, printed with its count, added to a saved search, and read from there")
    func findAndAdd() throws {
        let server = try DiscoverBoardsEndToEndTests.boards()
        defer { server.stop() }
        let home = try TemporaryDirectory()
        var environment = ["HOME": home.path, "JOBHUNT_NOW": "2026-03-05T00:00:00Z"]
        for kind in [
            "GREENHOUSE", "LEVER", "ASHBY", "WORKABLE", "SMARTRECRUITERS", "RECRUITEE", "PERSONIO", "TEAMTAILOR",
            "BREEZY",
        ] {
            environment["JOBHUNT_SOURCES_\(kind)_URL"] = server.baseURL.absoluteString
        }
        let added = try CommandRunner.run(
            ["discover", "search", "add", "dutch", "--title", "Frontend Developer"], environment: environment)
        #expect(added.status == 0, "\(added.stderr)")

        let found = try CommandRunner.run(
            ["discover", "company", "Tidewater B.V.", "--add", "dutch"], environment: environment)
        #expect(found.status == 0, "\(found.stderr)")
        let lines = found.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines == ["SOURCE POSTINGS FOUND BY", "recruitee:tidewater 2 api"])
        #expect(found.stderr.contains("added 1 source(s) to saved search 'dutch'"), "\(found.stderr)")

        let shown = try CommandRunner.run(["discover", "search", "show", "dutch", "--json"], environment: environment)
        #expect(shown.stdout.contains("recruitee:tidewater"), "\(shown.stdout)")
        let run = try CommandRunner.run(["discover", "--json", "--search", "dutch"], environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try DiscoverEndToEndTests.summaries(run)["recruitee:tidewater"]?["new"] as? Int == 2)

        let none = try CommandRunner.run(["discover", "company", "Nobody Anywhere Ltd"], environment: environment)
        #expect(none.status == 1)
        #expect(
            none.stderr.hasPrefix(
                "jobhunt: no job board found for 'Nobody Anywhere Ltd' (tried nobodyanywhere, nobody-anywhere)"),
            "\(none.stderr)")
    }
}
