// Listing for the local store: walk the objects folder, sort as S3 does, page after a key.
import Foundation

extension LocalDirectoryStore {
    /// The continuation token is the last key of the page: the next page starts after it,
    /// so objects added or removed between pages neither repeat nor shift the listing.
    public func list(prefix: String, continuation: String?, limit: Int) throws(ObjectStoreError) -> ObjectPage {
        guard limit > 0 else { throw .invalidConfiguration("a listing page must hold at least one key") }
        let keys = try allKeysOnDisk(under: prefix)
            .filter { $0.hasPrefix(prefix) }
            .filter { continuation == nil || utf8Less(continuation!, $0) }
            .sorted(by: utf8Less)
        let page = Array(keys.prefix(limit))
        return ObjectPage(keys: page, continuation: keys.count > limit ? page.last : nil)
    }

    /// Walks only the deepest folder the prefix names, not the whole store.
    private func allKeysOnDisk(under prefix: String) throws(ObjectStoreError) -> [String] {
        let folderPart = prefix.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        guard !folderPart.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return [] }
        let start = folderPart.reduce(objectsRoot) { $0.appendingPathComponent(String($1)) }
        let base = folderPart.isEmpty ? "" : folderPart.joined(separator: "/") + "/"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: start.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { return [] }
        guard let walker = FileManager.default.enumerator(atPath: start.path) else {
            throw .localIO(path: start.path, reason: "cannot list the directory")
        }
        var keys: [String] = []
        while let relative = walker.nextObject() as? String {
            var status = stat()
            let path = start.path + "/" + relative
            if lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG {
                keys.append(base + relative)
            }
        }
        return keys
    }
}

/// S3 lists keys in UTF-8 byte order; Swift's `<` on String compares Unicode scalars
/// after normalisation, which differs for some keys.
func utf8Less(_ left: String, _ right: String) -> Bool {
    left.utf8.lexicographicallyPrecedes(right.utf8)
}
