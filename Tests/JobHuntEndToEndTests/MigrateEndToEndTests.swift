// `jobhunt migrate` as a user runs it: the built binary, a fresh home folder,
// real SQLite and PostgreSQL databases.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@Suite("migrate, end to end")
struct MigrateEndToEndTests {
    @Test("with no configuration, migrate up creates the SQLite database under the XDG data folder")
    func firstRunCreatesDefaultDatabase() throws {
        let home = try TemporaryDirectory()
        let environment = ["HOME": home.path]
        let up = try CommandRunner.run(["migrate", "up"], environment: environment)
        #expect(up.status == 0, "\(up.stderr)")
        #expect(up.stdout.contains("applied 001_initial_schema"))
        let path = home.file(".local/share/jobhunt/jobhunt.sqlite3").path
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        let again = try CommandRunner.run(["migrate", "up"], environment: environment)
        #expect(again.status == 0)
        #expect(again.stdout.isEmpty)
        #expect(again.stderr.contains("nothing to do"))

        let status = try CommandRunner.run(["migrate", "status", "--check"], environment: environment)
        #expect(status.status == 0)
        #expect(status.stdout.contains("database: sqlite:\(path)"))
        #expect(!status.stdout.contains("pending"))
    }

    /// A discover from cron holds the write lock while it stores a batch; the
    /// schema check every command makes at start used to queue behind it and
    /// fail after the busy timeout ("database is locked") on read-only commands.
    @Test("read commands on the embedded default run while another process holds the write lock")
    func readsWhileAnotherProcessWrites() throws {
        let home = try TemporaryDirectory()
        let environment = ["HOME": home.path]
        // The first command creates the local user, a write of its own.
        let first = try CommandRunner.run(["whoami"], environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        let writer = try Database(
            location: DatabaseLocation("sqlite:" + home.file(".local/share/jobhunt/jobhunt.sqlite3").path))
        try writer.writeTransaction { writer in
            try writer.execute("UPDATE job_postings SET title = title WHERE 1 = 0")
            for command in [["discover", "list"], ["migrate", "status", "--check"], ["profile", "show"]] {
                let result = try CommandRunner.run(command, environment: environment)
                #expect(result.status == 0, "\(command.joined(separator: " ")): \(result.stderr)")
            }
        }
    }

    @Test("XDG_DATA_HOME moves the default database")
    func xdgDataHome() throws {
        let home = try TemporaryDirectory()
        let data = try TemporaryDirectory()
        let result = try CommandRunner.run(
            ["migrate", "up", "-q"], environment: ["HOME": home.path, "XDG_DATA_HOME": data.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: data.file("jobhunt/jobhunt.sqlite3").path))
        #expect(result.stderr.isEmpty)
    }

    @Test("status --json lists every step with its version and applied time")
    func statusJSON() throws {
        let home = try TemporaryDirectory()
        let environment = ["HOME": home.path]
        let before = try CommandRunner.run(["migrate", "status", "--json", "--check"], environment: environment)
        #expect(before.status == 1, "pending migrations make --check fail")
        let steps = try #require(try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [[String: Any]])
        #expect(steps.first?["version"] as? String == "001_initial_schema")
        #expect(steps.allSatisfy { $0["applied_at"] == nil || $0["applied_at"] is NSNull })
        _ = try CommandRunner.run(["migrate", "up"], environment: environment)
        let after = try CommandRunner.run(["--json", "migrate", "status"], environment: environment)
        let applied = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [[String: Any]])
        #expect(applied.count == steps.count)
        #expect(applied.allSatisfy { $0["applied_at"] is String })
    }

    @Test("down refuses without --yes when not on a terminal, and reverts with it")
    func downNeedsConfirmation() throws {
        let home = try TemporaryDirectory()
        let environment = ["HOME": home.path]
        _ = try CommandRunner.run(["migrate", "up"], environment: environment)
        let refused = try CommandRunner.run(["migrate", "down", "2"], environment: environment)
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("jobhunt: refusing to revert 2 migration(s)"))
        #expect(refused.stderr.hasSuffix("(pass --yes)\n"))
        let reverted = try CommandRunner.run(["migrate", "down", "2", "--yes"], environment: environment)
        #expect(reverted.status == 0, "\(reverted.stderr)")
        #expect(reverted.stdout.split(separator: "\n").count == 2)
        let status = try CommandRunner.run(["migrate", "status"], environment: environment)
        #expect(status.stdout.components(separatedBy: "pending").count == 3)
    }

    @Test("the same commands drive PostgreSQL through --db")
    func postgres() throws {
        let scratch = try ScratchDatabase(.postgres)
        let home = try TemporaryDirectory()
        let environment = ["HOME": home.path]
        let up = try CommandRunner.run(["--db", scratch.url, "migrate", "up"], environment: environment)
        #expect(up.status == 0, "\(up.stderr)")
        let status = try CommandRunner.run(
            ["migrate", "status", "--check", "--db", scratch.url], environment: environment)
        #expect(status.status == 0)
        #expect(status.stdout.contains("(postgres)"))
        #expect(!status.stdout.contains(try #require(URLComponents(string: scratch.url)?.password)))
        let redo = try CommandRunner.run(["--db", scratch.url, "migrate", "redo", "--yes"], environment: environment)
        #expect(redo.status == 0, "\(redo.stderr)")
        #expect(redo.stdout.hasPrefix("redone 0") && redo.stdout.split(separator: "\n").count == 1)
    }

    @Test("an unreachable database is one line on stderr, exit 1, and no password")
    func unreachable() throws {
        let home = try TemporaryDirectory()
        let result = try CommandRunner.run(
            ["--db", "postgresql://jobhunt:Hunter2Secret@127.0.0.1:1/jobs?connect_timeout=2", "migrate", "status"],
            environment: ["HOME": home.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("jobhunt: cannot connect to PostgreSQL at 127.0.0.1:1/jobs"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!result.stderr.contains("Hunter2Secret"))
        #expect(result.stdout.isEmpty)
    }

    @Test("a misspelt command suggests the right one and exits 2")
    func typo() throws {
        let result = try CommandRunner.run(["migrat"])
        #expect(result.status == 2)
        #expect(result.stderr == "jobhunt: unknown command 'migrat' (did you mean 'migrate'? see 'jobhunt --help')\n")
        let sub = try CommandRunner.run(["migrate", "stauts"])
        #expect(sub.status == 2)
        #expect(sub.stderr.contains("did you mean 'status'?"))
    }

    @Test("migrate --help lists the subcommands; help migrate says the same")
    func help() throws {
        let help = try CommandRunner.run(["migrate", "--help"])
        #expect(help.status == 0)
        for word in ["up", "down", "status", "redo", "Create or upgrade the database schema"] {
            #expect(help.stdout.contains(word))
        }
        let viaHelp = try CommandRunner.run(["help", "migrate"])
        #expect(viaHelp.stdout == help.stdout)
    }
}
