// A fresh database, data folder and Services for skills and resume tests, with helpers to
// create users and to write rows the way other commands would.
import Foundation
import JobHuntDatabase
import JobHuntTesting

@testable import JobHuntKernel

/// One test's world: a migrated scratch database on `engine` and a temp data folder.
final class ProfileWorld: @unchecked Sendable {
    let scratch: ScratchDatabase
    let folder: TemporaryDirectory
    let services: Services

    init(_ engine: TestEngine, s3: S3Configuration? = nil) throws {
        scratch = try ScratchDatabase(engine)
        folder = try TemporaryDirectory()
        if engine == .postgres {
            // The embedded SQLite file migrates itself; a shared PostgreSQL database is migrated by `jobhunt migrate`.
            let db = try scratch.open()
            try Schema.migrator(for: db.dialect).up(db)
            db.close()
        }
        services = Services(configuration: Configuration(databaseURL: scratch.url, dataDirectory: folder.url, s3: s3))
    }

    /// A new account acting as itself.
    func user(_ email: String) throws -> ActingUser {
        ActingUser(user: try AccountService(services: services).createUser(email: email, password: nil), sessionID: nil)
    }

    func database() throws -> Database { try services.store.database() }

    /// A work-history row, written with SQL because the experience commands live elsewhere.
    func addExperience(
        for actor: ActingUser, company: String, title: String, start: String, description: String?,
        achievements: [String]?, technologies: [String]?
    ) throws {
        try database().execute(
            """
            INSERT INTO user_experiences (id, user_id, company_name, job_title, start_date, description, achievements,
                technologies_used)
            VALUES (\(UUID()), \(actor.user.id), \(company), \(title), \(CalendarDate(start)), \(description), \(achievements), \(technologies))
            """)
    }

    func setResumeText(_ text: String, for actor: ActingUser) throws {
        try database().execute(
            "INSERT INTO user_profiles (id, user_id, resume_text) VALUES (\(UUID()), \(actor.user.id), \(text))")
    }
}
