// Issue 21 §3, third part: known secret values set everywhere jobhunt reads
// them (passwords, S3, SMTP, Redis and LLM credentials, the encryption key,
// a database password, session tokens), the commands that touch them run —
// failing ones included — and every output, every file jobhunt wrote and
// every row of the database searched for them.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@Suite("secrets never leak")
struct SecretLeakTests {
    static let password = "AdaPw-7f3e9c1b-secret"
    static let wrongPassword = "WrongPw-2b8d4a11-secret"
    static let newPassword = "AdaNewPw-5e6f7a8b-secret"
    static let keyBytes = Data((0..<32).map { UInt8(($0 * 7 + 3) % 256) })
    static let secrets: [String: String] = [
        "JOBHUNT_SECRET_KEY": keyBytes.base64EncodedString(),
        "AWS_ACCESS_KEY_ID": "AKIALEAKTEST00000001",
        "AWS_SECRET_ACCESS_KEY": "S3Secret-9c8b7a6d5e4f-secret",
        "AWS_SESSION_TOKEN": "S3Token-1a2b3c4d-secret",
        "JOBHUNT_SMTP_PASSWORD": "SmtpPw-3c4d5e6f-secret",
        "JOBHUNT_LLM_API_KEY": "sk-LlmKey-8a9b0c1d-secret",
    ]
    static let redisPassword = "RedisPw-0f1e2d3c-secret"
    static let databasePassword = "DbPw-4b5c6d7e-secret"
    static let phone = "+44 20 7946 0958"

