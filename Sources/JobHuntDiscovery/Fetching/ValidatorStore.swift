// Where conditional-GET validators (ETag, Last-Modified) are remembered between runs.
import Foundation
import JobHuntKernel
import Synchronization

/// What a server said identifies the version of a document we already have.
package struct HTTPValidators: Sendable, Equatable, Codable {
    package var etag: String?
    package var lastModified: String?

    package init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    package var isEmpty: Bool { etag == nil && lastModified == nil }

    /// The conditional headers to send: If-None-Match and/or If-Modified-Since.
    var requestHeaders: [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = []
        if let etag { headers.append(("If-None-Match", etag)) }
        if let lastModified { headers.append(("If-Modified-Since", lastModified)) }
        return headers
    }
}

/// Remembers validators per URL. Stored only after the caller has ingested the
/// documents (`SourceFetcher.remember(_:)`), so a run that fails halfway does not
/// make the next run skip documents it never stored.
package protocol ValidatorStore: Sendable {
    func validators(for url: String) -> HTTPValidators?
    func remember(_ validators: HTTPValidators, for url: String)
}

/// Validators for this process's lifetime; the database-backed store belongs to ingest.
package final class InMemoryValidatorStore: ValidatorStore {
    private let entries = Mutex<[String: HTTPValidators]>([:])

    package init() {}

    package func validators(for url: String) -> HTTPValidators? {
        entries.withLock { $0[url] }
    }

    package func remember(_ validators: HTTPValidators, for url: String) {
        entries.withLock { $0[url] = validators.isEmpty ? nil : validators }
    }
}
