// ETag and Last-Modified per URL in `http_validators`, so conditional GET
// works across runs and processes, not only within one fetcher's memory.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// The database-backed store of ``HTTPValidators``, keyed by the exact URL fetched.
///
/// The HTTP client's in-memory `ValidatorStore` remembers validators for one
/// process; wrap this type in a conformance to it (get → ``validators(for:)``,
/// set → ``setValidators(_:for:)``) to remember them between runs.
/// Storing empty validators removes the URL.
package struct HTTPValidatorStore: Sendable {
    let services: Services

    package init(services: Services) { self.services = services }

    package func validators(for url: String) throws -> HTTPValidators? {
        try Self.validators(for: url, db: try services.store.database())
    }

    package func setValidators(_ validators: HTTPValidators, for url: String) throws {
        try Self.setValidators(validators, for: url, at: services.now(), db: try services.store.database())
    }

    static func validators(for url: String, db: Database) throws -> HTTPValidators? {
        try db.queryOne("SELECT etag, last_modified FROM http_validators WHERE url = \(url)").map { row in
            HTTPValidators(
                etag: try row.optional("etag", as: String.self),
                lastModified: try row.optional("last_modified", as: String.self))
        }
    }

    static func setValidators(_ validators: HTTPValidators, for url: String, at now: Date, db: Database) throws {
        guard !validators.isEmpty else {
            try db.execute("DELETE FROM http_validators WHERE url = \(url)")
            return
        }
        try db.execute(
            """
            INSERT INTO http_validators (url, etag, last_modified, updated_at) VALUES (\(url), \(validators.etag), \(validators.lastModified), \(now))
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                updated_at = excluded.updated_at
            """)
    }
}
