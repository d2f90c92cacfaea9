// A fresh database per test on either engine, with the local file store or the
// real S3 test server, and a person who owns a row in every user-owned table,
// a stored file and cache keys: what forget, export and cleanup work on.
import Foundation
import JobHuntDatabase
import JobHuntIO
import JobHuntPrivacy
import JobHuntProfiles
import JobHuntTesting

@testable import JobHuntKernel

enum TestStore: String, CaseIterable, CustomStringConvertible {
    case local, s3
    var description: String { rawValue }
}

/// A clock the test sets.
final class FixedClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    init(_ start: Date) { current = start }
    var now: Date { lock.withLock { current } }
    func set(_ date: Date) { lock.withLock { current = date } }
}

/// One person's identifying values, unusual enough that a search finds only them.
struct Person {
    var email: String
    var firstName: String
    var lastName: String
    var phone: String

    static func make() -> Person {
        let tag = UUID().uuidString.prefix(6).lowercased()
        return Person(
            email: "zephyrine-\(tag)@example.com", firstName: "Zephyrine\(tag)", lastName: "Quillfeather\(tag)",
            phone: "+44 20 7946 \(Int.random(in: 1000...9999))")
    }

    var resume: Data {
        let json: [String: Any] = [
            "basics": [
                "name": "\(firstName) \(lastName)", "email": email, "phone": phone, "label": "Platform Engineer",
                "summary": "Builds quiet systems.",
                "location": ["city": "Leeds", "countryCode": "GB"],
                "profiles": [["network": "GitHub", "url": "https://github.com/\(firstName.lowercased())"]],
            ],
            "work": [
                [
                    "name": "Parcelwise", "position": "Senior Engineer", "startDate": "2021-03",
                    "summary": "Routing platform.", "highlights": ["Cut latency"], "keywords": ["Go", "PostgreSQL"],
                ]
            ],
            "skills": [["name": "Go", "level": "Expert"], ["name": "PostgreSQL", "level": "Advanced"]],
        ]
        return try! JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])
    }
}

final class PrivacyFixture: @unchecked Sendable {
    /// 2026-12-06T12:00:00Z.
    static let start = Date(timeIntervalSince1970: 1_796_558_400)

    let engine: TestEngine
    let scratch: ScratchDatabase
    let directory: TemporaryDirectory
    let clock = FixedClock(PrivacyFixture.start)
    let services: Services
    /// The object-key prefix this test's cleanup may look under (a shared bucket holds other tests' files).
    let filesPrefix: String

    init(_ engine: TestEngine, store: TestStore = .local, redis: Bool = false) throws {
        self.engine = engine
        scratch = try ScratchDatabase(engine)
        directory = try TemporaryDirectory(prefix: "jobhunt-privacy")
        var s3: S3Configuration?
        if store == .s3 {
            let settings = try TestServices.s3
            s3 = S3Configuration(
                bucket: settings.bucket, endpoint: settings.endpoint, region: settings.region, pathStyle: true,
                accessKeyID: settings.accessKeyID, secretAccessKey: settings.secretAccessKey, sessionToken: nil)
        }
        filesPrefix = "users/"
        let clock = self.clock
        services = Services(
            configuration: Configuration(
                databaseURL: scratch.url, dataDirectory: directory.url, redisURL: redis ? TestServices.redisURL : nil,
                s3: s3),
            now: { clock.now })
        let db = try services.store.unmigratedDatabase()
        try Schema.migrator(for: db.dialect).up(db)
    }

    func db() throws -> Database { try services.store.database() }

    /// A new account; `admin` makes it an administrator.
    func account(_ person: Person = .make(), admin: Bool = false) throws -> ActingUser {
        let account = try AccountService(services: services).createUser(
            email: person.email, firstName: person.firstName, lastName: person.lastName,
            password: "correct horse battery")
        if admin { try db().execute("UPDATE users SET is_admin = \(true) WHERE id = \(account.id)") }
        return ActingUser(user: account, sessionID: nil)
    }

