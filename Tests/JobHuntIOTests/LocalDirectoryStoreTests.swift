// What only the directory store promises: private files, no escape from its root, sidecars that
// cannot collide, and tampering caught on read.
import Foundation
import JobHuntIO
import JobHuntTesting
import Testing

@Suite("Local directory store")
struct LocalDirectoryStoreTests {
    let directory: TemporaryDirectory
    let store: LocalDirectoryStore

    init() throws {
        directory = try TemporaryDirectory()
        store = try LocalDirectoryStore(root: directory.url.appendingPathComponent("data"))
    }

    private func mode(_ url: URL) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
    }

    @Test("objects are files 0600 in folders 0700, at their file:// location")
    func permissions() throws {
        let key = "users/u1/resumes/cv.pdf"
        try store.put(Data("pdf".utf8), key: key)
        guard case .file(let path) = try store.location(of: key) else {
            Issue.record("expected a file location")
            return
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("pdf".utf8))
        #expect(try mode(URL(fileURLWithPath: path)) == 0o600)
        #expect(try mode(URL(fileURLWithPath: path).deletingLastPathComponent()) == 0o700)
        #expect(try mode(store.root) == 0o700)
        #expect(try store.presignedURL(key: key, expiresIn: .seconds(1)) == URL(fileURLWithPath: path))
    }

    @Test(
        "keys that could leave the root or alias another key are refused",
        arguments: [
            "/etc/passwd", "../outside", "a/../../outside", "a/./b", "a//b", "trailing/", ".", "..",
        ])
    func traversal(key: String) {
        guard case .invalidKey = objectStoreError({ try store.put(Data("x".utf8), key: key) }) else {
            Issue.record("\(key) was not refused")
            return
        }
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("outside").path))
    }

    @Test("a key and a key that nests under it cannot both exist; deleting frees the name")
    func nesting() throws {
        try store.put(Data("a".utf8), key: "a")
        guard case .invalidKey = objectStoreError({ try store.put(Data(), key: "a/b") }) else {
            Issue.record("a/b was stored inside the object a")
            return
        }
        try store.delete(key: "a")
        try store.put(Data("b".utf8), key: "a/b")
        guard case .invalidKey = objectStoreError({ try store.put(Data(), key: "a") }) else {
            Issue.record("a was stored over the folder a/")
            return
        }
        try store.delete(key: "a/b")
        try store.put(Data("a again".utf8), key: "a")
        #expect(try store.get(key: "a").data == Data("a again".utf8))
    }

    /// With sidecars named `<key>.json` in a mirrored tree, `b`'s sidecar `b.json` would be the
    /// folder `b.json/x` needs; the `.d` folder suffix keeps them apart.
    @Test("sidecar names cannot collide with other keys")
    func sidecars() throws {
        let keys = ["b", "b.json/x", "c", "c.d/y", "c.d.json", "d.json"]
        for key in keys {
            try store.put(
                Data(key.utf8), key: key,
                options: PutOptions(metadata: ["k": key.replacingOccurrences(of: "/", with: "-")]))
        }
        for key in keys {
            let object = try store.get(key: key)
            #expect(object.data == Data(key.utf8))
            #expect(object.info.metadata == ["k": key.replacingOccurrences(of: "/", with: "-")])
        }
    }

    @Test("bytes changed on disk are reported, not returned")
    func tampering() throws {
        try store.put(Data("original".utf8), key: "doc")
        let location = try store.location(of: "doc")
        guard case .file(let path) = location else {
            Issue.record("a local store's object should be a file, got \(location)")
            return
        }
        try Data("tampered".utf8).write(to: URL(fileURLWithPath: path))
        guard case .integrity = objectStoreError({ _ = try store.get(key: "doc") }) else {
            Issue.record("tampered bytes were returned")
            return
        }
    }

    @Test("no temporary files are left behind, and a crash's leftovers are swept on open")
    func noLeftovers() throws {
        for index in 0..<5 { try store.put(Data("\(index)".utf8), key: "k\(index)") }
        let tmp = store.root.appendingPathComponent("tmp")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).isEmpty)

        let abandoned = tmp.appendingPathComponent(".k.tmp-old")
        let fresh = tmp.appendingPathComponent(".k.tmp-new")
        try Data("x".utf8).write(to: abandoned)
        try Data("y".utf8).write(to: fresh)
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(-7200)], ofItemAtPath: abandoned.path)
        _ = try LocalDirectoryStore(root: store.root)
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path) == [".k.tmp-new"])
    }
}
