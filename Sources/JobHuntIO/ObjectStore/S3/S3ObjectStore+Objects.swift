// Single-request S3 calls: PUT, GET, HEAD, DELETE and ListObjectsV2.
import Foundation

extension S3ObjectStore {
    static let checksumHeader = "x-amz-meta-\(ObjectKey.checksumMetadataName)"

    @discardableResult
    public func put(_ data: Data, key: String, options: PutOptions) throws(ObjectStoreError) -> ObjectInfo {
        try ObjectKey.validate(key)
        try ObjectKey.validate(metadata: options.metadata)
        let sha256 = Hashing.hex(Hashing.sha256(data))
        if data.count > configuration.multipartThreshold {
            return try uploadInParts(.bytes(data), size: Int64(data.count), sha256: sha256, key: key, options: options)
        }
        return try putOnce(.bytes(data), size: Int64(data.count), sha256: sha256, key: key, options: options)
    }

    @discardableResult
    public func put(contentsOf file: URL, key: String, options: PutOptions) throws(ObjectStoreError) -> ObjectInfo {
        try ObjectKey.validate(key)
        try ObjectKey.validate(metadata: options.metadata)
        var status = stat()
        guard stat(file.path, &status) == 0 else { throw .localIO(path: file.path, reason: errnoText()) }
        let size = Int64(status.st_size)
        // Hashing first costs a second read of the file, but lets S3 verify the upload
        // (it rejects a body whose hash differs from x-amz-content-sha256) instead of
        // trusting an UNSIGNED-PAYLOAD.
        let sha256 = try fileSHA256(file, offset: 0, length: size)
        if size > Int64(configuration.multipartThreshold) {
            return try uploadInParts(.file(file), size: size, sha256: sha256, key: key, options: options)
        }
        return try putOnce(.file(file, offset: 0, length: size), size: size, sha256: sha256, key: key, options: options)
    }

    /// Content type, user metadata and our checksum as request headers.
    func objectHeaders(_ options: PutOptions, sha256: String) -> [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = [
            ("Content-Type", options.contentType ?? "application/octet-stream"), (Self.checksumHeader, sha256),
        ]
        for (name, value) in options.metadata.sorted(by: { $0.key < $1.key }) {
            headers.append(("x-amz-meta-\(name)", value))
        }
        return headers
    }

    private func putOnce(_ body: HTTPBody, size: Int64, sha256: String, key: String, options: PutOptions)
        throws(ObjectStoreError) -> ObjectInfo
    {
        let operation = S3Operation(
            method: "PUT", path: objectPath(key), headers: objectHeaders(options, sha256: sha256), body: body,
            payloadHash: sha256, key: key)
        _ = try send(operation)
        return ObjectInfo(
            key: key, size: size, contentType: options.contentType ?? "application/octet-stream",
            metadata: options.metadata, sha256: sha256, lastModified: environment.now())
    }

    public func head(key: String) throws(ObjectStoreError) -> ObjectInfo {
        try ObjectKey.validate(key)
        let response = try send(S3Operation(method: "HEAD", path: objectPath(key), key: key))
        return info(key: key, from: response)
    }

    public func get(key: String) throws(ObjectStoreError) -> StoredObject {
        try ObjectKey.validate(key)
        let response = try send(S3Operation(method: "GET", path: objectPath(key), key: key))
        let info = info(key: key, from: response)
        try verify(
            info, actualSize: Int64(response.body.count), actualSHA256: Hashing.hex(Hashing.sha256(response.body)))
        return StoredObject(info: info, data: response.body)
    }

    @discardableResult
    public func get(key: String, to file: URL) throws(ObjectStoreError) -> ObjectInfo {
        try ObjectKey.validate(key)
        let temporary = file.deletingLastPathComponent()
            .appendingPathComponent(".\(file.lastPathComponent).tmp-\(UUID().uuidString)")
        defer { unlink(temporary.path) }
        let response = try send(
            S3Operation(method: "GET", path: objectPath(key), destination: .file(temporary), key: key))
        let info = info(key: key, from: response)
        var status = stat()
        guard stat(temporary.path, &status) == 0 else { throw .localIO(path: temporary.path, reason: errnoText()) }
        let size = Int64(status.st_size)
        try verify(info, actualSize: size, actualSHA256: try fileSHA256(temporary, offset: 0, length: size))
        guard rename(temporary.path, file.path) == 0 else { throw .localIO(path: file.path, reason: errnoText()) }
        return info
    }

    public func delete(key: String) throws(ObjectStoreError) {
        try ObjectKey.validate(key)
        _ = try send(S3Operation(method: "DELETE", path: objectPath(key), key: key))
    }

    public func list(prefix: String, continuation: String?, limit: Int) throws(ObjectStoreError) -> ObjectPage {
        guard (1...1000).contains(limit) else { throw .invalidConfiguration("S3 pages hold 1 to 1000 keys") }
        var query: [(name: String, value: String)] = [("list-type", "2"), ("prefix", prefix), ("max-keys", "\(limit)")]
        if let continuation { query.append(("continuation-token", continuation)) }
        let response = try send(S3Operation(method: "GET", path: bucketPath + "/", query: query))
        guard let xml = S3XML.parse(response.body) else {
            throw .service(status: response.status, code: nil, message: "the listing was not valid XML")
        }
        let truncated = xml.value("ListBucketResult/IsTruncated") == "true"
        return ObjectPage(
            keys: xml.values("ListBucketResult/Contents/Key"),
            continuation: truncated ? xml.value("ListBucketResult/NextContinuationToken") : nil)
    }

    /// Size, type and metadata from response headers; our checksum is kept apart from user metadata.
    func info(key: String, from response: HTTPResponse) -> ObjectInfo {
        var metadata: [String: String] = [:]
        var sha256: String?
        for (name, value) in response.headers {
            let lower = name.lowercased()
            guard lower.hasPrefix("x-amz-meta-") else { continue }
            if lower == Self.checksumHeader { sha256 = value } else { metadata[String(lower.dropFirst(11))] = value }
        }
        return ObjectInfo(
            key: key, size: Int64(response.header("Content-Length") ?? "") ?? Int64(response.body.count),
            contentType: response.header("Content-Type") ?? "application/octet-stream", metadata: metadata,
            sha256: sha256, lastModified: response.header("Last-Modified").flatMap(Self.parseHTTPDate))
    }

    func verify(_ info: ObjectInfo, actualSize: Int64, actualSHA256: String) throws(ObjectStoreError) {
        guard actualSize == info.size else {
            throw .integrity(key: info.key, detail: "received \(actualSize) bytes of \(info.size)")
        }
        // Objects written by other tools carry no checksum; their size was still checked.
        if let expected = info.sha256, expected != actualSHA256 {
            throw .integrity(key: info.key, detail: "its SHA-256 is \(actualSHA256), but \(expected) was stored")
        }
    }

    func fileSHA256(_ file: URL, offset: Int64, length: Int64) throws(ObjectStoreError) -> String {
        do {
            return Hashing.hex(try Hashing.sha256(contentsOf: file, offset: offset, length: length))
        } catch {
            throw .localIO(path: file.path, reason: "cannot read \(length) bytes at \(offset) to hash them")
        }
    }

    static func parseHTTPDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }
}
