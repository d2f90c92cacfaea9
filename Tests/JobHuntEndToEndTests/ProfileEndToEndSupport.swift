// Helpers for end-to-end profile tests: JSON output parsing, the resume
// fixtures, and logged-in users on a shared PostgreSQL database.
import Foundation
import JobHuntTesting
import Testing

enum ProfileEndToEnd {
    /// The resume fixtures the core tests use (see Tests/Fixtures/resumes/make-fixtures.py).
    static func resume(_ name: String) -> URL { RepositoryFiles.fixture("resumes/\(name)") }

    /// The command that stores a resume; one place to change if the command moves.
    static let resumeCommand = ["profile", "resume"]

    static func json(_ result: CommandResult) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    static func objects(_ result: CommandResult) throws -> [[String: Any]] {
        try #require(try json(result) as? [[String: Any]], "not a JSON array: \(result.stdout) \(result.stderr)")
    }

    static func object(_ result: CommandResult) throws -> [String: Any] {
        try #require(try json(result) as? [String: Any], "not a JSON object: \(result.stdout) \(result.stderr)")
    }

    /// A migrated PostgreSQL scratch database and a home folder for its users.
    struct SharedDatabase {
        let scratch: ScratchDatabase
        let home: TemporaryDirectory
        var base: [String: String] { ["HOME": home.path, "JOBHUNT_DATABASE_URL": scratch.url] }

        init() throws {
            scratch = try ScratchDatabase(.postgres)
            home = try TemporaryDirectory()
            let migrate = try CommandRunner.run(
                ["migrate", "up", "-q"], environment: ["HOME": home.path, "JOBHUNT_DATABASE_URL": scratch.url])
            #expect(migrate.status == 0, "\(migrate.stderr)")
        }

        /// Creates an account and logs it in; the environment acts as that user.
        func login(_ email: String) throws -> [String: String] {
            try CommandRunner.logIn(email, password: "correct horse battery \(email)", environment: base)
        }
    }
}
