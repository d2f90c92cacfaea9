// Builds per-user object keys and checks the rules every store shares.
import Foundation

/// Keys are namespaced per user so one user's files can be listed, exported or erased
/// with a prefix: `users/<uuid>/resumes/cv.pdf`.
public enum ObjectKey {
    /// S3's limit on key length, in UTF-8 bytes.
    public static let maximumLength = 1024
    /// The metadata name both stores use to keep the SHA-256 of the content; callers may not set it.
    static let checksumMetadataName = "jobhunt-sha256"

    /// `users/<lower-case uuid>/<path>`, the prefix every user-owned object lives under.
    public static func user(_ id: UUID, _ path: String) -> String {
        userPrefix(id) + path
    }

    public static func userPrefix(_ id: UUID) -> String {
        "users/\(id.uuidString.lowercased())/"
    }

    /// The rules S3 itself enforces: not empty, at most 1024 bytes, no NUL.
    static func validate(_ key: String) throws(ObjectStoreError) {
        guard !key.isEmpty else { throw .invalidKey(key, reason: "it is empty") }
        guard key.utf8.count <= maximumLength else {
            throw .invalidKey(key, reason: "it is longer than \(maximumLength) bytes")
        }
        guard !key.utf8.contains(0) else { throw .invalidKey(key, reason: "it contains a NUL byte") }
    }

    /// Names travel as `x-amz-meta-<name>` headers, so they are kept to what every
    /// server agrees on: lower-case ASCII letters, digits and `-`; values printable ASCII
    /// without leading or trailing spaces.
    static func validate(metadata: [String: String]) throws(ObjectStoreError) {
        let nameCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        for (name, value) in metadata {
            guard !name.isEmpty, name.allSatisfy({ nameCharacters.contains($0) }) else {
                throw .invalidMetadata(name: name, reason: "names may hold only a-z, 0-9 and -")
            }
            guard name != checksumMetadataName else {
                throw .invalidMetadata(name: name, reason: "the name is reserved for jobhunt's checksum")
            }
            guard value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7f }) else {
                throw .invalidMetadata(name: name, reason: "values may hold only printable ASCII")
            }
            // HTTP trims header values, so these spaces would not come back.
            guard value.first != " ", value.last != " " else {
                throw .invalidMetadata(name: name, reason: "values may not start or end with a space")
            }
        }
    }
}
