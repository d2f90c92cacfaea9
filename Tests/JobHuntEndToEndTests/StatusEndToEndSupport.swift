// Running `jobhunt status` through the built binary on either engine: a
// migrated database, the acting user's environment, and postings written
// with SQL (discovery is tested elsewhere).
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

/// One scratch database and the environment that acts on it as one user.
///
/// Each run happens a minute after the one before (`JOBHUNT_NOW`), as
/// commands typed by a person do: history and lists order by time.
final class StatusEndToEnd: @unchecked Sendable {
    /// The seed's `applications` columns: the keys of `status list --json`.
    static let applicationColumns: Set<String> = [
        "id", "user_id", "job_posting_id", "company_name", "job_title", "job_url", "status", "application_method",
        "submitted_at", "last_status_update", "tailored_resume_url", "cover_letter_url", "notes", "follow_up_date",
        "interview_dates", "rejection_reason", "offer_salary", "offer_details", "created_at", "updated_at",
    ]
    /// What `status show --json` (and `add`, `set`) add to the columns.
    static let detailKeys = applicationColumns.union(["posting", "history", "due_follow_up", "due_interviews"])

    let scratch: ScratchDatabase
    let home: TemporaryDirectory
    var environment: [String: String]
    private let start: Date
    private var runs = 0

    /// SQLite acts as its one local user; PostgreSQL logs a user in.
    init(_ engine: TestEngine, now: String = "2026-12-06T12:00:00Z") throws {
        scratch = try ScratchDatabase(engine)
        home = try TemporaryDirectory()
        start = try #require(ISO8601DateFormatter().date(from: now))
        environment = ["HOME": home.path, "JOBHUNT_DATABASE_URL": scratch.url, "JOBHUNT_NOW": now]
        let migrate = try CommandRunner.run(["migrate", "up", "-q"], environment: environment)
        #expect(migrate.status == 0, "\(migrate.stderr)")
        if engine == .postgres { environment = try login("ada@example.com") }
    }

    /// Creates an account and returns the environment that acts as it.
    func login(_ email: String) throws -> [String: String] {
        try CommandRunner.logIn(email, password: "correct horse battery \(email)", environment: environment)
    }

    func run(_ arguments: [String], as user: [String: String]? = nil) throws -> CommandResult {
        runs += 1
        var acting = user ?? environment
        acting["JOBHUNT_NOW"] = ISO8601DateFormatter().string(from: start.addingTimeInterval(Double(runs) * 60))
        return try CommandRunner.run(arguments, environment: acting)
    }

    /// `status <arguments> --json` as an object, expecting success.
    func object(_ arguments: [String], as user: [String: String]? = nil) throws -> [String: Any] {
        let result = try run(arguments + ["--json"], as: user)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try ProfileEndToEnd.object(result)
    }

    func objects(_ arguments: [String], as user: [String: String]? = nil) throws -> [[String: Any]] {
        let result = try run(arguments + ["--json"], as: user)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try ProfileEndToEnd.objects(result)
    }

    /// A stored posting of `company`; returns its id.
    @discardableResult
    func posting(_ title: String, company: String, externalID: String) throws -> UUID {
        let db = try scratch.open()
        defer { db.close() }
        let companyID = UUID()
        let id = UUID()
        try db.execute("INSERT INTO companies (id, name) VALUES (\(companyID), \(company))")
        try db.execute(
            """
            INSERT INTO job_postings (id, title, description, company_id, source_platform, source_url, external_id)
            VALUES (\(id), \(title), 'Build it.', \(companyID), 'greenhouse', \("https://boards.example/\(externalID)"),
                \(externalID))
            """)
        return id
    }

    /// Every row of both tables, to prove a refused command changed nothing.
    func snapshot() throws -> String {
        let db = try scratch.open()
        defer { db.close() }
        var text = ""
        for table in ["applications", "application_status_history"] {
            for row in try db.query("SELECT * FROM \(sql: .trusted(table)) ORDER BY id") {
                text += "\(table): \(row.values)\n"
            }
        }
        return text
    }
}

extension CommandResult {
    /// An error's one line on stderr: `jobhunt: …`.
    var errorLine: String {
        let lines = stderr.split(separator: "\n", omittingEmptySubsequences: true)
        return lines.count == 1 ? String(lines[0]) : "(\(lines.count) lines) \(stderr)"
    }
}
