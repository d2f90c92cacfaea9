// Two people on one shared PostgreSQL database, each with their own session:
// neither can read or change the other's profile or work history through
// any profile command.
import Foundation
import JobHuntTesting
import Testing

@Suite("profile isolation, end to end")
struct ProfileIsolationEndToEndTests {
    /// One person: their own home folder (key file, config) and session token.
    struct Person {
        let home: TemporaryDirectory
        let environment: [String: String]

        init(email: String, database: String) throws {
            home = try TemporaryDirectory()
            let base = ["HOME": home.path, "JOBHUNT_DATABASE_URL": database]
            environment = try CommandRunner.logIn(email, environment: base)
        }

        func run(_ arguments: [String]) throws -> CommandResult {
            try CommandRunner.run(arguments, environment: environment)
        }

        func json(_ arguments: [String]) throws -> String {
            let result = try run(arguments + ["--json"])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return result.stdout
        }
    }

    @Test("user B cannot read or change user A's profile or experiences")
    func twoUsers() throws {
        let scratch = try ScratchDatabase(.postgres)
        let migrate = try CommandRunner.run(["--db", scratch.url, "migrate", "up"])
        #expect(migrate.status == 0, "\(migrate.stderr)")
        let ada = try Person(email: "ada@example.com", database: scratch.url)
        let bob = try Person(email: "bob@example.com", database: scratch.url)

        let set = try ada.run([
            "profile", "set", "--title", "Ada's Title", "--phone", "+44 20 7946 0000", "--years", "9",
        ])
        #expect(set.status == 0, "\(set.stderr)")
        let added = try ada.run([
            "profile", "experience", "add", "--company", "Ada's Company", "--title", "Engineer", "--start", "2020-01",
            "--current",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let adaJob = added.stdout.trimmingCharacters(in: .newlines)
        let adaProfile = try ada.json(["profile", "show"])
        let adaJobs = try ada.json(["profile", "experience", "list"])

        // B reads: a blank profile of B's own, no jobs, nothing of A's anywhere.
        let bobProfile = try bob.json(["profile", "show"])
        #expect(bobProfile.contains("\"id\":null"))
        #expect(try bob.json(["profile", "experience", "list"]) == "[]\n")
        let bobCard = try bob.run(["profile", "show"])
        for text in ["Ada", "7946", "2079460000"] {
            #expect(!bobProfile.contains(text) && !bobCard.stdout.contains(text), "B saw '\(text)'")
        }

        // B writes: only B's profile changes.
        #expect(try bob.run(["profile", "set", "--title", "Bob's Title", "--clear", "phone"]).status == 0)

        // B names A's job: "no such experience", for the full id and a prefix.
        for reference in [adaJob, String(adaJob.prefix(8))] {
            let edit = try bob.run(["profile", "experience", "edit", reference, "--company", "Hijacked"])
            #expect(edit.status == 1)
            #expect(edit.stderr.hasPrefix("jobhunt: no such experience '\(reference)'"), "\(edit.stderr)")
            let remove = try bob.run(["profile", "experience", "remove", reference])
            #expect(remove.status == 1)
            #expect(remove.stderr.hasPrefix("jobhunt: no such experience '\(reference)'"), "\(remove.stderr)")
        }

        // A's rows are exactly as before.
        #expect(try ada.json(["profile", "show"]) == adaProfile)
        #expect(try ada.json(["profile", "experience", "list"]) == adaJobs)
        #expect(adaProfile.contains("+44 20 7946 0000"))
        #expect(try bob.json(["profile", "show"]).contains("Bob's Title"))
    }

    @Test("without a session a shared database refuses the profile commands")
    func noSession() throws {
        let scratch = try ScratchDatabase(.postgres)
        let home = try TemporaryDirectory()
        _ = try CommandRunner.run(["--db", scratch.url, "migrate", "up"])
        let environment = ["HOME": home.path, "JOBHUNT_DATABASE_URL": scratch.url]
        for arguments in [
            ["profile", "show"], ["profile", "set", "--title", "X"], ["profile", "experience", "list"],
        ] {
            let result = try CommandRunner.run(arguments, environment: environment)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.hasPrefix("jobhunt: not logged in"), "\(arguments): \(result.stderr)")
        }
    }
}
