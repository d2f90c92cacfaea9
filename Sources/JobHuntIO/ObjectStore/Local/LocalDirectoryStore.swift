// The default object store: plain files under a directory, written atomically and private to the user.
import Foundation

/// Objects as files under `root/objects/<key>`, so a `file://` location opens the real file.
///
/// Layout (documented in docs/storage.md):
/// - `objects/<key>`: the content, mode 0600, directories 0700.
/// - `metadata/<segment>.d/…/<last segment>.json`: a JSON sidecar with content type, user
///   metadata, size and SHA-256. Directory names end `.d` and files `.json`, so no key can
///   collide with another key's sidecar (`a` and `a.json/x` both fit).
/// - `tmp/`: writes land here first and are renamed into place (same file system).
///
/// Keys must be relative paths without empty, `.` or `..` segments: the store never
/// resolves a key outside `root`, and never stores one under a second name. A key cannot
/// also be a "directory" of another key (`a` and `a/b`), which S3 allows and files do not.
public struct LocalDirectoryStore: ObjectStore {
    public let root: URL
    var objectsRoot: URL { root.appendingPathComponent("objects", isDirectory: true) }
    var metadataRoot: URL { root.appendingPathComponent("metadata", isDirectory: true) }
    var temporaryRoot: URL { root.appendingPathComponent("tmp", isDirectory: true) }

    /// Creates `root` and its three folders (0700) if they are missing.
    public init(root: URL) throws(ObjectStoreError) {
        self.root = root.standardizedFileURL
        for folder in [self.root, objectsRoot, metadataRoot, temporaryRoot] {
            try makeDirectories(folder)
        }
        removeAbandonedTemporaryFiles()
    }

    /// Temporary files a crashed writer left behind. An hour old is old enough that no live
    /// writer (another process sharing the directory) can still be filling one.
    private func removeAbandonedTemporaryFiles() {
        let cutoff = Date().addingTimeInterval(-3600)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporaryRoot.path)) ?? []
        for name in names {
            let path = temporaryRoot.appendingPathComponent(name).path
            var status = stat()
            if stat(path, &status) == 0, Date(timeIntervalSince1970: TimeInterval(status.st_mtim.tv_sec)) < cutoff {
                unlink(path)
            }
        }
    }

    public func location(of key: String) throws(ObjectStoreError) -> ObjectLocation {
        .file(path: try contentURL(for: key).path)
    }

    /// Checks a key and returns its segments; see the type's documentation for the rules.
    func segments(of key: String) throws(ObjectStoreError) -> [String] {
        try ObjectKey.validate(key)
        guard !key.hasPrefix("/") else { throw .invalidKey(key, reason: "it starts with / (an absolute path)") }
        let segments = key.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for segment in segments {
            switch segment {
            case "": throw .invalidKey(key, reason: "it has an empty segment (// or a trailing /)")
            case ".", "..":
                throw .invalidKey(key, reason: "it has a '\(segment)' segment, which a directory store cannot keep")
            default: continue
            }
        }
        return segments
    }

    func contentURL(for key: String) throws(ObjectStoreError) -> URL {
        try segments(of: key).reduce(objectsRoot) { $0.appendingPathComponent($1) }
    }

    func sidecarURL(for key: String) throws(ObjectStoreError) -> URL {
        let parts = try segments(of: key)
        let folder = parts.dropLast().reduce(metadataRoot) { $0.appendingPathComponent($1 + ".d") }
        return folder.appendingPathComponent(parts.last! + ".json")
    }

    public func presignedURL(key: String, expiresIn: Duration) throws(ObjectStoreError) -> URL {
        let url = try contentURL(for: key)
        guard FileManager.default.fileExists(atPath: url.path) else { throw .notFound(key: key) }
        // A file URL carries no signature and never expires; it works only on this machine.
        return url
    }

    public func delete(key: String) throws(ObjectStoreError) {
        let content = try contentURL(for: key)
        let sidecar = try sidecarURL(for: key)
        for url in [content, sidecar] where unlink(url.path) != 0 && errno != ENOENT {
            throw .localIO(path: url.path, reason: errnoText())
        }
        removeEmptyParents(of: content, below: objectsRoot)
        removeEmptyParents(of: sidecar, below: metadataRoot)
    }

    /// Drops directories a delete left empty, so `a/b` going away frees the name `a`.
    private func removeEmptyParents(of url: URL, below top: URL) {
        var folder = url.deletingLastPathComponent().standardizedFileURL
        while folder.path.count > top.standardizedFileURL.path.count, rmdir(folder.path) == 0 {
            folder.deleteLastPathComponent()
        }
    }
}
