// The keys field encryption may use: one current key that encrypts, and older
// keys kept only to decrypt what they encrypted, so keys can rotate.
import Foundation

/// The current encryption key plus retired keys still needed for decryption.
///
/// Rotation: make a new key current and keep the old one as previous; new writes
/// use the new key, old values still decrypt, and re-encrypting them (decrypt,
/// encrypt) lets the old key be dropped later. Each ciphertext names its key by id.
public struct Keyring: Sendable, CustomStringConvertible {
    /// Encrypts every new value.
    public let current: SecretKey
    /// Only decrypt; in order of preference.
    public let previous: [SecretKey]

    public init(current: SecretKey, previous: [SecretKey] = []) {
        self.current = current
        self.previous = previous
    }

    /// A keyring from a configured value (`JOBHUNT_SECRET_KEY`): one or more base64
    /// keys separated by commas or white space, the first current, the rest previous.
    public init(configuredValue: String) throws(CryptoError) {
        let parts = configuredValue.split(whereSeparator: { $0 == "," || $0.isWhitespace })
        guard let first = parts.first else { throw .invalidKey("it is empty") }
        var previous: [SecretKey] = []
        for part in parts.dropFirst() {
            previous.append(try SecretKey(base64: String(part)))
        }
        self.init(current: try SecretKey(base64: String(first)), previous: previous)
    }

    /// Every key, current first.
    public var keys: [SecretKey] { [current] + previous }

    func key(withID id: Data) -> SecretKey? {
        keys.first { ConstantTime.equals($0.id, id) }
    }

    /// Key ids only, never key bytes.
    public var description: String {
        "Keyring(current: \(current.keyID), previous: [\(previous.map(\.keyID).joined(separator: ", "))])"
    }
}
