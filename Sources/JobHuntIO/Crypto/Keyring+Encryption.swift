// Field encryption with XChaCha20-Poly1305 in jobhunt's versioned format, bound
// to the field it belongs to, so PII at rest survives key rotation and copying.
internal import CSodium
import Foundation

/// The sealed format, version 1 (all offsets in bytes):
///
/// | offset | size | content |
/// | --- | --- | --- |
/// | 0 | 1 | version, `0x01` |
/// | 1 | 8 | key id: BLAKE2b(key, "jobhunt key id v1"), first 8 bytes |
/// | 9 | 24 | random nonce |
/// | 33 | n + 16 | ciphertext of the n-byte plaintext, then the Poly1305 tag |
///
/// The associated data is bytes 0–8 followed by the UTF-8 context, so the header
/// cannot be swapped and a value copied to another field fails to decrypt.
/// https://doc.libsodium.org/secret-key_cryptography/aead/chacha20-poly1305/xchacha20-poly1305_construction
enum SealedFormat {
    static let version: UInt8 = 1
    static let headerSize = 1 + SecretKey.idByteCount
    static let nonceSize = 24
    static let tagSize = 16
    static let overhead = headerSize + nonceSize + tagSize
}

extension Keyring {
    /// Encrypts `plaintext` with the current key for the field named `context`
    /// (e.g. `"users.phone"`, or `"browser_sessions.cookies"`); decrypt with the same context.
    public func encrypt(_ plaintext: Data, context: String) throws(CryptoError) -> Data {
        Sodium.ready()
        let header = Data([SealedFormat.version]) + current.id
        let nonce = [UInt8](SecureRandom.bytes(SealedFormat.nonceSize))
        let associated = [UInt8](header + Data(context.utf8))
        var sealed = [UInt8](repeating: 0, count: plaintext.count + SealedFormat.tagSize)
        var sealedLength: UInt64 = 0
        try current.withKeyBytes { key throws(CryptoError) in
            let status = plaintext.withUnsafeBytes { message in
                crypto_aead_xchacha20poly1305_ietf_encrypt(
                    &sealed, &sealedLength,
                    message.bindMemory(to: UInt8.self).baseAddress, UInt64(plaintext.count),
                    associated, UInt64(associated.count), nil, nonce, key)
            }
            guard status == 0 else { throw .malformed("encryption failed") }
        }
        return header + Data(nonce) + Data(sealed.prefix(Int(sealedLength)))
    }

    /// Decrypts a value from ``encrypt(_:context:)`` with whichever key made it.
    /// - Throws: never returns unauthenticated bytes; a wrong key, a changed byte or a
    ///   different context is a ``CryptoError``.
    public func decrypt(_ sealed: Data, context: String) throws(CryptoError) -> Data {
        Sodium.ready()
        let bytes = [UInt8](sealed)
        guard bytes.count >= SealedFormat.overhead else {
            throw .malformed("\(bytes.count) bytes is shorter than the \(SealedFormat.overhead)-byte minimum")
        }
        guard bytes[0] == SealedFormat.version else { throw .unsupportedVersion(bytes[0]) }
        let header = Array(bytes[0..<SealedFormat.headerSize])
        let keyID = Data(header.dropFirst())
        guard let key = key(withID: keyID) else {
            throw .unknownKey(keyID.map { String(format: "%02x", $0) }.joined())
        }
        let nonce = Array(bytes[SealedFormat.headerSize..<SealedFormat.headerSize + SealedFormat.nonceSize])
        let body = Array(bytes[(SealedFormat.headerSize + SealedFormat.nonceSize)...])
        let associated = header + Array(context.utf8)
        var plaintext = [UInt8](repeating: 0, count: body.count - SealedFormat.tagSize)
        var plaintextLength: UInt64 = 0
        try key.withKeyBytes { key throws(CryptoError) in
            let status = crypto_aead_xchacha20poly1305_ietf_decrypt(
                &plaintext, &plaintextLength, nil, body, UInt64(body.count),
                associated, UInt64(associated.count), nonce, key)
            guard status == 0 else { throw .authenticationFailed(context) }
        }
        return Data(plaintext.prefix(Int(plaintextLength)))
    }

    /// ``encrypt(_:context:)`` for text columns: UTF-8 in, base64 of the sealed bytes out.
    public func encryptString(_ plaintext: String, context: String) throws(CryptoError) -> String {
        try encrypt(Data(plaintext.utf8), context: context).base64EncodedString()
    }

    /// ``decrypt(_:context:)`` for text columns written by ``encryptString(_:context:)``.
    public func decryptString(_ sealed: String, context: String) throws(CryptoError) -> String {
        guard let data = Data(base64Encoded: sealed) else { throw .malformed("it is not base64") }
        let plaintext = try decrypt(data, context: context)
        guard let text = String(data: plaintext, encoding: .utf8) else {
            throw .malformed("the decrypted bytes are not UTF-8 text")
        }
        return text
    }
}
