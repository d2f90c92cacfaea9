// A fresh, empty database per test on either engine: a SQLite file in a temp
// folder, or a new PostgreSQL database on the test server dropped afterwards.
// Tests never share state, so they can run in parallel.
import Foundation
import JobHuntDatabase

/// The engines every database test runs against.
package enum TestEngine: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite
    case postgres
    package var description: String { rawValue }
}

/// An empty database that exists for the lifetime of this value.
package final class ScratchDatabase: @unchecked Sendable {
    package let engine: TestEngine
    /// The URL to open it with (also what a `jobhunt --db` flag would take).
    package let url: String
    private let directory: TemporaryDirectory?
    private let postgresName: String?

    package init(_ engine: TestEngine) throws {
        self.engine = engine
        switch engine {
        case .sqlite:
            let directory = try TemporaryDirectory(prefix: "jobhunt-db")
            self.directory = directory
            url = "sqlite:" + directory.file("jobhunt.sqlite3").path
            postgresName = nil
        case .postgres:
            let name =
                "jobhunt_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            let admin = try Database(location: DatabaseLocation(TestServices.postgresURL))
            defer { admin.close() }
            // A name made up here, not a value: identifiers cannot be bound.
            try admin.execute("CREATE DATABASE \(sql: .trusted(name))")
            directory = nil
            postgresName = String(name)
            url = Self.replacingDatabase(in: TestServices.postgresURL, with: String(name))
        }
    }

    /// Opens a new connection to this database.
    package func open(options: DatabaseOptions = DatabaseOptions()) throws -> Database {
        try Database(location: DatabaseLocation(url), options: options)
    }

    deinit {
        guard let postgresName, let admin = try? Database(location: DatabaseLocation(TestServices.postgresURL)) else {
            return
        }
        _ = try? admin.execute("DROP DATABASE IF EXISTS \(sql: .trusted(postgresName)) WITH (FORCE)")
        admin.close()
    }

    /// The same server URL pointing at another database.
    static func replacingDatabase(in url: String, with name: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.path = "/" + name
        return components.string ?? url
    }
}
