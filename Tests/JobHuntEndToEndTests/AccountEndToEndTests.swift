// Accounts through the built binary: the first minute on the embedded
// default, and logging in on a shared PostgreSQL database.
import Foundation
import JobHuntTesting
import Testing

@Suite("accounts, end to end")
struct AccountEndToEndTests {
    @Test("on the embedded default the first command creates the local user")
    func firstRun() throws {
        let home = try TemporaryDirectory()
        let whoami = try CommandRunner.run(["whoami"], environment: ["HOME": home.path])
        #expect(whoami.status == 0, "\(whoami.stderr)")
        #expect(whoami.stdout == "me@jobhunt.local\n")
        #expect(whoami.stderr.contains("created the local user"))
        let again = try CommandRunner.run(["whoami"], environment: ["HOME": home.path])
        #expect(again.stderr.isEmpty)
    }

    @Test("init creates your account, logs in, and saves the session 0600")
    func initialise() throws {
        let home = try TemporaryDirectory()
        let environment = ["HOME": home.path]
        let result = try CommandRunner.run(
            [
                "init", "--email", "Ada@Example.com", "--first-name", "Ada", "--last-name", "Lovelace",
                "--password-stdin",
            ],
            environment: environment, stdin: "analytical engine\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Ada Lovelace <ada@example.com>\n")
        let session = home.file(".local/state/jobhunt/session").path
        #expect((try FileManager.default.attributesOfItem(atPath: session)[.posixPermissions] as? Int) == 0o600)
        let json = try CommandRunner.run(["whoami", "--json"], environment: environment)
        let user = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(user["email"] as? String == "ada@example.com")
        #expect((user["id"] as? String).map { $0 == $0.lowercased() } == true)
        #expect(user["password_hash"] == nil)
        let twice = try CommandRunner.run(["init", "--email", "ada@example.com"], environment: environment)
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("already exists"))
    }

    @Test("a shared PostgreSQL database needs a login; sessions work from the file and from JOBHUNT_SESSION")
    func postgresLogin() throws {
        let scratch = try ScratchDatabase(.postgres)
        let home = try TemporaryDirectory()
        let environment = ["HOME": home.path, "JOBHUNT_DATABASE_URL": scratch.url]
        #expect(try CommandRunner.run(["migrate", "up"], environment: environment).status == 0)
        let anonymous = try CommandRunner.run(["whoami"], environment: environment)
        #expect(anonymous.status == 1)
        #expect(anonymous.stderr == "jobhunt: not logged in (run `jobhunt login --email YOU`)\n")

        let add = try CommandRunner.run(
            ["user", "add", "--email", "grace@example.com", "--password-stdin"], environment: environment,
            stdin: "compiler pioneer\n")
        #expect(add.status == 0, "\(add.stderr)")
        let wrong = try CommandRunner.run(
            ["login", "--email", "grace@example.com", "--password-stdin"], environment: environment,
            stdin: "bad guess!!\n")
        #expect(wrong.status == 1)
        #expect(wrong.stderr.hasPrefix("jobhunt: wrong e-mail or password"))
        #expect(!wrong.stderr.contains("bad guess"))

        let login = try CommandRunner.run(
            ["login", "--email", "grace@example.com", "--password-stdin"], environment: environment,
            stdin: "compiler pioneer\n")
        #expect(login.status == 0, "\(login.stderr)")
        #expect(try CommandRunner.run(["whoami"], environment: environment).stdout == "grace@example.com\n")

        let token = try CommandRunner.run(
            ["login", "--email", "grace@example.com", "--password-stdin", "--print-token"], environment: environment,
            stdin: "compiler pioneer\n")
        let raw = token.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(raw.hasPrefix("jh_"))
        let cronHome = try TemporaryDirectory()
        let cron = try CommandRunner.run(
            ["whoami"],
            environment: ["HOME": cronHome.path, "JOBHUNT_DATABASE_URL": scratch.url, "JOBHUNT_SESSION": raw])
        #expect(cron.stdout == "grace@example.com\n")

        let expired = try CommandRunner.run(
            ["whoami"],
            environment: [
                "HOME": cronHome.path, "JOBHUNT_DATABASE_URL": scratch.url, "JOBHUNT_SESSION": raw,
                "JOBHUNT_NOW": "2099-01-01T00:00:00Z",
            ])
        #expect(expired.status == 1)
        #expect(expired.stderr == "jobhunt: your session has expired (run `jobhunt login`)\n")

        #expect(try CommandRunner.run(["logout"], environment: environment).status == 0)
        #expect(try CommandRunner.run(["whoami"], environment: environment).status == 1)
    }

    @Test("passwords are never taken from the command line or echoed")
    func noPasswordWithoutStdin() throws {
        let home = try TemporaryDirectory()
        let result = try CommandRunner.run(
            ["user", "add", "--email", "x@example.com"], environment: ["HOME": home.path])
        #expect(result.status == 2)
        #expect(result.stderr == "jobhunt: no password given (pass --password-stdin and pipe the password in)\n")
        let flag = try CommandRunner.run(["login", "--password", "hunter2"], environment: ["HOME": home.path])
        #expect(flag.status == 2)
        #expect(!flag.stderr.contains("hunter2"))
    }
}
