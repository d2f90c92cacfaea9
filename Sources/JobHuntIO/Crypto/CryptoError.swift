// The one error type of the crypto layer: bad keys, unreadable key files, and
// ciphertexts or password hashes that do not check out.
import Foundation
public import JobHuntErrors

/// What went wrong in password hashing, key handling or field encryption.
///
/// Decryption never returns bytes it could not authenticate: every failure is one
/// of these, loudly. Descriptions name key ids and file paths, never key bytes.
public struct CryptoError: DescribedError, Equatable, CustomStringConvertible {
    /// The kinds of crypto failure, stable for matching.
    public enum Code: String, Sendable, Equatable {
        /// A configured key is not the base64 of 32 bytes.
        case invalidKey
        /// The key file could not be read, written, or is open to other users.
        case keyFile
        /// The bytes are too short or not base64 to be a jobhunt ciphertext.
        case malformedCiphertext
        /// The ciphertext's format version is newer than this build.
        case unsupportedVersion
        /// The ciphertext was made with a key that is not in the keyring.
        case unknownKey
        /// Authentication failed: altered bytes, a different context, or a wrong key.
        case authenticationFailed
        /// libsodium could not hash the password (usually: not enough memory).
        case passwordHashing
    }

    public let code: Code
    private let message: String
    private let suggestion: String

    init(_ code: Code, _ message: String, suggestion: String) {
        self.code = code
        self.message = message
        self.suggestion = suggestion
    }

    public var problem: String { message }
    public var remedy: Remedy? { Remedy(suggestion) }
    public var description: String { message }

    static func invalidKey(_ reason: String) -> CryptoError {
        CryptoError(
            .invalidKey, "the secret key is invalid: \(reason)",
            suggestion: "set JOBHUNT_SECRET_KEY to 32 random bytes in base64, e.g. from `openssl rand -base64 32`")
    }

    static func keyFile(_ path: String, _ reason: String, suggestion: String? = nil) -> CryptoError {
        CryptoError(
            .keyFile, "key file \(path): \(reason)",
            suggestion: suggestion ?? "check the file and its directory, or set JOBHUNT_SECRET_KEY instead")
    }

    static func malformed(_ reason: String) -> CryptoError {
        CryptoError(
            .malformedCiphertext, "encrypted value is malformed: \(reason)",
            suggestion: "the stored value is damaged or was not written by jobhunt; restore it from a backup")
    }

    static func unsupportedVersion(_ version: UInt8) -> CryptoError {
        CryptoError(
            .unsupportedVersion, "encrypted value has format version \(version), which this jobhunt cannot read",
            suggestion: "upgrade jobhunt to the version that wrote it")
    }

    static func unknownKey(_ keyID: String) -> CryptoError {
        CryptoError(
            .unknownKey, "encrypted value was made with key \(keyID), which is not in the keyring",
            suggestion: "configure the key it was encrypted with, as the current key or a previous one")
    }

    static func authenticationFailed(_ context: String) -> CryptoError {
        CryptoError(
            .authenticationFailed,
            "encrypted value failed authentication for \"\(context)\": it was altered, belongs to another field, or the key is wrong",
            suggestion: "restore the value from a backup; do not copy encrypted values between fields")
    }

    static let passwordHashing = CryptoError(
        .passwordHashing, "could not hash the password (Argon2id needs more memory than is available)",
        suggestion: "free some memory and try again")
}
