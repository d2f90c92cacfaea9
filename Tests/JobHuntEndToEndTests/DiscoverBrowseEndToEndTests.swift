// `jobhunt discover list` and `discover stats` through the built binary on
// rows written with SQL (the ingest is built elsewhere), on SQLite.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@Suite("discover list and stats, end to end")
struct DiscoverBrowseEndToEndTests {
    /// The seed's job_postings columns, without `embedding` (which `discover list` leaves out).
    static let postingColumns: Set<String> = [
        "id", "external_id", "company_id", "title", "description", "requirements", "benefits", "salary_min",
        "salary_max", "salary_currency", "experience_level", "employment_type", "work_arrangement", "location_city",
        "location_state", "location_country", "source_platform", "source_url", "posted_date", "expires_date",
        "is_active", "required_skills", "preferred_skills", "created_at", "updated_at",
    ]

    @Test("list shows active postings newest first with company_name; stats counts per platform and day")
    func listAndStats() throws {
        let scratch = try ScratchDatabase(.sqlite)
        let home = try TemporaryDirectory()
        func run(_ arguments: [String]) throws -> CommandResult {
            try CommandRunner.run(arguments, environment: ["HOME": home.path, "JOBHUNT_DATABASE_URL": scratch.url])
        }
        #expect(try run(["migrate", "up", "-q"]).status == 0)
        let db = try scratch.open()
        defer { db.close() }
        let acme = UUID()
        try db.execute("INSERT INTO companies (id, name) VALUES (\(acme), 'Acme')")
        for (title, active, posted) in [
            ("Older", 1, "2026-01-02"), ("Newer", 1, "2026-03-04"), ("Closed", 0, "2026-05-06"),
        ] {
            try db.execute(
                """
                INSERT INTO job_postings (title, description, company_id, source_platform, source_url, is_active,
                    posted_date, salary_min, salary_max, work_arrangement, location_city, location_country)
                VALUES (\(title), 'Build it.', \(acme), 'greenhouse', \("https://example.com/" + title), \(active), \(posted), 100000, 150000,
                    'remote', 'Berlin', 'DE')
                """)
        }
        let today = CalendarDate(utcDayOf: Date())
        try db.execute(
            """
            INSERT INTO platform_metrics (platform_name, metric_date, total_jobs_scraped, successful_scrapes,
                failed_scrapes, rate_limit_hits, average_response_time_ms)
            VALUES ('greenhouse', \(today), 42, 3, 1, 2, 180), ('lever', '2001-01-01', 9, 9, 0, 0, 90)
            """)

        let postings = try ProfileEndToEnd.objects(try run(["discover", "list", "--json"]))
        #expect(postings.map { $0["title"] as? String } == ["Newer", "Older"])
        #expect(Set(postings[0].keys) == Self.postingColumns.union(["company_name"]))
        #expect(postings[0]["company_name"] as? String == "Acme")
        #expect(postings[0]["company_id"] as? String == acme.uuidString.lowercased())
        #expect(postings[0]["posted_date"] as? String == "2026-03-04")
        let all = try ProfileEndToEnd.objects(try run(["discover", "list", "--all", "--limit", "2", "--json"]))
        #expect(all.map { $0["title"] as? String } == ["Closed", "Newer"])
        let table = try run(["discover", "list"])
        #expect(table.stdout.hasPrefix("ID"))
        #expect(table.stdout.contains("100000–150000 USD"))
        #expect(table.stdout.contains("Berlin, DE"))

        let stats = try ProfileEndToEnd.object(try run(["discover", "stats", "--json"]))
        let metrics = try #require(stats["metrics"] as? [[String: Any]])
        #expect(metrics.count == 1, "the 2001 row is outside the default 7 days")
        #expect(metrics.first?["total_jobs_scraped"] as? Int == 42)
        #expect(metrics.first?["rate_limit_hits"] as? Int == 2)
        #expect(metrics.first?["metric_date"] as? String == today.description)
        let counts = try #require(stats["postings"] as? [[String: Any]])
        #expect(counts.first?["active"] as? Int == 2)
        #expect(counts.first?["inactive"] as? Int == 1)
        let text = try run(["discover", "stats", "--days", "100000"])
        #expect(text.status == 2, "--days is bounded")
        let people = try run(["discover", "stats"])
        #expect(people.stdout.hasPrefix("PLATFORM"))
        #expect(people.stdout.contains("SOURCE"))
    }

    @Test("nothing stored or configured yet: each command says what is missing and how to add it")
    func nothingYet() throws {
        let home = try TemporaryDirectory()
        func run(_ arguments: [String]) throws -> CommandResult {
            try CommandRunner.run(arguments, environment: ["HOME": home.path])
        }
        let list = try run(["discover", "list"])
        #expect(list.status == 0 && list.stdout.isEmpty, "no bare table header")
        #expect(list.stderr.contains("no active postings (run `jobhunt discover --source KIND:ARG`"), "\(list.stderr)")
        #expect(try run(["discover", "list", "--json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")

        let all = try run(["discover", "--all"])
        #expect(all.status == 1, "cron's entry point fails loudly when nothing is configured")
        #expect(all.stderr.contains("--all found no active saved search"), "\(all.stderr)")
        #expect(all.stderr.contains("jobhunt discover search add NAME --source KIND:ARG"))

        #expect(try run(["discover", "search", "add", "go jobs", "--title", "Go Engineer"]).status == 0)
        let search = try run(["discover", "--search", "go jobs"])
        #expect(search.status == 1)
        #expect(search.stderr.contains("saved search 'go jobs' has no sources to read"), "\(search.stderr)")
        #expect(search.stderr.contains("jobhunt discover search edit 'go jobs' --source KIND:ARG"))
        let stillNone = try run(["discover", "--all"])
        #expect(stillNone.stderr.contains("no active saved search has a source"), "\(stillNone.stderr)")

        let feed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/feeds/postings.jsonl")
        #expect(try run(["discover", "search", "edit", "go jobs", "--source", "file:" + feed.path]).status == 0)
        let found = try run(["discover", "-q", "--all"])
        #expect(found.status == 0, "the remedy works: \(found.stderr)")
        #expect(try run(["discover", "list"]).stdout.hasPrefix("ID"))
    }
}
