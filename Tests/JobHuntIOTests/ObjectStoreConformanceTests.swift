// One conformance suite for every ObjectStore: what ObjectStore's documentation promises, checked
// against the local directory store and the real S3 server (moto, signature checking on).
import Foundation
import JobHuntIO
import JobHuntTesting
import Testing

/// Keys chosen to break naive encoders and path handling.
private let awkwardKeys = [
    "with space/file name.txt", "unicode/résumé-履歴書-😀.pdf", "punctuation/+=&;,:@$.txt", "percent/100%25 off%.txt",
    "tilde~and_under-score/x",
]
/// Dot segments: S3 keeps them literally; a directory store must refuse them.
private let dotSegmentKeys = ["dots/./a.txt", "dots/../b.txt", "dots/x/../../../escape.txt", "./leading.txt"]

@Suite("ObjectStore conformance")
struct ObjectStoreConformanceTests {
    @Test("awkward keys round-trip with content type and metadata", arguments: StoreKind.allCases)
    func awkwardKeysRoundTrip(kind: StoreKind) throws {
        let subject = try StoreUnderTest(kind)
        let plain = PutOptions(contentType: "text/plain; charset=utf-8", metadata: ["owner": "x y"])
        // `a` and `a-b` prefix one another: libcurl 7.88.1 sorts them wrongly, so these puts
        // also prove the S3 store falls back to its own signer for them.
        let prefixing = PutOptions(contentType: "text/markdown", metadata: ["a": "1", "a-b": "2"])
        for name in awkwardKeys {
            for options in [plain, prefixing] {
                let key = subject.key(name)
                let data = Data("content of \(name) with \(options.metadata.keys.sorted())".utf8)
                try subject.store.put(data, key: key, options: options)
                let fetched = try subject.store.get(key: key)
                #expect(fetched.data == data, "\(name)")
                #expect(fetched.info.contentType == options.contentType)
                #expect(fetched.info.metadata == options.metadata)
                let head = try subject.store.head(key: key)
                #expect(head.size == Int64(data.count))
                #expect(head.sha256 == Hashing.hex(Hashing.sha256(data)))
            }
        }
        let listed = try subject.store.allKeys(prefix: subject.prefix)
        #expect(Set(listed) == Set(awkwardKeys.map(subject.key)))
    }

    @Test("dot segments are kept literally by S3 and refused by the directory store", arguments: StoreKind.allCases)
    func dotSegments(kind: StoreKind) throws {
        let subject = try StoreUnderTest(kind)
        for name in dotSegmentKeys {
            let key = subject.key(name)
            let data = Data(name.utf8)
            if kind.isS3 {
                try subject.store.put(data, key: key)
                #expect(try subject.store.get(key: key).data == data, "\(name)")
            } else {
                let error = objectStoreError { try subject.store.put(data, key: key) }
                guard case .invalidKey = error else {
                    Issue.record("expected invalidKey for \(name), got \(String(describing: error))")
                    continue
                }
            }
        }
        if kind.isS3 {
            let listed = try subject.store.allKeys(prefix: subject.prefix)
            #expect(Set(listed) == Set(dotSegmentKeys.map(subject.key)))
        } else {
            #expect(try subject.store.allKeys(prefix: "").isEmpty)
        }
    }

    @Test("keys every store refuses", arguments: StoreKind.allCases)
    func invalidKeys(kind: StoreKind) throws {
        let subject = try StoreUnderTest(kind)
        for key in ["", "nul\u{0}byte", String(repeating: "k", count: 1025)] {
            guard case .invalidKey = objectStoreError({ try subject.store.put(Data(), key: key) }) else {
                Issue.record("\(kind): expected invalidKey for a key of \(key.utf8.count) bytes")
                continue
            }
        }
        let error = objectStoreError {
            try subject.store.put(Data(), key: subject.key("x"), options: PutOptions(metadata: ["Bad Name": "v"]))
        }
        #expect(error == .invalidMetadata(name: "Bad Name", reason: "names may hold only a-z, 0-9 and -"))
        let padded = objectStoreError {
            try subject.store.put(Data(), key: subject.key("x"), options: PutOptions(metadata: ["k": " v"]))
        }
        #expect(padded == .invalidMetadata(name: "k", reason: "values may not start or end with a space"))
    }

    @Test("empty and multi-megabyte objects", arguments: StoreKind.allCases)
    func emptyAndLarge(kind: StoreKind) throws {
        let subject = try StoreUnderTest(kind)
        let empty = try subject.store.put(Data(), key: subject.key("empty"))
        #expect(empty.size == 0)
        #expect(try subject.store.get(key: subject.key("empty")).data.isEmpty)
        let large = testBytes(3 * 1024 * 1024 + 17)
        try subject.store.put(large, key: subject.key("large.bin"), options: PutOptions(contentType: "application/pdf"))
        let fetched = try subject.store.get(key: subject.key("large.bin"))
        #expect(fetched.data == large)
        #expect(fetched.info.contentType == "application/pdf")
    }