    /// A person with a row in every user-owned table, a stored resume and a
    /// generated document, and cache keys. Returns the acting user.
    @discardableResult
    func populated(_ person: Person = .make()) throws -> ActingUser {
        let me = try account(person)
        let id = me.user.id
        _ = try ProfileTransferService(services: services).importResume(
            person.resume, for: me, options: ProfileImportOptions())
        let db = try db()
        let store = try services.objectStore()
        let resumeKey = ObjectKey.user(id, "resume/\(person.lastName).txt")
        try store.put(Data("CV of \(person.firstName) \(person.lastName), \(person.email)".utf8), key: resumeKey)
        try db.execute(
            "UPDATE user_profiles SET resume_file_url = \(try store.location(of: resumeKey).description) WHERE user_id = \(id)"
        )
        let posting = try self.posting(created: Self.start)
        let application = UUID()
        try db.execute(
            """
            INSERT INTO applications (id, user_id, job_posting_id, company_name, job_title, notes)
            VALUES (\(application), \(id), \(posting), 'Acme', 'Engineer', \("ask for \(person.firstName)"))
            """)
        try db.execute(
            """
            INSERT INTO application_status_history (id, application_id, status, notes, changed_by)
            VALUES (\(UUID()), \(application), 'pending', \("called \(person.phone)"), 'user')
            """)
        let letterKey = ObjectKey.user(id, "documents/\(application.uuidString.lowercased())/letter.txt")
        try store.put(Data("Dear Acme, \(person.firstName) \(person.lastName)".utf8), key: letterKey)
        try db.execute(
            """
            INSERT INTO generated_content (id, application_id, content_type, content_text, file_url)
            VALUES (\(UUID()), \(application), 'cover_letter', \("Yours, \(person.firstName) \(person.lastName)"),
                    \(try store.location(of: letterKey).description))
            """)
        try db.execute(
            """
            INSERT INTO job_search_preferences (id, user_id, search_name, keywords)
            VALUES (\(UUID()), \(id), \("\(person.firstName)'s search"), \(["Go"]))
            """)
        try task(user: id, application: application, completed: Self.start, config: person.email)
        try db.execute(
            """
            INSERT INTO automation_tasks_archive (id, user_id, task_type, status, task_config)
            VALUES (\(UUID()), \(id), 'job_discovery', 'completed', \(DatabaseValue.json("{\"who\":\"\(person.email)\"}")))
            """)
        try browserSession(user: id, active: true, lastUsed: Self.start)
        try db.execute(
            """
            INSERT INTO user_sessions (id, user_id, token_hash, created_at, expires_at)
            VALUES (\(UUID()), \(id), \(UUID().uuidString), \(Self.start), \(Self.start.addingTimeInterval(86_400)))
            """)
        try db.execute(
            """
            INSERT INTO user_analytics (id, user_id, metric_date, applications_submitted)
            VALUES (\(UUID()), \(id), \(CalendarDate(utcDayOf: Self.start)), 3)
            """)
        let cache = try services.cache()
        cache.setData(Data(person.email.utf8), for: .userProfile(id), ttl: .seconds(300))
        cache.setData(Data("x".utf8), for: .dailyAnalytics(id, on: Self.start), ttl: .seconds(300))
        return me
    }

    @discardableResult
    func posting(title: String = "Engineer", created: Date) throws -> UUID {
        let db = try db()
        let company = UUID()
        let id = UUID()
        try db.execute("INSERT INTO companies (id, name) VALUES (\(company), 'Acme')")
        try db.execute(
            """
            INSERT INTO job_postings (id, title, description, company_id, source_platform, source_url, external_id, created_at)
            VALUES (\(id), \(title), 'Build it.', \(company), 'greenhouse', \("https://boards.example/\(id)"), \(id.uuidString), \(created))
            """)
        return id
    }

    @discardableResult
    func task(
        user: UUID, application: UUID? = nil, status: String = "completed", completed: Date?, config: String = "x"
    ) throws -> UUID {
        let id = UUID()
        try db().execute(
            """
            INSERT INTO automation_tasks (id, user_id, application_id, task_type, status, completed_at, task_config, priority)
            VALUES (\(id), \(user), \(application), 'job_discovery', \(status), \(completed),
                    \(DatabaseValue.json("{\"who\":\"\(config)\"}")), 7)
            """)
        return id
    }

    @discardableResult
    func browserSession(user: UUID, active: Bool, lastUsed: Date, expires: Date? = nil) throws -> UUID {
        let id = UUID()
        try db().execute(
            """
            INSERT INTO browser_sessions (id, user_id, platform, is_active, last_used_at, expires_at, created_at)
            VALUES (\(id), \(user), 'linkedin', \(active), \(lastUsed), \(expires), \(lastUsed))
            """)
        return id
    }

    func count(_ table: String, where condition: SQL = "1 = 1") throws -> Int {
        try db().scalar("SELECT COUNT(*) FROM \(sql: .trusted(table)) WHERE \(sql: condition)", as: Int.self) ?? -1
    }

    /// Every place in the database where `needle` occurs: `table.column` for each
    /// column of each table whose text form contains it (UUIDs, JSON and arrays included).
    func occurrences(of needle: String) throws -> [String] {
        let db = try db()
        let catalog = try SchemaCatalog.read(db)
        var found: [String] = []
        for (table, columns) in catalog.tables.sorted(by: { $0.key < $1.key }) {
            for column in columns {
                let name = SQL.trusted("\"\(column)\"")
                let text: SQL = db.dialect == .postgres ? "CAST(\(sql: name) AS TEXT)" : "CAST(\(sql: name) AS TEXT)"
                let hit: SQL =
                    db.dialect == .postgres
                    ? "strpos(lower(\(sql: text)), lower(\(needle))) > 0"
                    : "instr(lower(\(sql: text)), lower(\(needle))) > 0"
                let n =
                    try db.scalar(
                        "SELECT COUNT(*) FROM \(sql: .trusted("\"\(table)\"")) WHERE \(sql: hit)", as: Int.self) ?? 0
                if n > 0 { found.append("\(table).\(column)") }
            }
        }
        return found
    }
}
