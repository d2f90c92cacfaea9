// One 32-byte field-encryption key in guarded memory, identified by a short id
// derived from it so ciphertexts can name their key without revealing it.
internal import CSodium
import Foundation

/// A field-encryption key (XChaCha20-Poly1305, 32 bytes).
///
/// The bytes live in `sodium_malloc` memory (guard pages, kept out of swap where
/// the system allows) and are wiped by `sodium_free` in `deinit`. Nothing public
/// exposes them: `description` shows only the key id.
public final class SecretKey: @unchecked Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    static let byteCount = 32
    static let idByteCount = 8

    /// Immutable after `init`; freed (and zeroed) in `deinit`.
    private let bytes: UnsafeMutableRawPointer
    /// The first 8 bytes of BLAKE2b(key: this key, message: "jobhunt key id v1").
    let id: Data

    /// `source` must hold exactly ``byteCount`` bytes.
    private init(copying source: Data) {
        Sodium.ready()
        guard let memory = sodium_malloc(Self.byteCount) else {
            fatalError("sodium_malloc failed to allocate \(Self.byteCount) bytes")
        }
        source.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress!, byteCount: Self.byteCount) }
        bytes = memory
        var digest = [UInt8](repeating: 0, count: crypto_generichash_bytes_min())
        let label = Array("jobhunt key id v1".utf8)
        crypto_generichash(
            &digest, digest.count, label, UInt64(label.count),
            memory.assumingMemoryBound(to: UInt8.self), Self.byteCount)
        id = Data(digest.prefix(Self.idByteCount))
    }

    deinit { sodium_free(bytes) }

    /// A key from its base64 text (`JOBHUNT_SECRET_KEY`, or one line of the key file).
    public convenience init(base64 text: String) throws(CryptoError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard var decoded = Data(base64Encoded: trimmed) else {
            throw .invalidKey("it is not valid base64")
        }
        defer { decoded.resetBytes(in: 0..<decoded.count) }
        guard decoded.count == Self.byteCount else {
            throw .invalidKey("it decodes to \(decoded.count) bytes, not \(Self.byteCount)")
        }
        self.init(copying: decoded)
    }

    /// A new random key.
    public static func generate() -> SecretKey {
        var random = SecureRandom.bytes(byteCount)
        defer { random.resetBytes(in: 0..<random.count) }
        return SecretKey(copying: random)
    }

    /// The key id as 16 hex digits: safe to show, log and store.
    public var keyID: String { id.map { String(format: "%02x", $0) }.joined() }

    public var description: String { "SecretKey(id: \(keyID))" }
    public var debugDescription: String { description }

    /// The base64 text of the key, for writing the key file only.
    func base64Text() -> String {
        Data(bytes: bytes, count: Self.byteCount).base64EncodedString()
    }

    /// Lends the raw key to a libsodium call.
    func withKeyBytes<T>(_ body: (UnsafePointer<UInt8>) throws(CryptoError) -> T) throws(CryptoError) -> T {
        try body(UnsafePointer(bytes.assumingMemoryBound(to: UInt8.self)))
    }
}
