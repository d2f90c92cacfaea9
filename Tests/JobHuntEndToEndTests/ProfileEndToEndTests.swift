// `jobhunt profile` as a person uses it on the embedded defaults: the built
// binary, a fresh home folder, the SQLite file created on first use.
import Foundation
import JobHuntTesting
import Testing

@Suite("profile, end to end")
struct ProfileEndToEndTests {
    /// A fresh home and a runner for the binary inside it.
    struct Home {
        let directory: TemporaryDirectory
        init() throws { directory = try TemporaryDirectory() }

        func run(_ arguments: [String], stdin: String? = nil) throws -> CommandResult {
            try CommandRunner.run(arguments, environment: ["HOME": directory.path], stdin: stdin)
        }

        func json(_ arguments: [String]) throws -> Any {
            let result = try run(arguments + ["--json"])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        }
    }

    @Test("set, show and --json show the same profile; --clear removes a field")
    func setAndShow() throws {
        let home = try Home()
        let empty = try #require(try home.json(["profile", "show"]) as? [String: Any])
        #expect(empty["id"] is NSNull)

        let set = try home.run(
            [
                "profile", "set", "--title", "Staff Engineer", "--years", "12", "--city", "London", "--country",
                "United Kingdom", "--relocate", "--salary-min", "90000", "--salary-max", "120000", "--work-type",
                "hybrid", "--github", "github.com/ada", "--linkedin", "https://www.linkedin.com/in/ada", "--phone",
                "+44 (20) 7946-0000", "--summary", "-",
            ], stdin: "Builds databases that stay up.\nAnd the teams around them.\n")
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.isEmpty)
        #expect(set.stderr.contains("updated title, years, city, country, relocate, salary-min"))

        let card = try home.run(["profile", "show"])
        #expect(card.status == 0)
        for line in [
            "  Title       Staff Engineer", "  Experience  12 years",
            "  Location    London, United Kingdom (willing to relocate)", "  Salary      90000 – 120000",
            "  Phone       +44 (20) 7946-0000", "  GitHub      https://github.com/ada", "  And the teams around them.",
        ] {
            #expect(card.stdout.contains(line + "\n"), "missing '\(line)' in:\n\(card.stdout)")
        }

        let profile = try #require(try home.json(["profile", "show"]) as? [String: Any])
        #expect(profile["current_title"] as? String == "Staff Engineer")
        #expect(profile["years_experience"] as? Int == 12)
        #expect(profile["willing_to_relocate"] as? Bool == true)
        #expect(profile["preferred_work_type"] as? String == "hybrid")
        #expect(profile["phone"] as? String == "+44 (20) 7946-0000")
        #expect(profile["summary"] as? String == "Builds databases that stay up.\nAnd the teams around them.")
        #expect(profile["phone_encrypted"] == nil)
        #expect((profile["id"] as? String)?.lowercased() == profile["id"] as? String)

