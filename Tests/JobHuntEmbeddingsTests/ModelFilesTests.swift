// Model file checks: presence, SHA-256 against the published digests.
import Foundation
import JobHuntEmbeddings
import JobHuntIO
import JobHuntTesting
import Testing

@Suite struct ModelFilesTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func sha256MatchesKnownDigests(input: String, digest: String) {
        #expect(Hashing.hex(Hashing.sha256(Array(input.utf8))) == digest)
    }

    @Test func vocabularyDigestMatchesThePublishedOne() throws {
        let folder = try TestModel.directory()
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("vocab.txt")))
        #expect(Hashing.hex(Hashing.sha256(bytes)) == ModelFiles.expectedSHA256["vocab.txt"])
    }

    @Test func missingFileIsNamed() throws {
        let folder = try TemporaryDirectory()
        try Data("{}".utf8).write(to: folder.file("config.json"))
        let error = #expect(throws: EmbeddingError.self) { try ModelFiles(directory: folder.url).checkPresent() }
        #expect(error?.errorDescription == "model not found at \(folder.path) (no vocab.txt)")
    }
}
