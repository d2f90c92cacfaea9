// Issue 19's example through the built binary on both engines: a backend
// engineer in Denver saves "Denver, CO or Remote (US)", remote or hybrid,
// $170k floor, senior or lead, over 120 postings fed through the normaliser,
// and gets exactly the postings that fit (the levels a ladder, so a title with
// no level word passes and ranks below); level words are read with a note,
// and accents never decide whether a place is found.
import Foundation
import JobHuntTesting
import Testing

@Suite("discover search and match: preferences as people state them, end to end")
struct DiscoverPreferencesEndToEndTests {
    /// Where a posting is, as a source writes it, and whether it is "Denver, CO or Remote (US)"
    /// with remote or hybrid work.
    static let places: [(workplace: String, location: String, fits: Bool)] = [
        ("onsite", "Denver, CO", false),
        ("hybrid", "Denver, CO", true),
        ("remote", "Remote - US", true),
        ("remote", "Remote (EU)", false),
        ("remote", "Remote - UK", false),
        ("hybrid", "Boulder, CO", false),
        ("onsite", "Paris, Île-de-France, France", false),
        ("remote", "Remote", true),
        ("hybrid", "New York, NY", false),
        ("remote", "Remote - Canada", false),
        ("remote", "Anywhere", true),
    ]
    /// Title words and whether "senior or staff" admits them: the saved search's
    /// levels are a ladder (docs/matching.md, "Levels"), so a title without a
    /// level word passes and ranks below; "Junior", two rungs below senior, does not.
    static let levels: [(word: String, fits: Bool)] = [
        ("Senior", true), ("Staff", true), ("Lead", true), ("Principal", true), ("Junior", false), ("", true),
        ("Sr.", true),
    ]
    /// Yearly USD pay and whether it passes a 170,000 floor (no pay passes).
    static let pay: [(range: ClosedRange<Int>?, fits: Bool)] = [
        (nil, true), (150_000...165_000, false), (175_000...200_000, true), (160_000...180_000, true),
        (200_000...230_000, true),
    ]

    /// One posting of the feed: the i-th combination of place, level and pay.
    struct Posting {
        let id: String
        let line: String
        let fits: Bool
        let paid: Bool
    }

    static func postings() throws -> [Posting] {
        try (0..<120).map { index in
            let place = places[index % places.count]
            let level = levels[index % levels.count]
            let salary = pay[index % pay.count]
            let id = "pref-\(index)"
            var object: [String: Any] = [
                "source_platform": "prefs", "external_id": id, "url": "https://prefs.example/jobs/\(id)",
                "title": ([level.word, "Backend Engineer"].filter { !$0.isEmpty }).joined(separator: " "),
                "company": "Company \(index % 17)", "locations": [place.location], "workplace": place.workplace,
                "employment_type": "full-time", "posted_at": "2026-11-20", "expires_at": "2027-01-31",
                "description_html":
                    "<p>Build Go services and PostgreSQL schemas for our payments platform.</p>"
                    + "<h3>Requirements</h3><ul><li>Go</li><li>PostgreSQL</li><li>Kubernetes</li></ul>",
            ]
            if let range = salary.range {
                object["salary_min"] = range.lowerBound
                object["salary_max"] = range.upperBound
                object["salary_currency"] = "USD"
                object["salary_period"] = "year"
            }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            return Posting(
                id: id, line: String(decoding: data, as: UTF8.self), fits: place.fits && level.fits && salary.fits,
                paid: salary.range != nil)
        }
    }

