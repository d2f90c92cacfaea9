// A fresh database, data folder and Services per profile test, with users
// created the way `jobhunt user add` creates them.
import Foundation
import JobHuntDatabase
import JobHuntTesting

@testable import JobHuntKernel
@testable import JobHuntProfiles

/// Everything one profile or work-history test runs on; nothing is shared between tests.
final class ProfileFixture: @unchecked Sendable {
    let scratch: ScratchDatabase
    let directory: TemporaryDirectory
    let services: Services

    /// `redis` points the cache at the real test Redis; `now` fixes the clock.
    init(_ engine: TestEngine, redis: Bool = false, now: Date? = nil) throws {
        scratch = try ScratchDatabase(engine)
        directory = try TemporaryDirectory(prefix: "jobhunt-profile")
        let configuration = Configuration(
            databaseURL: scratch.url, dataDirectory: directory.url, redisURL: redis ? TestServices.redisURL : nil)
        if let now {
            services = Services(configuration: configuration, now: { now })
        } else {
            services = Services(configuration: configuration)
        }
        if engine == .postgres {
            let db = try services.store.unmigratedDatabase()
            try Schema.migrator(for: db.dialect).up(db)
        }
    }

    /// A new account acting as itself.
    func user(_ email: String = "ada-\(UUID().uuidString.prefix(8).lowercased())@example.com") throws -> ActingUser {
        let account = try AccountService(services: services).createUser(email: email, password: "correct horse battery")
        return ActingUser(user: account, sessionID: nil)
    }

    var profiles: ProfileService { ProfileService(services: services) }
    var experiences: ExperienceService { ExperienceService(services: services) }

    /// A second connection, to look at rows the way another reader of the database would.
    func rawDatabase() throws -> Database { try scratch.open() }
}

extension CalendarDate {
    /// `"2021-03-01"` in tests, which never pass invalid text.
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }
}
