// `jobhunt discover find` through the built binary: words only without a
// model (one warning, exit 0), by meaning with the real model, usage errors
// (exit 2) for text with nothing to look for, and PostgreSQL as a logged-in user.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@Suite("discover find, end to end")
struct DiscoverFindEndToEndTests {
    static let keys: Set<String> = [
        "rank", "id", "title", "company_name", "location", "source_platform", "external_id", "source_url", "score",
        "text_rank", "semantic_rank", "similarity", "snippet",
    ]

    /// Three postings: two about iOS (one never says "swift"), one about nursing.
    static func seed(_ db: Database) throws {
        let acme = UUID()
        try db.execute("INSERT INTO companies (id, name) VALUES (\(acme), 'Acme')")
        for (key, title, description) in [
            ("ios", "Senior Swift Engineer", "Build our iPhone app in Swift and SwiftUI."),
            ("mobile", "Mobile Developer", "Ship native apps for Apple phones and tablets to millions of users."),
            ("nurse", "Registered Nurse", "Clinical care for ICU patients at our hospital."),
        ] {
            try db.execute(
                """
                INSERT INTO job_postings (external_id, title, description, company_id, source_platform, source_url,
                    location_city, location_country)
                VALUES (\(key), \(title), \(description), \(acme), 'greenhouse', \("https://example.com/\(key)"), 'Berlin', 'DE')
                """)
        }
    }

    @Test("SQLite without a model: words only, one warning, the JSON contract, exit codes")
    func withoutModel() throws {
        let scratch = try ScratchDatabase(.sqlite)
        let home = try TemporaryDirectory()
        let noModel = try TemporaryDirectory()
        func run(_ arguments: [String]) throws -> CommandResult {
            try CommandRunner.run(
                arguments,
                environment: [
                    "HOME": home.path, "JOBHUNT_DATABASE_URL": scratch.url, "JOBHUNT_MODEL_DIR": noModel.path,
                ])
        }
        #expect(try run(["migrate", "up", "-q"]).status == 0)
        let db = try scratch.open()
        defer { db.close() }
        try Self.seed(db)
        _ = try run(["whoami"])  // creates the local user, so its one-time note is not counted below

        let result = try run(["discover", "find", "swift engineer", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("warning: no embedding model"), "\(result.stderr)")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(objects.map { $0["external_id"] as? String } == ["ios"])
        let first = try #require(objects.first)
        #expect(Set(first.keys) == Self.keys)
        #expect(first["rank"] as? Int == 1 && first["text_rank"] as? Int == 1)
        #expect(first["semantic_rank"] is NSNull && first["similarity"] is NSNull)
        #expect(first["company_name"] as? String == "Acme" && first["location"] as? String == "Berlin, DE")
        #expect((first["snippet"] as? String)?.contains("[Swift]") == true)

        let table = try run(["discover", "find", "swift"])
        #expect(table.status == 0 && table.stdout.hasPrefix("#") && table.stdout.contains("text 1"))
        let none = try run(["discover", "find", "quantum"])
        #expect(none.status == 0 && none.stdout.isEmpty && none.stderr.contains("no postings match"))

        for hostile in ["NEAR(swift", "swift*", "title:swift", "'; DROP TABLE job_postings; --", #""swift"#] {
            let found = try run(["discover", "find", hostile, "--json"])
            #expect(found.status == 0, "\(hostile): \(found.stderr)")
        }
        for empty in ["", "*", "-swift", #"""#, "the"] {
            let failed = try run(["discover", "find", "--", empty])
            #expect(failed.status == 2, "\(empty)")
            #expect(failed.stderr.hasPrefix("jobhunt: the search text has no word to look for"), "\(failed.stderr)")
        }
        let filtered = try run(["discover", "find", "swift", "--company", "acm", "--location", "berlin", "--json"])
        #expect(filtered.stdout.contains("\"external_id\":\"ios\""), "\(filtered.stdout)")
        let elsewhere = try run(["discover", "find", "swift", "--location", "paris", "--json"])
        #expect(elsewhere.status == 0 && elsewhere.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        #expect(try run(["discover", "find"]).status == 2)
        #expect(try run(["discover", "find", "swift", "--limit", "0"]).status == 2)
        #expect(try run(["discover", "find", "swift", "--work-type", "moon"]).status == 2)
        #expect(try run(["discover", "find", "--", "swift", "-nurse"]).status == 0)
        #expect(try db.scalar("SELECT COUNT(*) FROM job_postings", as: Int.self) == 3)
    }

    @Test("SQLite with the model: a posting found by meaning alone, with its similarity")
    func withModel() throws {
        let scratch = try ScratchDatabase(.sqlite)
        let home = try TemporaryDirectory()
        let environment = [
            "HOME": home.path, "JOBHUNT_DATABASE_URL": scratch.url, "JOBHUNT_MODEL_DIR": try TestModel.directory().path,
        ]
        #expect(try CommandRunner.run(["migrate", "up", "-q"], environment: environment).status == 0)
        let db = try scratch.open()
        defer { db.close() }
        try Self.seed(db)
        let embed = try CommandRunner.run(["discover", "--embed-pending"], environment: environment)
        #expect(embed.status == 0, "\(embed.stderr)")

        let result = try CommandRunner.run(
            ["discover", "find", "iphone developer", "--json"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("warning"))
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(objects.first?["external_id"] as? String == "ios")
        #expect(objects.first?["semantic_rank"] as? Int != nil)
        let mobile = try #require(objects.first { $0["external_id"] as? String == "mobile" })
        #expect(mobile["text_rank"] is NSNull == false, "\"developer\" is in its title")
        #expect((mobile["similarity"] as? Double ?? 0) > 0.15)
        #expect(!objects.contains { $0["external_id"] as? String == "nurse" })
    }

    @Test("PostgreSQL: runs as the logged-in user; without a session it fails")
    func postgres() throws {
        let shared = try ProfileEndToEnd.SharedDatabase()
        let db = try shared.scratch.open()
        defer { db.close() }
        try Self.seed(db)
        let noModel = try TemporaryDirectory()
        var environment = try shared.login("finder@example.com")
        environment["JOBHUNT_MODEL_DIR"] = noModel.path
        let result = try CommandRunner.run(
            ["discover", "find", #"swift -"registered nurse""#, "--json"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(objects.map { $0["external_id"] as? String } == ["ios"])
        #expect((objects.first?["snippet"] as? String)?.contains("[Swift]") == true)

        var anonymous = shared.base
        anonymous["JOBHUNT_MODEL_DIR"] = noModel.path
        let refused = try CommandRunner.run(["discover", "find", "swift"], environment: anonymous)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("log"), "\(refused.stderr)")
    }
}
