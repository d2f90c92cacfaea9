// Puts and gets for the local store: content through a temporary file, sidecar beside, hashes checked.
import Foundation

/// The JSON sidecar kept for every object.
struct LocalSidecar: Codable {
    var contentType: String
    var metadata: [String: String]
    var size: Int64
    var sha256: String
}

extension LocalDirectoryStore {
    @discardableResult
    public func put(_ data: Data, key: String, options: PutOptions) throws(ObjectStoreError) -> ObjectInfo {
        try write(key: key, options: options) { writer throws(ObjectStoreError) in try writer.write(data) }
    }

    @discardableResult
    public func put(contentsOf file: URL, key: String, options: PutOptions) throws(ObjectStoreError) -> ObjectInfo {
        try write(key: key, options: options) { writer throws(ObjectStoreError) in
            try readChunks(of: file) { chunk throws(ObjectStoreError) in try writer.write(chunk) }
        }
    }

    private func write(key: String, options: PutOptions, _ fill: (AtomicFileWriter) throws(ObjectStoreError) -> Void)
        throws(ObjectStoreError) -> ObjectInfo
    {
        try ObjectKey.validate(metadata: options.metadata)
        let content = try contentURL(for: key)
        let sidecar = try sidecarURL(for: key)
        try prepareFolder(for: content, key: key)
        try prepareFolder(for: sidecar, key: key)
        let writer = try AtomicFileWriter(destination: content, temporaryDirectory: temporaryRoot)
        try fill(writer)
        let info = ObjectInfo(
            key: key, size: writer.size, contentType: options.contentType ?? "application/octet-stream",
            metadata: options.metadata, sha256: Hashing.hex(writer.sha256), lastModified: Date())
        let record = LocalSidecar(
            contentType: info.contentType, metadata: info.metadata, size: info.size, sha256: info.sha256!)
        let sidecarWriter = try AtomicFileWriter(destination: sidecar, temporaryDirectory: temporaryRoot)
        let encoded: Data
        do { encoded = try JSONEncoder().encode(record) } catch {
            throw .localIO(path: sidecar.path, reason: "\(error)")
        }
        try sidecarWriter.write(encoded)
        // Sidecar first: a crash between the renames leaves new metadata over old content,
        // which the SHA-256 check on `get` reports instead of returning mismatched bytes.
        try sidecarWriter.commit()
        try writer.commit()
        return info
    }

    /// Creates the object's folder, refusing keys that would nest inside another object.
    private func prepareFolder(for url: URL, key: String) throws(ObjectStoreError) {
        do { try makeDirectories(url.deletingLastPathComponent()) } catch {
            throw .invalidKey(key, reason: "a path segment of it is already an object")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .invalidKey(key, reason: "other objects are stored under it as a prefix")
        }
    }

    public func head(key: String) throws(ObjectStoreError) -> ObjectInfo {
        let content = try contentURL(for: key)
        var status = stat()
        guard stat(content.path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw .notFound(key: key)
        }
        let modified = Date(timeIntervalSince1970: TimeInterval(status.st_mtim.tv_sec))
        guard let data = FileManager.default.contents(atPath: try sidecarURL(for: key).path),
            let record = try? JSONDecoder().decode(LocalSidecar.self, from: data)
        else {
            // A file dropped in by hand: no sidecar, so no type, metadata or checksum.
            return ObjectInfo(
                key: key, size: Int64(status.st_size), contentType: "application/octet-stream", metadata: [:],
                sha256: nil, lastModified: modified)
        }
        return ObjectInfo(
            key: key, size: Int64(status.st_size), contentType: record.contentType, metadata: record.metadata,
            sha256: record.sha256, lastModified: modified)
    }

    public func get(key: String) throws(ObjectStoreError) -> StoredObject {
        let info = try head(key: key)
        var data = Data()
        var hasher = SHA256Hasher()
        try readChunks(of: try contentURL(for: key)) { chunk in
            hasher.update(chunk)
            data.append(chunk)
        }
        try verify(key: key, expected: info.sha256, actual: hasher.finalize())
        return StoredObject(info: info, data: data)
    }

    @discardableResult
    public func get(key: String, to file: URL) throws(ObjectStoreError) -> ObjectInfo {
        let info = try head(key: key)
        let writer = try AtomicFileWriter(destination: file)
        try readChunks(of: try contentURL(for: key)) { chunk throws(ObjectStoreError) in try writer.write(chunk) }
        try verify(key: key, expected: info.sha256, actual: writer.sha256)
        try writer.commit()
        return info
    }

    private func verify(key: String, expected: String?, actual: [UInt8]) throws(ObjectStoreError) {
        guard let expected, expected != Hashing.hex(actual) else { return }
        throw .integrity(key: key, detail: "its SHA-256 is \(Hashing.hex(actual)), but \(expected) was stored")
    }
}
