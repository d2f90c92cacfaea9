// `profile import` and `export` through the built binary: the JSON Resume
// sample round-trips, a bad file changes nothing, and people stay apart.
import Foundation
import JobHuntTesting
import Testing

@Suite("profile import and export, end to end")
struct ProfileImportEndToEndTests {
    static var sample: URL { RepositoryFiles.fixture("jsonresume/sample.resume.json") }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("the sample résumé imports and exports with every mapped field intact")
    func roundTrip() throws {
        let home = try TemporaryDirectory()
        let environment = ["HOME": home.path]
        let imported = try CommandRunner.run(["profile", "import", Self.sample.path], environment: environment)
        #expect(imported.status == 0, "\(imported.stderr)")
        let again = try CommandRunner.run(["profile", "import", Self.sample.path, "--json"], environment: environment)
        let report = try Self.object(again.stdout)
        #expect(
            report["experiences_added"] as? Int == 0 && report["experiences_updated"] as? Int == 1,
            "merged, not doubled")
        #expect(report["skills_added"] as? Int == 0)

        let original = try Self.object(try String(contentsOf: Self.sample, encoding: .utf8))
        let export = try CommandRunner.run(["profile", "export"], environment: environment)
        #expect(export.status == 0, "\(export.stderr)")
        let exported = try Self.object(export.stdout)
        let basics = try #require(original["basics"] as? [String: Any])
        let out = try #require(exported["basics"] as? [String: Any])
        for key in ["name", "label", "email", "url", "summary"] {
            #expect(out[key] as? String == basics[key] as? String, "basics.\(key)")
        }
        let location = try #require(basics["location"] as? [String: Any])
        let outLocation = try #require(out["location"] as? [String: Any])
        for key in ["city", "region", "countryCode"] {
            #expect(outLocation[key] as? String == location[key] as? String, "basics.location.\(key)")
        }
        let work = try #require((original["work"] as? [[String: Any]])?.first)
        let outWork = try #require((exported["work"] as? [[String: Any]])?.first)
        for key in ["name", "position", "startDate", "endDate", "summary"] {
            #expect(outWork[key] as? String == work[key] as? String, "work[0].\(key)")
        }
        #expect(outWork["highlights"] as? [String] == work["highlights"] as? [String])
        let skills = Set(((exported["skills"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String })
        #expect(skills.isSuperset(of: ["HTML", "CSS", "JavaScript", "Compression"]), "\(skills)")

        let file = home.file("resume.md")
        let markdown = try CommandRunner.run(
            ["profile", "export", "-f", "markdown", "-o", file.path], environment: environment)
        #expect(markdown.status == 0)
        #expect((try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int) == 0o600)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("# Richard Hendriks"))
    }

    @Test("a bad file names the field and changes nothing")
    func badFile() throws {
        let home = try TemporaryDirectory()
        let environment = ["HOME": home.path]
        #expect(try CommandRunner.run(["profile", "import", Self.sample.path], environment: environment).status == 0)
        let before = try CommandRunner.run(["profile", "export", "-f", "json"], environment: environment).stdout
        var document = try Self.object(try String(contentsOf: Self.sample, encoding: .utf8))
        var work = try #require(document["work"] as? [[String: Any]])
        work.append(["name": "Hooli", "position": "Engineer", "startDate": "2012-05-01"])
        work.append(["name": "Raviga", "position": "Advisor", "startDate": "last spring"])
        document["work"] = work
        document["basics"] = ["name": "Someone Else", "email": "someone@example.com"]
        let bad = home.file("bad.json")
        try JSONSerialization.data(withJSONObject: document).write(to: bad)
        let result = try CommandRunner.run(["profile", "import", bad.path], environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("jobhunt: work[2].startDate: not a date"))
        #expect(try CommandRunner.run(["profile", "export", "-f", "json"], environment: environment).stdout == before)
        let dry = try CommandRunner.run(
            ["profile", "import", Self.sample.path, "--replace", "--dry-run"], environment: environment)
        #expect(dry.status == 0 && dry.stderr.contains("nothing was written"))
        #expect(try CommandRunner.run(["profile", "export", "-f", "json"], environment: environment).stdout == before)
    }

    @Test("an import acts only on the importing person's rows")
    func isolation() throws {
        let scratch = try ScratchDatabase(.postgres)
        var people: [[String: String]] = []
        var homes: [TemporaryDirectory] = []
        for email in ["ada@example.com", "grace@example.com"] {
            let home = try TemporaryDirectory(prefix: "jobhunt-import")
            homes.append(home)
            let base = ["HOME": home.path, "JOBHUNT_DATABASE_URL": scratch.url]
            if people.isEmpty { #expect(try CommandRunner.run(["migrate", "up"], environment: base).status == 0) }
            people.append(try CommandRunner.logIn(email, environment: base))
        }
        let imported = try CommandRunner.run(
            ["profile", "import", Self.sample.path, "--replace"], environment: people[0])
        #expect(imported.status == 0, "\(imported.stderr)")
        let graceExport = try Self.object(
            try CommandRunner.run(["profile", "export", "-f", "json"], environment: people[1]).stdout)
        #expect((graceExport["experiences"] as? [Any])?.isEmpty == true)
        #expect((graceExport["skills"] as? [Any])?.isEmpty == true)
        let graceReplace = try CommandRunner.run(
            ["profile", "import", "-", "--replace"], environment: people[1], stdin: "{}")
        #expect(graceReplace.status == 0, "\(graceReplace.stderr)")
        let adaExport = try Self.object(
            try CommandRunner.run(["profile", "export", "-f", "json"], environment: people[0]).stdout)
        #expect((adaExport["experiences"] as? [Any])?.count == 1, "Grace's --replace must not touch Ada's history")
        #expect(((adaExport["skills"] as? [Any])?.count ?? 0) >= 9)
        #expect(homes.count == 2)
    }
}
