// `jobhunt skills` and `jobhunt profile resume` as a person runs them: the built
// binary on the embedded SQLite default in a fresh home folder.
import Foundation
import JobHuntTesting
import Testing

@Suite("skills and resume, end to end")
struct SkillsEndToEndTests {
    @Test("add, list, suggest from a stored resume, remove — on the SQLite default")
    func skillsAndResume() throws {
        let home = try TemporaryDirectory()
        let environment = ["HOME": home.path]
        func run(_ arguments: [String]) throws -> CommandResult {
            try CommandRunner.run(arguments, environment: environment)
        }

        let added = try run(["skills", "add", "k8s", "--level", "advanced", "--years", "4.5", "--primary"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stderr.contains("added Kubernetes"))
        let updated = try run(["skills", "add", "KUBERNETES", "--years", "5"])
        #expect(updated.stderr.contains("updated Kubernetes"))
        #expect(try run(["skills", "add", "Spanish", "--category", "language", "-q"]).status == 0)

        let list = try ProfileEndToEnd.objects(try run(["skills", "list", "--json"]))
        #expect(list.map { $0["skill_name"] as? String } == ["Kubernetes", "Spanish"])
        #expect(list.first?["is_primary"] as? Bool == true)
        #expect(list.first?["proficiency_level"] as? String == "advanced")
        #expect((list.first?["years_experience"] as? NSNumber)?.doubleValue == 5)
        let languages = try ProfileEndToEnd.objects(try run(["skills", "list", "--category", "language", "--json"]))
        #expect(languages.map { $0["skill_name"] as? String } == ["Spanish"])
        let table = try run(["skills", "list"])
        #expect(table.stdout.hasPrefix("SKILL"))
        #expect(table.stdout.contains("Kubernetes"))

        let badYears = try run(["skills", "add", "Go", "--years", "4.55"])
        #expect(badYears.status == 1)
        #expect(badYears.stderr == "jobhunt: 4.55 years has more than one decimal place (give years such as 4.5)\n")
        #expect(try run(["skills", "add", "Go", "--level", "guru"]).status == 2)
        #expect(try run(["skills", "add", "Go", "--years", "71"]).status == 2)

        let stored = try run(ProfileEndToEnd.resumeCommand + [ProfileEndToEnd.resume("resume.pdf").path])
        #expect(stored.status == 0, "\(stored.stderr)")
        let info = try ProfileEndToEnd.object(try run(ProfileEndToEnd.resumeCommand + ["--json"]))
        let url = try #require(info["resume_file_url"] as? String)
        #expect(url.hasPrefix("file://\(home.path)/.local/share/jobhunt/files/"))
        #expect(url.hasSuffix("/resume/resume.pdf"))
        #expect(url.contains("/users/"))
        #expect(info["size"] as? Int == 647)
        #expect(info["type"] as? String == "pdf")
        #expect(info["characters"] as? Int == 54)
        let shown = try run(ProfileEndToEnd.resumeCommand + ["--show"])
        #expect(shown.stdout == "Ada Lovelace\nSkills: Python, Kubernetes and PostgreSQL\n")

        let suggested = try ProfileEndToEnd.objects(try run(["skills", "suggest", "--json"]))
        #expect(suggested.map { $0["skill_name"] as? String } == ["Python", "PostgreSQL"])
        #expect(suggested.first?["found_in"] as? [String] == ["resume"])
        #expect(suggested.first?["count"] as? Int == 1)
        let addAll = try run(["skills", "suggest", "--add"])
        #expect(addAll.stderr.contains("added 2 skills: Python, PostgreSQL"), "\(addAll.stderr)")
        #expect(try run(["skills", "suggest"]).stderr.contains("no new skills"))

        let removed = try run(["skills", "remove", "postgres"])
        #expect(removed.stderr.contains("removed PostgreSQL"))
        let missing = try run(["skills", "remove", "postgres"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "jobhunt: 'postgres' is not on your profile (see `jobhunt skills list`)\n")

        let fake = home.file("fake.pdf")
        try Data("plain words".utf8).write(to: fake)
        let refused = try run(ProfileEndToEnd.resumeCommand + [fake.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("jobhunt: fake.pdf is named .pdf but its content is not a PDF file ("))
        #expect(try run(ProfileEndToEnd.resumeCommand + ["--show"]).stdout.contains("Kubernetes"), "refused, kept")
    }

    @Test("resume commands say so when nothing is stored")
    func noResume() throws {
        let home = try TemporaryDirectory()
        let result = try CommandRunner.run(ProfileEndToEnd.resumeCommand + ["--show"], environment: ["HOME": home.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no resume is stored for you (store one with `jobhunt profile resume FILE`)"))
    }
}
