// The object storage seam: where resumes, cover letters and generated documents live.
import Foundation

/// Blob storage keyed by strings, with a content type and small user metadata per object.
///
/// Two implementations: ``LocalDirectoryStore`` (the default, under the data directory)
/// and ``S3ObjectStore`` (any S3-compatible bucket). Both pass one conformance suite
/// (`Tests/JobHuntIOTests/ObjectStoreConformanceTests.swift`), which is what implementers owe:
///
/// - A key is stored literally or refused with ``ObjectStoreError/invalidKey(_:reason:)``;
///   it is never stored under a different name. (The local store refuses `.`/`..`/empty
///   segments and leading `/`; S3 stores them as written.) Build user keys with
///   ``ObjectKey/user(_:_:)``.
/// - `put` replaces the whole object atomically: a reader sees the old or the new bytes.
/// - `get` checks integrity and throws ``ObjectStoreError/integrity(key:detail:)`` rather
///   than return bytes that differ from what was put; `get(key:to:)` only ever leaves a
///   complete file (written beside the destination, then renamed), created 0600.
/// - `delete` of a missing key succeeds (as S3 does).
/// - `list` returns keys in UTF-8 byte order, at most `limit` per page, and a token that
///   continues after the last key returned, `nil` on the last page.
/// - Metadata names are lower-case ASCII letters, digits and `-`; values are printable ASCII
///   without leading or trailing spaces.
public protocol ObjectStore: Sendable {
    /// What the database records for `key`: `s3://bucket/key` or `file:///…`.
    func location(of key: String) throws(ObjectStoreError) -> ObjectLocation

    @discardableResult
    func put(_ data: Data, key: String, options: PutOptions) throws(ObjectStoreError) -> ObjectInfo

    /// Streams the file; it is never loaded into memory whole.
    @discardableResult
    func put(contentsOf file: URL, key: String, options: PutOptions) throws(ObjectStoreError) -> ObjectInfo

    func get(key: String) throws(ObjectStoreError) -> StoredObject

    /// Streams the object into `file`, replacing it atomically.
    @discardableResult
    func get(key: String, to file: URL) throws(ObjectStoreError) -> ObjectInfo

    func head(key: String) throws(ObjectStoreError) -> ObjectInfo

    func delete(key: String) throws(ObjectStoreError)

    func list(prefix: String, continuation: String?, limit: Int) throws(ObjectStoreError) -> ObjectPage

    /// A URL that fetches the object with a plain HTTP GET until `expiresIn` passes.
    /// (The local store returns a `file://` URL, which never expires.)
    func presignedURL(key: String, expiresIn: Duration) throws(ObjectStoreError) -> URL
}

extension ObjectStore {
    @discardableResult
    public func put(_ data: Data, key: String) throws(ObjectStoreError) -> ObjectInfo {
        try put(data, key: key, options: PutOptions())
    }

    @discardableResult
    public func put(contentsOf file: URL, key: String) throws(ObjectStoreError) -> ObjectInfo {
        try put(contentsOf: file, key: key, options: PutOptions())
    }

    public func list(prefix: String, continuation: String? = nil) throws(ObjectStoreError) -> ObjectPage {
        try list(prefix: prefix, continuation: continuation, limit: 1000)
    }

    /// Every key under `prefix`, following continuation tokens.
    public func allKeys(prefix: String, pageSize: Int = 1000) throws(ObjectStoreError) -> [String] {
        var keys: [String] = []
        var token: String? = nil
        repeat {
            let page = try list(prefix: prefix, continuation: token, limit: pageSize)
            keys += page.keys
            token = page.continuation
        } while token != nil
        return keys
    }
}
