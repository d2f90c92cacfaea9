// A fresh database per test on either engine, a clock the test moves, users
// made as `jobhunt user add` makes them, and postings written with SQL.
import Foundation
import JobHuntApplications
import JobHuntDatabase
import JobHuntTesting

@testable import JobHuntKernel

/// A clock a test sets and moves, instead of sleeping.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    init(_ start: Date) { current = start }
    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}

/// Everything one application test runs on; nothing is shared between tests.
final class ApplicationFixture: @unchecked Sendable {
    /// 2026-12-06T12:00:00Z.
    static let start = Date(timeIntervalSince1970: 1_796_558_400)

    let scratch: ScratchDatabase
    let directory: TemporaryDirectory
    let clock: TestClock
    let services: Services
    let warnings = Warnings()

    /// `redis` is a Redis URL for the cache (the real test server, or a dead port).
    init(_ engine: TestEngine, redis: String? = nil) throws {
        scratch = try ScratchDatabase(engine)
        directory = try TemporaryDirectory(prefix: "jobhunt-applications")
        let clock = TestClock(Self.start)
        self.clock = clock
        let warnings = self.warnings
        services = Services(
            configuration: Configuration(databaseURL: scratch.url, dataDirectory: directory.url, redisURL: redis),
            now: { clock.now }, warn: { warnings.append($0) })
        if engine == .postgres {
            let db = try services.store.unmigratedDatabase()
            try Schema.migrator(for: db.dialect).up(db)
        }
    }

    var applications: ApplicationService { ApplicationService(services: services) }

    /// A new account acting as itself.
    func user(_ email: String = "ada-\(UUID().uuidString.prefix(8).lowercased())@example.com") throws -> ActingUser {
        let account = try AccountService(services: services).createUser(email: email, password: "correct horse battery")
        return ActingUser(user: account, sessionID: nil)
    }

    /// A stored posting at `company`, as discovery would leave it.
    @discardableResult
    func posting(_ title: String, company: String = "Acme", url: String? = nil) throws -> UUID {
        let db = try scratch.open()
        defer { db.close() }
        let companyID = UUID()
        let id = UUID()
        try db.execute("INSERT INTO companies (id, name) VALUES (\(companyID), \(company))")
        let sourceURL = url ?? "https://boards.example/\(id.uuidString.lowercased())"
        try db.execute(
            """
            INSERT INTO job_postings (id, title, description, company_id, source_platform, source_url, external_id)
            VALUES (\(id), \(title), 'Build it.', \(companyID), 'greenhouse', \(sourceURL), \("gh-\(title)"))
            """)
        return id
    }

    /// A second connection, to look at rows the way another reader of the database would.
    func rawDatabase() throws -> Database { try scratch.open() }

    func count(_ table: String) throws -> Int {
        let db = try rawDatabase()
        defer { db.close() }
        return try db.scalar("SELECT COUNT(*) FROM \(sql: .trusted(table))", as: Int.self) ?? -1
    }
}

/// Warnings the services reported (a dead Redis), in order.
final class Warnings: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ warning: String) { lock.withLock { items.append(warning) } }
    var all: [String] { lock.withLock { items } }
}

extension NewApplication.Source {
    static func acme(_ title: String = "Engineer") -> Self { .scratch(company: "Acme", title: title, url: nil) }
}
