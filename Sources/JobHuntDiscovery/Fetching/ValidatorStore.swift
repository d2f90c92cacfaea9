// Where conditional-GET validators (ETag, Last-Modified) are remembered between runs.
import Foundation
import Synchronization

/// What a server said identifies the version of a document we already have.
public struct HTTPValidators: Sendable, Equatable, Codable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    public var isEmpty: Bool { etag == nil && lastModified == nil }

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
public protocol ValidatorStore: Sendable {
    func validators(for url: String) -> HTTPValidators?
    func remember(_ validators: HTTPValidators, for url: String)
}

/// Validators for this process's lifetime; the database-backed store belongs to ingest.
public final class InMemoryValidatorStore: ValidatorStore {
    private let entries = Mutex<[String: HTTPValidators]>([:])

    public init() {}

    public func validators(for url: String) -> HTTPValidators? {
        entries.withLock { $0[url] }
    }

    public func remember(_ validators: HTTPValidators, for url: String) {
        entries.withLock { $0[url] = validators.isEmpty ? nil : validators }
    }
}