    @Test("no secret in any output, file or row", arguments: TestEngine.allCases)
    func secretsStayHidden(engine: TestEngine) throws {
        let world = try SecurityWorld(engine)
        var environment = world.base
        environment.merge(Self.secrets) { $1 }
        environment.merge([
            "JOBHUNT_S3_BUCKET": "leak-test", "JOBHUNT_S3_ENDPOINT": "http://127.0.0.1:9",
            "JOBHUNT_S3_PATH_STYLE": "true", "JOBHUNT_SMTP_URL": "smtp://127.0.0.1:9",
            "JOBHUNT_SMTP_USERNAME": "ada", "JOBHUNT_LLM_URL": "http://127.0.0.1:9/v1", "JOBHUNT_LLM_MODEL": "leak-7b",
            "JOBHUNT_REDIS_URL": "redis://:\(Self.redisPassword)@127.0.0.1:9/0",
        ]) { $1 }

        /// Command, stdout, stderr of every run.
        var outputs: [(command: String, stdout: String, stderr: String)] = []
        func run(_ arguments: [String], stdin: String? = nil, env: [String: String]? = nil) throws -> CommandResult {
            let result = try CommandRunner.run(arguments, environment: env ?? environment, stdin: stdin)
            outputs.append((arguments.joined(separator: " "), result.stdout, result.stderr))
            return result
        }

        #expect(
            try run(["user", "add", "--email", "ada@example.com", "--password-stdin"], stdin: Self.password + "\n")
                .status == 0)
        #expect(
            try run(["login", "--email", "ada@example.com", "--password-stdin"], stdin: Self.wrongPassword + "\n")
                .status == 1)
        let login = try CommandRunner.run(
            ["login", "--email", "ada@example.com", "--password-stdin", "--print-token"], environment: environment,
            stdin: Self.password + "\n")
        #expect(login.status == 0, "\(login.stderr)")
        // The one place a token is printed, on purpose: --print-token's stdout.
        let token = login.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(token.hasPrefix("jh_"))
        outputs.append(("login --print-token (stderr)", "", login.stderr))
        environment["JOBHUNT_SESSION"] = token
        // A saved session too (login without --print-token writes the state file).
        _ = try run(["login", "--email", "ada@example.com", "--password-stdin"], stdin: Self.password + "\n")

        _ = try run(["profile", "set", "--phone", Self.phone, "--title", "Engineer"])
        _ = try run(["whoami", "--json"])
        _ = try run(["config", "show"])
        _ = try run(["config", "show", "--json"])
        _ = try run(["doctor"])
        _ = try run(["doctor", "--json"])
        _ = try run(["profile", "show", "--json"])
        let job = try world.posting("Swift Engineer", company: "Acme", externalID: "leak-1")
        _ = try run(["apply", job, "--generator", "llm"])
        _ = try run(["status", "list", "--json"])
        _ = try run(["user", "passwd", "--password-stdin"], stdin: "\(Self.password)\n\(Self.newPassword)\n")
        _ = try run(["user", "passwd", "--password-stdin"], stdin: "\(Self.wrongPassword)\n\(Self.newPassword)\n")
        _ = try run(["config", "set", "smtp.password", "ConfigSet-6d7e8f90-secret"])
        _ = try run(["config", "show"])
        _ = try run(["-v", "doctor"])
        var badURL = environment
        badURL["JOBHUNT_DATABASE_URL"] = "postgresql://ada:\(Self.databasePassword)@127.0.0.1:9/jobhunt"
        _ = try run(["whoami"], env: badURL)
        _ = try run(["--db", "postgresql://ada:\(Self.databasePassword)@127.0.0.1:9/jobhunt", "status", "list"])
        // Documents stored locally this time, so apply succeeds and submit
        // reaches the (unreachable) mail server with the SMTP credentials.
        var local = environment
        local["JOBHUNT_S3_BUCKET"] = nil
        local["JOBHUNT_S3_ENDPOINT"] = nil
        local["JOBHUNT_S3_PATH_STYLE"] = nil
        _ = try run(
            [
                "profile", "experience", "add", "--company", "Acme", "--title", "Engineer", "--start", "2020-01",
                "--current",
            ],
            env: local)
        _ = try run(["skills", "add", "swift"], env: local)
        let second = try world.posting("Platform Engineer", company: "Globex", externalID: "leak-2")
        let applied = try run(["apply", second, "-q"], env: local)
        #expect(applied.status == 0, "\(applied.stderr)")
        let db = try world.scratch.open()
        let app = try #require(
            try db.scalar(
                "SELECT id FROM applications WHERE job_posting_id = \(try #require(UUID(uuidString: second)))",
                as: UUID.self))
        db.close()
        let submit = try run(
            ["apply", "submit", app.uuidString.lowercased(), "--via", "email", "--to", "jobs@example.com", "--yes"],
            env: local)
        #expect(submit.status == 1, "the mail server is not there: \(submit.stderr)")
        let third = try world.posting("Data Engineer", company: "Initech", externalID: "leak-3")
        let llm = try run(["apply", third, "--generator", "llm"], env: local)
        #expect(llm.stderr.contains("127.0.0.1:9"), "the model is not there, and the message says where: \(llm.stderr)")
        _ = try run(["logout"])

        var needles =
            Array(Self.secrets.values) + [
                Self.password, Self.wrongPassword, Self.newPassword, Self.redisPassword, Self.databasePassword, token,
                "ConfigSet-6d7e8f90-secret", Self.keyBytes.base64EncodedString(),
            ]
        needles.append(contentsOf: Self.secrets.values.map { Data($0.utf8).base64EncodedString() })
        for (command, stdout, stderr) in outputs {
            for needle in needles {
                #expect(!stdout.contains(needle), "\(command) printed a secret on stdout: \(stdout)")
                #expect(!stderr.contains(needle), "\(command) printed a secret on stderr: \(stderr)")
            }
        }
        #expect(outputs.contains { $0.command == "config show" && $0.stdout.contains("********") })

        // Every file jobhunt wrote under the home, except the two that exist to
        // hold a secret the person gave it: the session file and config.toml.
        let enumerator = FileManager.default.enumerator(atPath: world.home.path)
        var walked: [String] = []
        while let path = enumerator?.nextObject() as? String {
            walked.append(path)
            let url = world.home.file(path)
            guard !path.hasSuffix("/session"), !path.hasSuffix("config.toml"),
                let data = try? Data(contentsOf: url)
            else { continue }
            for needle in needles + [Self.phone] {
                #expect(data.range(of: Data(needle.utf8)) == nil, "\(path) holds a secret")
            }
        }
        #expect(walked.contains("state/jobhunt") && walked.contains("config/jobhunt/config.toml"), "\(walked)")

        // The database: every row as text, and on SQLite the file's bytes (and its WAL).
        let rows = try world.dump().values.flatMap { $0 }.joined(separator: "\n")
        #expect(rows.contains("+44") == false, "the phone number is stored encrypted")
        for needle in needles + [Self.phone] {
            #expect(!rows.contains(needle), "a row holds a secret")
        }
        if engine == .sqlite {
            let file = String(world.scratch.url.dropFirst("sqlite:".count))
            for name in [file, file + "-wal"] {
                guard let data = FileManager.default.contents(atPath: name) else { continue }
                for needle in needles + [Self.phone] {
                    #expect(data.range(of: Data(needle.utf8)) == nil, "\(name) holds a secret")
                }
            }
        }
    }
}
