// A scratch home for one fault test: its own HOME (so config, key file and
// SQLite data are the test's), a database URL, and whatever service settings
// the test points at its private servers or the fault proxy. Every run of the
// binary happens at the same JOBHUNT_NOW, so a disturbed run and an undisturbed
// one write the same timestamps and their dumps compare.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

final class ServiceHome: @unchecked Sendable {
    static let now = "2026-12-06T12:00:00Z"

    let home: TemporaryDirectory
    var environment: [String: String]

    init(databaseURL: String? = nil, settings: [String: String] = [:]) throws {
        home = try TemporaryDirectory(prefix: "jobhunt-fault-home")
        environment = ["HOME": home.path, "JOBHUNT_NOW": Self.now]
        environment["JOBHUNT_DATABASE_URL"] = databaseURL
        environment.merge(settings) { $1 }
    }

    /// Runs jobhunt with this home's environment plus `extra`.
    func run(_ arguments: [String], _ extra: [String: String] = [:]) throws -> CommandResult {
        try CommandRunner.run(arguments, environment: environment.merging(extra) { $1 })
    }

    /// Runs jobhunt expecting success, and returns its stdout parsed as a JSON object.
    func object(_ arguments: [String], _ extra: [String: String] = [:]) throws -> [String: Any] {
        let result = try run(arguments + ["--json"], extra)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// Logs a new account in (a shared PostgreSQL database has no local user).
    func logIn(_ email: String = "ada@example.com") throws {
        environment = try CommandRunner.logIn(email, password: "correct horse battery staple", environment: environment)
    }

    /// `status --json`'s counts per status.
    func counts(_ extra: [String: String] = [:]) throws -> [String: Int] {
        try object(["status"], extra)["counts"] as? [String: Int] ?? [:]
    }

    /// The lines of `stderr` that are warnings.
    static func warnings(_ result: CommandResult) -> [Substring] {
        result.stderr.split(separator: "\n").filter { $0.contains("warning") }
    }

    /// The lines of `stderr` that are not empty.
    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }
}
