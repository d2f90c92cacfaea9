// SHA-256 and HMAC-SHA256 over libsodium, for SigV4 signing and object integrity checks.
internal import CSodium
import Foundation

/// Digests as byte arrays; `Hashing.hex` renders them the way SigV4 wants.
///
/// ```swift
/// let digest = Hashing.hex(Hashing.sha256("abc"))  // "ba7816bf…"
/// ```
/// https://doc.libsodium.org/advanced/sha-2_hash_function and
/// https://doc.libsodium.org/advanced/hmac-sha2
public enum Hashing {
    public static func sha256(_ data: some DataProtocol) -> [UInt8] {
        Sodium.ready()
        var digest = [UInt8](repeating: 0, count: Int(crypto_hash_sha256_BYTES))
        let bytes = Array(data)
        _ = crypto_hash_sha256(&digest, bytes, UInt64(bytes.count))
        return digest
    }

    public static func sha256(_ text: String) -> [UInt8] { sha256(Data(text.utf8)) }

    /// SHA-256 of bytes where they lie (a memory-mapped model file), without copying them.
    public static func sha256(bytes: UnsafeRawBufferPointer) -> [UInt8] {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return sha256(Data()) }
        Sodium.ready()
        var digest = [UInt8](repeating: 0, count: Int(crypto_hash_sha256_BYTES))
        _ = crypto_hash_sha256(&digest, base.assumingMemoryBound(to: UInt8.self), UInt64(bytes.count))
        return digest
    }

    public static func hmacSHA256(key: [UInt8], message: some DataProtocol) -> [UInt8] {
        Sodium.ready()
        // The init/update/final form takes keys of any length; crypto_auth_hmacsha256 wants exactly 32 bytes.
        var state = crypto_auth_hmacsha256_state()
        var digest = [UInt8](repeating: 0, count: Int(crypto_auth_hmacsha256_BYTES))
        let bytes = Array(message)
        _ = crypto_auth_hmacsha256_init(&state, key, key.count)
        _ = crypto_auth_hmacsha256_update(&state, bytes, UInt64(bytes.count))
        _ = crypto_auth_hmacsha256_final(&state, &digest)
        return digest
    }

    public static func hmacSHA256(key: [UInt8], message: String) -> [UInt8] {
        hmacSHA256(key: key, message: Data(message.utf8))
    }

    /// SHA-256 of a file, or of `length` bytes from `offset` (a multipart upload's part), read
    /// in 1 MiB chunks so big uploads never sit in memory. Throws if the file is shorter.
    public static func sha256(contentsOf file: URL, offset: Int64 = 0, length: Int64? = nil) throws -> [UInt8] {
        let handle = try FileHandle(forReadingFrom: file)
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(offset))
        var hasher = SHA256Hasher()
        var remaining = length ?? Int64.max
        while remaining > 0, let chunk = try handle.read(upToCount: Int(min(remaining, 1 << 20))), !chunk.isEmpty {
            hasher.update(chunk)
            remaining -= Int64(chunk.count)
        }
        if length != nil, remaining > 0 {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: file.path])
        }
        return hasher.finalize()
    }
}

/// Incremental SHA-256 for data that arrives in pieces.
public struct SHA256Hasher: Sendable {
    private var state = crypto_hash_sha256_state()

    public init() {
        Sodium.ready()
        _ = crypto_hash_sha256_init(&state)
    }

    public mutating func update(_ data: some DataProtocol) {
        let bytes = Array(data)
        _ = crypto_hash_sha256_update(&state, bytes, UInt64(bytes.count))
    }

    public mutating func finalize() -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(crypto_hash_sha256_BYTES))
        _ = crypto_hash_sha256_final(&state, &digest)
        return digest
    }
}
