// One shared database on either engine with three accounts made through the
// binary: ops (the administrator), Ada (who owns one of every kind of object)
// and Grace (the attacker). Ada's objects are made with jobhunt's own commands.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

final class SecurityWorld: @unchecked Sendable {
    let engine: TestEngine
    let scratch: ScratchDatabase
    let home: TemporaryDirectory
    /// An empty PATH folder: no Chromium, so `apply` writes Markdown and HTML only.
    let bin: TemporaryDirectory
    let base: [String: String]
    var ops: [String: String] = [:]
    var ada: [String: String] = [:]
    var grace: [String: String] = [:]
    /// Placeholder → Ada's value, filled in by `seedAda`: `{app}`, `{task}`, ….
    var ids: [String: String] = [:]

    static let now = "2026-12-06T12:00:00Z"

    init(_ engine: TestEngine) throws {
        self.engine = engine
        scratch = try ScratchDatabase(engine)
        home = try TemporaryDirectory()
        bin = try TemporaryDirectory(prefix: "jobhunt-security-bin")
        base = [
            "HOME": home.path, "JOBHUNT_DATABASE_URL": scratch.url, "JOBHUNT_NOW": Self.now, "PATH": bin.path,
            "XDG_CONFIG_HOME": home.file("config").path, "XDG_DATA_HOME": home.file("data").path,
            "XDG_STATE_HOME": home.file("state").path,
        ]
        let migrate = try CommandRunner.run(["migrate", "up", "-q"], environment: base)
        #expect(migrate.status == 0, "\(migrate.stderr)")
    }

    /// The three accounts; ops becomes the administrator before anyone else can.
    func addPeople() throws {
        ops = try CommandRunner.logIn("ops@example.com", password: "ops long enough secret", environment: base)
        let admin = try CommandRunner.run(["user", "admin", "ops@example.com", "-q"], environment: ops)
        #expect(admin.status == 0, "\(admin.stderr)")
        ada = try CommandRunner.logIn("ada@example.com", password: "ada long enough secret", environment: base)
        grace = try CommandRunner.logIn("grace@example.com", password: "grace long enough secret", environment: base)
    }

    @discardableResult
    func run(_ arguments: [String], as user: [String: String]) throws -> CommandResult {
        try CommandRunner.run(arguments, environment: user)
    }

    /// Runs as Ada and requires success.
    @discardableResult
    func must(_ arguments: [String], stdin: String? = nil) throws -> CommandResult {
        let result = try CommandRunner.run(arguments, environment: ada, stdin: stdin)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result
    }

    /// Ada's profile, experience, skill, saved search, two applications (one
    /// with generated documents), a task and a schedule; their ids in `ids`.
    func seedAda() throws {
        try must(["profile", "import", RepositoryFiles.path("examples/resume.json").path, "-q"])
        try must([
            "profile", "experience", "add", "--company", "Acme", "--title", "Staff Engineer", "--start", "2021-03",
            "--current", "-q",
        ])
        try must(["skills", "add", "k8s", "--level", "advanced", "-q"])
        try must([
            "discover", "search", "add", "swift", "--title", "iOS Engineer", "--source", "greenhouse:stripe", "-q",
        ])
        let first = try posting("iOS Engineer", company: "Acme", externalID: "a-1")
        let second = try posting("Swift Engineer", company: "Globex", externalID: "g-1")
        try must(["status", "add", first, "-q"])
        try must(["apply", second, "-q"])
        let db = try scratch.open()
        defer { db.close() }
        let adaID = try #require(try db.scalar("SELECT id FROM users WHERE email = 'ada@example.com'", as: UUID.self))
        func id(_ sql: SQL) throws -> String {
            try #require(try db.scalar(sql, as: UUID.self), "\(sql)").uuidString.lowercased()
        }
        ids["{experience}"] = try id("SELECT id FROM user_experiences WHERE user_id = \(adaID) LIMIT 1")
        let firstID = try #require(UUID(uuidString: first))
        let secondID = try #require(UUID(uuidString: second))
        ids["{app}"] = try id("SELECT id FROM applications WHERE user_id = \(adaID) AND job_posting_id = \(firstID)")
        ids["{docapp}"] = try id(
            "SELECT id FROM applications WHERE user_id = \(adaID) AND job_posting_id = \(secondID)")
        try must(["status", "note", ids["{app}"]!, "ada's private note", "-q"])
        try must(["tasks", "add", "job_discovery", "search=swift", "-q"])
        ids["{task}"] = try id("SELECT id FROM automation_tasks WHERE user_id = \(adaID) LIMIT 1")
        try must(["schedule", "add", "morning", "0 7 * * *", "job_discovery", "search=swift", "-q"])
        ids["{job}"] = first
        ids["{search}"] = "swift"
        ids["{skill}"] = "k8s"
        ids["{schedule}"] = "morning"
        ids["{ada}"] = "ada@example.com"
    }

    /// A shared posting written with SQL (discovery is tested elsewhere); its id.
    func posting(_ title: String, company: String, externalID: String) throws -> String {
        let db = try scratch.open()
        defer { db.close() }
        let companyID = UUID()
        let id = UUID()
        try db.execute("INSERT INTO companies (id, name) VALUES (\(companyID), \(company))")
        try db.execute(
            """
            INSERT INTO job_postings (id, title, description, company_id, source_platform, source_url, external_id)
            VALUES (\(id), \(title), 'Build it in Swift.', \(companyID), 'greenhouse',
                \("https://boards.example/\(externalID)"), \(externalID))
            """)
        return id.uuidString.lowercased()
    }

    /// Every row of every table, except the sessions' sliding expiry (a
    /// command authenticating moves its own session's `last_used_at`).
    func dump() throws -> [String: [String]] {
        let db = try scratch.open()
        defer { db.close() }
        let tables: [String]
        switch engine {
        case .sqlite:
            tables = try db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                .map { try $0.get("name", as: String.self) }
        case .postgres:
            tables = try db.query(
                """
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name
                """
            ).map { try $0.get("table_name", as: String.self) }
        }
        var dump: [String: [String]] = [:]
        for table in tables where table != "user_sessions" {
            dump[table] = try db.query("SELECT * FROM \(sql: .trusted(table))").map { row in
                zip(row.columns, row.values).map { "\($0)=\($1)" }.joined(separator: "|")
            }.sorted()
        }
        dump["user_sessions"] = try db.query("SELECT id, user_id, token_hash FROM user_sessions")
            .map { row in row.values.map { "\($0)" }.joined(separator: "|") }.sorted()
        return dump
    }

    /// The tables whose rows differ between two dumps.
    static func changes(_ before: [String: [String]], _ after: [String: [String]]) -> [String] {
        Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
    }
}
