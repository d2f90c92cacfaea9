// A fresh database per test on either engine, two users, the seeded job
// search (JobHuntTesting's AnalyticsSeed) and a clock fixed at its "now".
import Foundation
import JobHuntAnalytics
import JobHuntDatabase
import JobHuntTesting

@testable import JobHuntKernel

/// A clock a test sets and moves, instead of sleeping.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    init(_ start: Date) { current = start }
    var now: Date { lock.withLock { current } }
    func set(_ date: Date) { lock.withLock { current = date } }
}

final class AnalyticsFixture: @unchecked Sendable {
    let scratch: ScratchDatabase
    let directory: TemporaryDirectory
    let clock = TestClock(AnalyticsSeed.now)
    let services: Services
    let warnings = Warnings()
    let me: ActingUser
    let other: ActingUser

    init(_ engine: TestEngine, redis: String? = nil, seed: Bool = true) throws {
        scratch = try ScratchDatabase(engine)
        directory = try TemporaryDirectory(prefix: "jobhunt-analytics")
        let clock = self.clock
        let warnings = self.warnings
        services = Services(
            configuration: Configuration(databaseURL: scratch.url, dataDirectory: directory.url, redisURL: redis),
            now: { clock.now }, warn: { warnings.append($0) })
        if engine == .postgres {
            let db = try services.store.unmigratedDatabase()
            try Schema.migrator(for: db.dialect).up(db)
        }
        let accounts = AccountService(services: services)
        me = ActingUser(
            user: try accounts.createUser(email: "ada@example.com", password: "correct horse battery"), sessionID: nil)
        other = ActingUser(
            user: try accounts.createUser(email: "bob@example.com", password: "correct horse battery"), sessionID: nil)
        if seed {
            let db = try scratch.open()
            defer { db.close() }
            try AnalyticsSeed.write(user: me.user.id, other: other.user.id, into: db)
        }
    }

    func analytics(_ estimates: TimeSavedEstimates = TimeSavedEstimates()) -> AnalyticsService {
        AnalyticsService(services: services, estimates: estimates)
    }

    func rawDatabase() throws -> Database { try scratch.open() }

    /// Every stored user_analytics row of `user`, oldest first, as the table has them.
    func storedRows(_ user: ActingUser) throws -> [[String]] {
        let db = try rawDatabase()
        defer { db.close() }
        return try db.query(
            """
            SELECT metric_date, applications_submitted, jobs_discovered, resumes_generated, cover_letters_generated,
                interviews_scheduled, offers_received, response_rate, time_saved_minutes
            FROM user_analytics WHERE user_id = \(user.user.id) ORDER BY metric_date
            """
        ).map { row in
            try row.columns.map { column in
                if column == "response_rate" {
                    return try row.optional(column, as: Double.self).map { String(format: "%.4f", $0) } ?? "null"
                }
                return try row.optional(column, as: String.self) ?? "null"
            }
        }
    }
}

/// Warnings the services reported (a dead Redis), in order.
final class Warnings: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ warning: String) { lock.withLock { items.append(warning) } }
    var all: [String] { lock.withLock { items } }
}

extension CalendarDate {
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }
}
