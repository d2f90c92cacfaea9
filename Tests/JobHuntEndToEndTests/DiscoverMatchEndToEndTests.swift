// `jobhunt discover match` and `discover show` through the built binary, on
// the quick start's sample resume and feeds: the JSON contract, filters as
// flags, the no-model warning, and the model path.
import Foundation
import JobHuntTesting
import Testing

@Suite("discover match and show, end to end")
struct DiscoverMatchEndToEndTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples")

    static let contract: Set<String> = [
        "rank", "id", "title", "company_name", "location", "work_arrangement", "source_platform", "external_id",
        "source_url", "score", "components", "matching_skills", "missing_required_skills", "salary_fit",
        "location_fit",
    ]

    /// A home with the sample profile and postings; `model` points at the test model or nowhere.
    /// The caller keeps `home` alive: the folder is deleted with it.
    static func prepared(model: Bool) throws -> (home: TemporaryDirectory, run: ([String]) throws -> CommandResult) {
        let home = try TemporaryDirectory()
        let environment = [
            "HOME": home.path, "JOBHUNT_NOW": "2026-11-25T00:00:00Z",
            "JOBHUNT_MODEL_DIR": model ? try TestModel.directory().path : home.url.appendingPathComponent("none").path,
        ]
        let run = { (arguments: [String]) in try CommandRunner.run(arguments, environment: environment) }
        let profile = try run(["profile", "import", examples.appendingPathComponent("resume.json").path])
        #expect(profile.status == 0, "\(profile.stderr)")
        let feeds = examples.appendingPathComponent("feeds")
        let discover = try run([
            "discover", "-q", "--source", "file:" + feeds.appendingPathComponent("postings.jsonl").path,
            "--source", "rss:" + feeds.appendingPathComponent("remote-jobs.xml").path,
        ])
        #expect(discover.status == 0, "\(discover.stderr)")
        return (home, run)
    }

    @Test("a floor set in London is in pounds: euro and dollar pay is never compared with it, in match and show")
    func floorCurrency() throws {
        let (home, run) = try Self.prepared(model: false)
        defer { withExtendedLifetime(home) {} }
        #expect(try run(["profile", "set", "--salary-min", "85000"]).status == 0)
        let matches = try ProfileEndToEnd.objects(try run(["discover", "match", "--limit", "50", "--json"]))
        let priced = matches.filter { $0["salary_currency"] is String }
        #expect(priced.contains { $0["salary_currency"] as? String == "GBP" })
        #expect(
            priced.contains { $0["salary_currency"] as? String != "GBP" }, "the sample feeds pay in several currencies")
        for match in priced {
            let fit = match["salary_fit"] as? String
            if match["salary_currency"] as? String == "GBP" {
                #expect(["meets", "partly", "below"].contains(fit), "\(match["title"] ?? "")")
            } else {
                #expect(fit == "other-currency", "\(match["title"] ?? "")")
                #expect((match["components"] as? [String: Any])?["salary"] as? Double == 0.5)
            }
        }
        let foreign = try #require(priced.first { $0["salary_fit"] as? String == "other-currency" })
        let shown = try run(["discover", "show", try #require(foreign["id"] as? String)])
        #expect(shown.stdout.contains("in another currency than your floor"), "\(shown.stdout)")
        let text = try run(["discover", "match", "--limit", "50"])
        #expect(text.stdout.contains("salary: in another currency than your floor"))
    }

    @Test("an empty profile still ranks, with a warning that says why the ranking means little and how to fix it")
    func emptyProfile() throws {
        let home = try TemporaryDirectory()
        let environment = [
            "HOME": home.path, "JOBHUNT_NOW": "2026-11-25T00:00:00Z",
            "JOBHUNT_MODEL_DIR": home.url.appendingPathComponent("none").path,
        ]
        let feed = "file:" + Self.examples.appendingPathComponent("feeds/postings.jsonl").path
        let discover = try CommandRunner.run(["discover", "-q", "--source", feed], environment: environment)
        #expect(discover.status == 0, "\(discover.stderr)")
        let blank = try CommandRunner.run(["discover", "match", "--limit", "3"], environment: environment)
        #expect(blank.status == 0, "\(blank.stderr)")
        #expect(blank.stdout.contains(" 1. "), "still ranked: \(blank.stdout)")
        #expect(blank.stderr.contains("jobhunt: warning: your profile is empty"), "\(blank.stderr)")
        #expect(blank.stderr.contains("jobhunt profile import"), "the fix is named")
        let set = try CommandRunner.run(["profile", "set", "--title", "Go Engineer"], environment: environment)
        #expect(set.status == 0, "\(set.stderr)")
        let titled = try CommandRunner.run(["discover", "match", "--limit", "3"], environment: environment)
        #expect(!titled.stderr.contains("your profile is empty"), "a title is something to rank by")
    }

    @Test("without a model: ranked JSON in the contract's shape, one warning, filters as flags, show by prefix")
    func withoutModel() throws {
        let (home, run) = try Self.prepared(model: false)
        defer { withExtendedLifetime(home) {} }
        let result = try run(["discover", "match", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let matches = try ProfileEndToEnd.objects(result)
        #expect(matches.count >= 10, "\(result.stdout) \(result.stderr)")
        guard matches.count >= 10 else { return }
        #expect(matches.allSatisfy { Self.contract.isSubset(of: $0.keys) })
        #expect(matches.map { $0["rank"] as? Int } == Array(1...matches.count).map { Optional($0) })
        let scores = matches.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        #expect(result.stderr.components(separatedBy: "ranking by skills and keywords only").count == 2)
        #expect(!result.stderr.contains("your profile is empty"), "the sample résumé was imported")
        #expect(
            (matches.last?["title"] as? String)?.contains("Nurse") == true, "the nurse posting fits a Go engineer least"
        )
        #expect((matches.first?["matching_skills"] as? [String])?.contains("Go") == true)

        let remote = try ProfileEndToEnd.objects(
            try run(["discover", "match", "--work-type", "remote", "--salary-min", "100000", "--limit", "3", "--json"]))
        #expect(remote.count == 3)
        #expect(remote.allSatisfy { $0["work_arrangement"] as? String == "remote" })

        let text = try run(["discover", "match", "--limit", "2"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix(" 1. "))
        #expect(text.stdout.contains("skills: "))
        #expect(text.stdout.contains("location: "))

        let id = try #require(matches.first?["id"] as? String)
        // The handle lists print (the id's random end: stored postings share the
        // time-ordered start, so a short prefix names none of them).
        let handle = String(id.suffix(8))
        #expect(text.stdout.contains(handle))
        let show = try ProfileEndToEnd.object(try run(["discover", "show", handle, "--json"]))
        #expect(Set(show.keys) == ["posting", "sources", "fit"])
        #expect((show["posting"] as? [String: Any])?["id"] as? String == id)
        let fit = try #require(show["fit"] as? [String: Any])
        #expect(fit["uses_model"] as? Bool == false)
        #expect(fit["required_skills_covered"] is [String] && fit["keywords_to_add"] is [String])
        let shown = try run(["discover", "show", id])
        #expect(shown.stdout.contains("required"))

        let missing = try run(["discover", "show", "zzzz"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no posting matches 'zzzz'"))
        let noSearch = try run(["discover", "match", "--search", "nope"])
        #expect(noSearch.status == 1)
        #expect(noSearch.stderr.contains("no saved search named 'nope'"))
        let semantic = try run(["discover", "match", "--ranking", "semantic"])
        #expect(semantic.status == 1)
        #expect(try run(["discover", "match", "--limit", "0"]).status == 2)
        #expect(try run(["discover", "match", "--level", "guru"]).status == 2)
    }

    @Test("with the model: the profile is embedded and the semantic component counts")
    func withModel() throws {
        let (home, run) = try Self.prepared(model: true)
        defer { withExtendedLifetime(home) {} }
        let result = try run(["discover", "match", "--limit", "5", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("warning"))
        let matches = try ProfileEndToEnd.objects(result)
        #expect(matches.count == 5)
        let semantic = matches.compactMap { ($0["components"] as? [String: Any])?["semantic"] as? Double }
        #expect(semantic.count == 5 && semantic.contains { $0 != 0.5 })
        #expect(
            matches.allSatisfy {
                ($0["title"] as? String).map { !$0.contains("Nurse") && !$0.contains("React") } ?? false
            })
        let semanticOnly = try run(["discover", "match", "--ranking", "semantic", "--limit", "3", "--json"])
        #expect(semanticOnly.status == 0, "\(semanticOnly.stderr)")
    }
}