    @Test("put from a file and get to a file stream the bytes", arguments: StoreKind.allCases)
    func streamedFiles(kind: StoreKind) throws {
        let subject = try StoreUnderTest(kind)
        let files = try TemporaryDirectory()
        let source = files.file("source.bin")
        let data = testBytes(2 * 1024 * 1024 + 5, seed: 7)
        try data.write(to: source)
        let key = subject.key("streamed/file.bin")
        let info = try subject.store.put(contentsOf: source, key: key, options: PutOptions(contentType: "image/png"))
        #expect(info.size == Int64(data.count))
        let destination = files.file("copy.bin")
        try Data("old contents".utf8).write(to: destination)
        let fetched = try subject.store.get(key: key, to: destination)
        #expect(fetched.contentType == "image/png")
        #expect(try Data(contentsOf: destination) == data)
        let mode = try FileManager.default.attributesOfItem(atPath: destination.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // Only the destination is left: the temporary file was renamed, not copied.
        #expect(try FileManager.default.contentsOfDirectory(atPath: files.path).sorted() == ["copy.bin", "source.bin"])
    }

    @Test("head, delete and missing keys", arguments: StoreKind.allCases)
    func headAndDelete(kind: StoreKind) throws {
        let subject = try StoreUnderTest(kind)
        let key = subject.key("doc.txt")
        try subject.store.put(Data("hello".utf8), key: key, options: PutOptions(metadata: ["kind": "resume"]))
        #expect(try subject.store.head(key: key).metadata == ["kind": "resume"])
        try subject.store.delete(key: key)
        #expect(objectStoreError { _ = try subject.store.head(key: key) } == .notFound(key: key))
        #expect(objectStoreError { _ = try subject.store.get(key: key) } == .notFound(key: key))
        try subject.store.delete(key: key)  // deleting what is gone succeeds
        let message = ObjectStoreError.notFound(key: key).errorDescription ?? ""
        #expect(message.contains(key))
    }

    @Test("listing by prefix in pages", arguments: StoreKind.allCases)
    func pagedListing(kind: StoreKind) throws {
        let subject = try StoreUnderTest(kind)
        let wanted = (1...7).map { subject.key("docs/file-\($0).txt") } + [subject.key("docs/sub/deep.txt")]
        for key in wanted + [subject.key("other/x.txt"), subject.key("docsextra.txt")] {
            try subject.store.put(Data(key.utf8), key: key)
        }
        var pages: [[String]] = []
        var token: String? = nil
        repeat {
            let page = try subject.store.list(prefix: subject.key("docs/"), continuation: token, limit: 3)
            pages.append(page.keys)
            token = page.continuation
        } while token != nil && pages.count < 10
        #expect(pages.map(\.count) == [3, 3, 2])
        #expect(pages.flatMap { $0 } == wanted.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(try subject.store.list(prefix: subject.key("nothing-here/")).keys.isEmpty)
    }

    @Test("objects above the multipart threshold go up in parts", arguments: StoreKind.allCases)
    func multipart(kind: StoreKind) throws {
        let subject = try StoreUnderTest(kind, multipartThreshold: 6 * 1024 * 1024)
        let data = testBytes(11 * 1024 * 1024 + 3, seed: 3)
        let key = subject.key("big/from-bytes.bin")
        try subject.store.put(data, key: key, options: PutOptions(contentType: "video/mp4", metadata: ["part": "yes"]))
        let fetched = try subject.store.get(key: key)
        #expect(fetched.data == data)
        #expect(fetched.info.metadata == ["part": "yes"])
        #expect(fetched.info.sha256 == Hashing.hex(Hashing.sha256(data)))

        let files = try TemporaryDirectory()
        try data.write(to: files.file("big.bin"))
        try subject.store.put(contentsOf: files.file("big.bin"), key: subject.key("big/from-file.bin"))
        try subject.store.get(key: subject.key("big/from-file.bin"), to: files.file("back.bin"))
        #expect(try Data(contentsOf: files.file("back.bin")) == data)
    }

    @Test("locations are s3:// or file:// URLs that parse back", arguments: StoreKind.allCases)
    func locations(kind: StoreKind) throws {
        let subject = try StoreUnderTest(kind)
        let key = subject.key("my cv.pdf")
        let location = try subject.store.location(of: key)
        #expect(try ObjectLocation(parsing: location.description) == location)
        switch location {
        case .s3(_, let storedKey): #expect(kind.isS3 && storedKey == key)
        case .file(let path): #expect(!kind.isS3 && path.hasSuffix("/objects/" + key))
        }
    }
}
