// `jobhunt discover search …` as a person runs it: the built binary on the
// embedded SQLite default in a fresh home folder.
import Foundation
import JobHuntTesting
import Testing

@Suite("saved searches, end to end")
struct DiscoverSearchEndToEndTests {
    @Test("add, show, list, edit, disable, enable, remove — on the SQLite default")
    func lifecycle() throws {
        let home = try TemporaryDirectory()
        func run(_ arguments: [String]) throws -> CommandResult {
            try CommandRunner.run(["discover", "search"] + arguments, environment: ["HOME": home.path])
        }

        let added = try run([
            "add", "Remote Swift", "--title", "iOS Engineer", "--title", "Swift Developer", "--work-type", "remote",
            "--level", "senior", "--salary-min", "120000", "--source", "greenhouse:stripe", "--source",
            "rss:https://example.com/jobs.rss", "--exclude-company", "Initech", "--keyword", "Swift",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stderr.contains("saved search 'Remote Swift'"))
        #expect(added.stdout.contains("greenhouse:stripe; rss:https://example.com/jobs.rss"))

        let shown = try ProfileEndToEnd.object(try run(["show", "remote swift", "--json"]))
        #expect(shown["search_name"] as? String == "Remote Swift")
        #expect(shown["target_titles"] as? [String] == ["iOS Engineer", "Swift Developer"])
        #expect(shown["work_arrangements"] as? [String] == ["remote"])
        #expect(shown["min_salary"] as? Int == 120_000)
        #expect(shown["is_active"] as? Bool == true)
        let id = try #require(shown["id"] as? String)
        #expect(id == id.lowercased())

        let duplicate = try run(["add", "REMOTE SWIFT"])
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr.hasPrefix("jobhunt: name: you already have a saved search named 'REMOTE SWIFT' ("))
        let badSource = try run(["add", "x", "--source", "linkedin:acme"])
        #expect(badSource.status == 1)
        #expect(badSource.stderr.contains("jobhunt: --source: 'linkedin' is not a source kind ("))
        let badSalary = try run(["add", "x", "--salary-min", "10", "--salary-max", "9"])
        #expect(badSalary.stderr.contains("jobhunt: --salary-min: 10 is above the maximum 9 ("))
        #expect(try run(["add", "x", "--level", "guru"]).status == 2, "a word that is no level is a usage error")

        let edited = try ProfileEndToEnd.object(
            try run([
                "edit", "remote swift", "--title", "Staff Engineer", "--clear", "source", "--source", "lever:acme",
                "--clear", "salary-min", "--name", "Swift at Acme", "--json",
            ]))
        #expect(edited["target_titles"] as? [String] == ["iOS Engineer", "Swift Developer", "Staff Engineer"])
        #expect(edited["sources"] as? [String] == ["lever:acme"])
        #expect(edited["min_salary"] is NSNull)
        #expect(edited["id"] as? String == id)

        #expect(try run(["disable", "swift at acme", "-q"]).status == 0)
        #expect(try run(["add", "Data", "-q"]).status == 0)
        let table = try run(["list"])
        #expect(table.stdout.hasPrefix("NAME"))
        let rows = table.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: " ").first ?? "" }
        #expect(rows == ["Data", "Swift"])
        let listed = try ProfileEndToEnd.objects(try run(["list", "--json"]))
        #expect(listed.map { $0["is_active"] as? Bool } == [true, false])
        #expect(try run(["enable", "Swift at Acme", "-q"]).status == 0)
        #expect(
            try ProfileEndToEnd.objects(try run(["list", "--json"])).allSatisfy { $0["is_active"] as? Bool == true })

        let removed = try run(["remove", "swift at acme"])
        #expect(removed.stderr.contains("removed saved search 'Swift at Acme'"))
        let gone = try run(["show", "Swift at Acme"])
        #expect(gone.status == 1)
        #expect(
            gone.stderr
                == "jobhunt: you have no saved search named 'Swift at Acme' (see `jobhunt discover search list`)\n")
    }
}
