// Argon2id password hashes in libsodium's self-describing string format, with
// verification and a check for hashes made under weaker parameters.
internal import CSodium
import Foundation

/// Hashes and checks user passwords (`users.password_hash`).
///
/// The stored string (`$argon2id$v=19$m=65536,t=2,p=1$salt$hash`) carries its own
/// salt and parameters, so verifying never needs configuration and raising the cost
/// later only needs ``needsRehash(_:)`` at the next successful login.
/// https://doc.libsodium.org/password_hashing/default_phf
///
/// ```swift
/// let stored = try PasswordHasher().hash("correct horse")
/// PasswordHasher().verify("correct horse", against: stored)  // true
/// ```
public struct PasswordHasher: Sendable {
    /// libsodium's named cost levels for Argon2id.
    public enum Strength: String, Sendable {
        /// 2 passes over 64 MiB: libsodium's level for online logins.
        case interactive
        /// 3 passes over 256 MiB: for rarely used, high-value secrets.
        case moderate
    }

    public let strength: Strength

    /// Interactive is the default: `jobhunt login` runs on small shared hosts and
    /// cron boxes where 256 MiB per login would hurt, and 64 MiB of memory-hard
    /// work already makes offline guessing expensive.
    public init(strength: Strength = .interactive) {
        self.strength = strength
    }

    private var limits: (ops: UInt64, memory: Int) {
        switch strength {
        case .interactive:
            (UInt64(crypto_pwhash_argon2id_opslimit_interactive()), crypto_pwhash_argon2id_memlimit_interactive())
        case .moderate:
            (UInt64(crypto_pwhash_argon2id_opslimit_moderate()), crypto_pwhash_argon2id_memlimit_moderate())
        }
    }

    /// A new Argon2id hash of `password` with a fresh random salt.
    public func hash(_ password: String) throws(CryptoError) -> String {
        Sodium.ready()
        let (ops, memory) = limits
        var output = [CChar](repeating: 0, count: crypto_pwhash_strbytes())
        let chars = Self.chars(password)
        let status = crypto_pwhash_str_alg(
            &output, chars, UInt64(chars.count), ops, memory, crypto_pwhash_alg_argon2id13())
        guard status == 0, let end = output.firstIndex(of: 0) else { throw .passwordHashing }
        return String(decoding: output[..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether `password` matches `stored`, in time independent of where they differ.
    /// A malformed or foreign hash string is simply not a match.
    public func verify(_ password: String, against stored: String) -> Bool {
        Sodium.ready()
        guard let padded = Self.padded(stored) else { return false }
        let chars = Self.chars(password)
        return crypto_pwhash_str_verify(padded, chars, UInt64(chars.count)) == 0
    }

    /// Whether `stored` should be replaced by a fresh ``hash(_:)`` after a successful
    /// login: it was made with other parameters, or is not Argon2id at all.
    public func needsRehash(_ stored: String) -> Bool {
        Sodium.ready()
        guard let padded = Self.padded(stored) else { return true }
        let (ops, memory) = limits
        return crypto_pwhash_argon2id_str_needs_rehash(padded, ops, memory) != 0
    }

    /// The password's UTF-8 bytes; an array argument always gives C a valid pointer, even when empty.
    private static func chars(_ password: String) -> [CChar] {
        password.utf8.map { CChar(bitPattern: $0) }
    }

    /// libsodium reads hash strings as `char[crypto_pwhash_STRBYTES]`; copying into a
    /// buffer of that size keeps it from reading past a short Swift string.
    private static func padded(_ stored: String) -> [CChar]? {
        let bytes = Array(stored.utf8)
        let size = crypto_pwhash_strbytes()
        guard bytes.count < size, !bytes.contains(0) else { return nil }
        return bytes.map { CChar(bitPattern: $0) } + [CChar](repeating: 0, count: size - bytes.count)
    }
}