        let cleared = try home.run(["profile", "set", "--clear", "phone", "--clear", "github", "--no-relocate"])
        #expect(cleared.status == 0, "\(cleared.stderr)")
        let after = try #require(try home.json(["profile", "show"]) as? [String: Any])
        #expect(after["phone"] is NSNull && after["github_url"] is NSNull)
        #expect(after["willing_to_relocate"] as? Bool == false)
        #expect(after["current_title"] as? String == "Staff Engineer")
    }

    @Test("bad values fail with the option named and change nothing")
    func refusals() throws {
        let home = try Home()
        _ = try home.run(["profile", "set", "--title", "Kept", "--salary-max", "100"])
        let cases: [([String], Int32, String)] = [
            (["--salary-min", "200"], 1, "jobhunt: --salary-min: 200 is more than the maximum, 100 ("),
            (["--years", "71"], 2, "jobhunt: invalid value '71' for '--years' (expected an integer from 0 to 70)"),
            (
                ["--github", "https://gitlab.com/ada"], 1,
                "jobhunt: --github: 'https://gitlab.com/ada' is not on github.com"
            ),
            (["--phone", "12345"], 1, "jobhunt: --phone: has 5 digits ("),
            (
                ["--salary-currency", "dollars"], 1,
                "jobhunt: --salary-currency: 'dollars' is not a currency jobhunt reads salaries in ("
            ),
            (["--work-type", "office"], 2, "jobhunt: invalid value 'office' for '--work-type'"),
            (["--title", "x", "--clear", "title"], 2, "jobhunt: --title and --clear title contradict each other"),
            ([], 2, "jobhunt: nothing to change"),
        ]
        for (arguments, status, message) in cases {
            let result = try home.run(["profile", "set"] + arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix(message), "\(arguments): \(result.stderr)")
        }
        let profile = try #require(try home.json(["profile", "show"]) as? [String: Any])
        #expect(profile["current_title"] as? String == "Kept")
        #expect(profile["target_salary_min"] is NSNull)
        #expect(profile["target_salary_currency"] is NSNull)
    }

    @Test("an unset work type shows the one the summary asks for, marked as read; a set one wins")
    func workTypeRead() throws {
        let home = try Home()
        let summary = "Licensed customs broker. Looking for a broker role in Miami, hybrid, or remote."
        #expect(try home.run(["profile", "set", "--title", "Customs Broker", "--summary", summary]).status == 0)
        #expect(try home.run(["profile", "show"]).stdout.contains("Work type  hybrid (read from the summary)"))
        let stored = try #require(try home.json(["profile", "show"]) as? [String: Any])
        #expect(stored["preferred_work_type"] is NSNull, "read, not stored")
        #expect(try home.run(["profile", "set", "--work-type", "onsite"]).status == 0)
        let card = try home.run(["profile", "show"]).stdout
        #expect(card.contains("Work type  onsite") && !card.contains("read from the summary"))
    }

    @Test("a salary currency is stored in capitals, shown with the range, and cleared by name")
    func salaryCurrency() throws {
        let home = try Home()
        let set = try home.run(["profile", "set", "--salary-min", "120000", "--salary-currency", "usd"])
        #expect(set.status == 0, "\(set.stderr)")
        let profile = try #require(try home.json(["profile", "show"]) as? [String: Any])
        #expect(profile["target_salary_currency"] as? String == "USD")
        #expect(try home.run(["profile", "show"]).stdout.contains("from 120000 USD"))
        #expect(try home.run(["profile", "set", "--clear", "salary-currency"]).status == 0)
        let cleared = try #require(try home.json(["profile", "show"]) as? [String: Any])
        #expect(cleared["target_salary_currency"] is NSNull)
        #expect(cleared["target_salary_min"] as? Int == 120_000)
    }

    @Test("experience add, list, edit and remove")
    func experiences() throws {
        let home = try Home()
        let added = try home.run([
            "profile", "experience", "add", "--company", "Acme", "--title", "Staff Engineer", "--start", "2021-03",
            "--current", "--tech", "k8s", "--tech", "Swift", "--achievement", "Cut build times by 60%",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let id = added.stdout.trimmingCharacters(in: .newlines)
        #expect(UUID(uuidString: id) != nil && id == id.lowercased())
        #expect(added.stderr.contains("added \(id.prefix(8)): Staff Engineer, Acme (2021-03 – now)"))
        let older = try home.run([
            "profile", "experience", "add", "--company", "Initech", "--title", "Engineer", "--start", "2016-01-15",
            "--end", "2021-02",
        ])
        #expect(older.status == 0, "\(older.stderr)")

        let list = try home.run(["profile", "experience", "list"])
        let lines = list.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("\(id.prefix(8))  2021-03 – now      Staff Engineer  Acme"))
        #expect(lines[2].contains("2016-01 – 2021-02  Engineer        Initech"))

        let jobs = try #require(try home.json(["profile", "experience", "list"]) as? [[String: Any]])
        #expect(jobs.first?["technologies_used"] as? [String] == ["Kubernetes", "Swift"])
        #expect(jobs.first?["start_date"] as? String == "2021-03-01")
        #expect(jobs.first?["end_date"] is NSNull && jobs.first?["is_current"] as? Bool == true)
        #expect(jobs.last?["end_date"] as? String == "2021-02-01")

        let edited = try home.run(["profile", "experience", "edit", String(id.prefix(5)), "--end", "2025-06-30"])
        #expect(edited.status == 0, "\(edited.stderr)")
        let job = try #require(try home.json(["profile", "experience", "list"]) as? [[String: Any]]).first
        #expect(job?["is_current"] as? Bool == false && job?["end_date"] as? String == "2025-06-30")

        let badDate = try home.run(["profile", "experience", "edit", id, "--start", "2021/03"])
        #expect(badDate.status == 1)
        #expect(badDate.stderr.hasPrefix("jobhunt: --start: '2021/03' is not a date (use YYYY-MM or YYYY-MM-DD"))
        let both = try home.run(["profile", "experience", "edit", id, "--current", "--end", "2025-01"])
        #expect(both.stderr.hasPrefix("jobhunt: --end: a current job has no end date"))

        let removed = try home.run(["profile", "experience", "remove", String(id.prefix(8))])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stderr.contains("removed \(id.prefix(8))"))
        let again = try home.run(["profile", "experience", "remove", String(id.prefix(8))])
        #expect(again.status == 1)
        #expect(again.stderr.hasPrefix("jobhunt: no such experience '\(id.prefix(8))'"))
        #expect((try home.json(["profile", "experience", "list"]) as? [[String: Any]])?.count == 1)
    }

    @Test("with Redis configured, each process sees the previous one's write (the cache is invalidated)")
    func sharedCache() throws {
        let home = try TemporaryDirectory()
        let environment = ["HOME": home.path, "JOBHUNT_REDIS_URL": TestServices.redisURL]
        for title in ["First", "Second", "Third"] {
            let set = try CommandRunner.run(["profile", "set", "--title", title], environment: environment)
            #expect(set.status == 0, "\(set.stderr)")
            #expect(!set.stderr.contains("Redis"), "Redis is up: \(set.stderr)")
            for _ in 0..<2 {
                let show = try CommandRunner.run(["profile", "show", "--json"], environment: environment)
                #expect(show.stdout.contains("\"current_title\":\"\(title)\""), "\(show.stdout) \(show.stderr)")
            }
        }
    }

    @Test("the phone number is not in the database file")
    func phoneEncryptedOnDisk() throws {
        let home = try Home()
        let set = try home.run(["profile", "set", "--phone", "+1 415 555 0199", "--title", "Marker Title"])
        #expect(set.status == 0, "\(set.stderr)")
        let folder = home.directory.file(".local/share/jobhunt")
        var bytes = Data()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
        where name.hasPrefix("jobhunt.sqlite3") {
            bytes += try Data(contentsOf: folder.appendingPathComponent(name))
        }
        #expect(bytes.range(of: Data("Marker Title".utf8)) != nil)
        #expect(bytes.range(of: Data("4155550199".utf8)) == nil)
        #expect(bytes.range(of: Data("555 0199".utf8)) == nil)
    }
}
