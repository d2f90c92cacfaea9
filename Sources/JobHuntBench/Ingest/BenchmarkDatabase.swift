// A throwaway database for one benchmark run: a SQLite file in a folder the
// caller owns, or a new database on a PostgreSQL server, dropped afterwards.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// An empty database that exists until ``close()``, so a benchmark never
/// writes into the user's data or a test run's databases.
package final class BenchmarkDatabase {
    /// The URL to give ``Configuration/databaseURL``.
    package let url: String
    private var dropStatement: (server: String, sql: SQL)?

    private init(url: String, drop: (server: String, sql: SQL)?) {
        self.url = url
        dropStatement = drop
    }

    deinit { close() }

    /// A new SQLite file `name` in `folder` (removed with the folder).
    package static func sqlite(in folder: URL, name: String) -> BenchmarkDatabase {
        BenchmarkDatabase(url: "sqlite:" + folder.appendingPathComponent(name).path, drop: nil)
    }

    /// A new database `jobhunt_bench_<random>` on the server `serverURL` names
    /// (any database on it; its user must be allowed to create databases).
    package static func postgres(server serverURL: String) throws -> BenchmarkDatabase {
        let name = "jobhunt_bench_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let admin = try Database(location: DatabaseLocation(serverURL))
        defer { admin.close() }
        // A name this function made up, not a value: identifiers cannot be bound.
        try admin.execute("CREATE DATABASE \(sql: .trusted(name))")
        guard var components = URLComponents(string: serverURL) else {
            throw DatabaseError(.configuration, message: "cannot read the PostgreSQL URL")
        }
        components.path = "/" + name
        return BenchmarkDatabase(
            url: components.string ?? serverURL,
            drop: (serverURL, "DROP DATABASE IF EXISTS \(sql: .trusted(name)) WITH (FORCE)"))
    }

    /// Drops a PostgreSQL database now; a SQLite file goes with its folder.
    package func close() {
        guard let (server, sql) = dropStatement else { return }
        dropStatement = nil
        guard let admin = try? Database(location: DatabaseLocation(server)) else { return }
        _ = try? admin.execute(sql)
        admin.close()
    }
}
