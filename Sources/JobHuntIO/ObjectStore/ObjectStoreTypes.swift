// The values that cross the ObjectStore seam: put options, object info, a fetched object, a listing page.
import Foundation

public struct PutOptions: Sendable, Equatable {
    /// Sent back on `get`/`head`; `application/octet-stream` when not given.
    public var contentType: String?
    /// Small string pairs kept with the object (S3 caps all metadata at 2 KB).
    public var metadata: [String: String]

    public init(contentType: String? = nil, metadata: [String: String] = [:]) {
        self.contentType = contentType
        self.metadata = metadata
    }
}

public struct ObjectInfo: Sendable, Equatable {
    public var key: String
    public var size: Int64
    public var contentType: String
    public var metadata: [String: String]
    /// Lower-case hex SHA-256 of the content, when the store knows it (both do for objects jobhunt wrote).
    public var sha256: String?
    public var lastModified: Date?

    public init(
        key: String, size: Int64, contentType: String, metadata: [String: String], sha256: String?,
        lastModified: Date?
    ) {
        self.key = key
        self.size = size
        self.contentType = contentType
        self.metadata = metadata
        self.sha256 = sha256
        self.lastModified = lastModified
    }
}

public struct StoredObject: Sendable {
    public var info: ObjectInfo
    public var data: Data
}

public struct ObjectPage: Sendable, Equatable {
    public var keys: [String]
    /// Pass to the next `list` call; `nil` when this was the last page.
    public var continuation: String?

    public init(keys: [String], continuation: String?) {
        self.keys = keys
        self.continuation = continuation
    }
}