    @Test(
        "issue 19's saved search returns the postings that fit, and accents do not matter",
        arguments: TestEngine.allCases)
    func savedSearch(engine: TestEngine) throws {
        let home = try TemporaryDirectory()
        let noModel = try TemporaryDirectory()
        var scratch: ScratchDatabase?
        var shared: ProfileEndToEnd.SharedDatabase?
        var environment: [String: String]
        switch engine {
        case .sqlite:
            scratch = try ScratchDatabase(.sqlite)
            environment = ["HOME": home.path, "JOBHUNT_DATABASE_URL": scratch!.url]
            #expect(try CommandRunner.run(["migrate", "up", "-q"], environment: environment).status == 0)
        case .postgres:
            shared = try ProfileEndToEnd.SharedDatabase()
            environment = try shared!.login("denver@example.com")
        }
        defer { withExtendedLifetime((scratch, shared)) {} }
        environment["JOBHUNT_MODEL_DIR"] = noModel.path
        environment["JOBHUNT_NOW"] = "2026-11-25T00:00:00Z"
        func run(_ arguments: [String]) throws -> CommandResult {
            try CommandRunner.run(arguments, environment: environment)
        }

        let postings = try Self.postings()
        let feed = home.file("postings.jsonl")
        try postings.map(\.line).joined(separator: "\n").write(to: feed, atomically: true, encoding: .utf8)
        let discover = try run(["discover", "-q", "--source", "file:" + feed.path])
        #expect(discover.status == 0, "\(discover.stderr)")
        for (option, value) in [
            ("--title", "Senior Backend Engineer"), ("--city", "Denver"), ("--state", "CO"), ("--country", "US"),
        ] {
            #expect(try run(["profile", "set", option, value]).status == 0)
        }
        #expect(try run(["skills", "add", "Go"]).status == 0)

        let add = try run([
            "discover", "search", "add", "denver", "--location", "Denver, CO", "--location", "Remote (US)",
            "--work-type", "remote", "--work-type", "hybrid", "--salary-min", "170000", "--level", "senior",
            "--level", "staff",
        ])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stderr.contains("--level staff read as lead"), "\(add.stderr)")
        let matched = try run(["discover", "match", "--search", "denver", "--limit", "200", "--only-search", "--json"])
        #expect(matched.status == 0, "\(matched.stderr)")
        let objects = try ProfileEndToEnd.objects(matched)
        // Without --only-search the same postings are there, unmarked, and those outside the search are
        // ranked too, marked.
        let withNear = try ProfileEndToEnd.objects(
            try run(["discover", "match", "--search", "denver", "--limit", "200", "--json"]))
        let inside = withNear.filter { $0["outside_search"] as? Bool == false }.compactMap {
            $0["external_id"] as? String
        }
        #expect(Set(inside) == Set(objects.compactMap { $0["external_id"] as? String }))
        #expect(withNear.count > inside.count && withNear.allSatisfy { $0["outside_search"] is Bool })
        let found = objects.compactMap { $0["external_id"] as? String }
        let expected = postings.filter(\.fits).map(\.id)
        #expect(expected.count >= 10, "the feed has several postings that fit")
        #expect(
            Set(found) == Set(expected),
            "\(engine): extra \(Set(found).subtracting(expected)), missing \(Set(expected).subtracting(found))")

        // Without pay a posting stays, below every one like it that meets the floor.
        let rank = Dictionary(found.enumerated().map { ($1, $0) }) { first, _ in first }
        let fits = postings.filter(\.fits)
        for unpaid in fits where !unpaid.paid {
            let fields = objects.first { $0["external_id"] as? String == unpaid.id }
            let twins = objects.filter {
                $0["title"] as? String == fields?["title"] as? String
                    && $0["location"] as? String == fields?["location"] as? String
                    && $0["salary_fit"] as? String == "meets"
            }
            for twin in twins {
                let twinID = try #require(twin["external_id"] as? String)
                #expect(rank[twinID, default: .max] < rank[unpaid.id, default: .max], "\(twinID) above \(unpaid.id)")
            }
        }

        // A title without a level word is admitted by the ladder but ranks below on seniority.
        for object in objects {
            let title = object["title"] as? String ?? ""
            let seniority = (object["components"] as? [String: Any])?["seniority"] as? Double
            if title == "Backend Engineer" {
                #expect((seniority ?? 1) < 1, "\(engine): \(object)")
            } else if title.hasPrefix("Senior ") {
                #expect(seniority == 1, "\(engine): \(object)")
            }
        }

        // Accents and case: the Paris postings are found whichever way the region is typed.
        var paris: [Set<String>] = []
        for spelling in ["Île-de-France", "Ile-de-France", "ÎLE-DE-FRANCE"] {
            let result = try run(["discover", "match", "--location", spelling, "--limit", "200", "--json"])
            #expect(result.status == 0, "\(result.stderr)")
            paris.append(Set(try ProfileEndToEnd.objects(result).compactMap { $0["external_id"] as? String }))
        }
        let inParis = Set(postings.enumerated().filter { $0.offset % Self.places.count == 6 }.map(\.element.id))
        #expect(paris.allSatisfy { $0 == inParis }, "\(engine): \(paris.map(\.count)) of \(inParis.count)")
        var finds: [Set<String>] = []
        for spelling in ["Île-de-France", "ile-de-france", "de-France"] {
            let result = try run(["discover", "find", "backend", "--location", spelling, "--limit", "200", "--json"])
            #expect(result.status == 0, "\(result.stderr)")
            finds.append(Set(try ProfileEndToEnd.objects(result).compactMap { $0["external_id"] as? String }))
        }
        #expect(finds.allSatisfy { $0 == inParis }, "\(engine): \(finds.map(\.count)) of \(inParis.count)")

        let guru = try run(["discover", "match", "--level", "guru"])
        #expect(guru.status == 2 && guru.stderr.contains("'guru' is not a level"), "\(guru.stderr)")
    }
}
