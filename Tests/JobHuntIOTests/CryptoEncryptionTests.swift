// Field encryption: round trips, the byte layout, and every way a ciphertext
// can be wrong (tampered, wrong key, wrong field) failing loudly.
import Foundation
import Testing

@testable import JobHuntIO

@Suite("Field encryption")
struct CryptoEncryptionTests {
    let keyring = Keyring(current: .generate())

    @Test func roundTripsBytesAndText() throws {
        for plaintext in [Data(), Data("+1 555 0100".utf8), SecureRandom.bytes(100_000)] {
            let sealed = try keyring.encrypt(plaintext, context: "users.phone")
            #expect(try keyring.decrypt(sealed, context: "users.phone") == plaintext)
        }
        let text = try keyring.encryptString("Zoë ☎ +44 20 7946 0000", context: "users.phone")
        #expect(try keyring.decryptString(text, context: "users.phone") == "Zoë ☎ +44 20 7946 0000")
    }

    @Test func theSealedLayoutIsVersionKeyIdNonceCiphertextTag() throws {
        let plaintext = Data("0123456789".utf8)
        let sealed = [UInt8](try keyring.encrypt(plaintext, context: "users.phone"))
        #expect(sealed.count == 1 + 8 + 24 + plaintext.count + 16)
        #expect(sealed[0] == 1)
        #expect(Data(sealed[1..<9]) == keyring.current.id)
        let again = [UInt8](try keyring.encrypt(plaintext, context: "users.phone"))
        #expect(sealed[9..<33] != again[9..<33], "every value gets a fresh nonce")
        #expect(sealed[33...] != again[33...])
    }

    @Test func everyFlippedBitIsDetected() throws {
        let sealed = try keyring.encrypt(Data("secret".utf8), context: "users.phone")
        for index in sealed.indices {
            var tampered = sealed
            tampered[index] ^= 0x01
            let error = #expect(throws: CryptoError.self) { try keyring.decrypt(tampered, context: "users.phone") }
            let expected: CryptoError.Code =
                switch index {
                case 0: .unsupportedVersion
                case 1..<9: .unknownKey
                default: .authenticationFailed
                }
            #expect(error?.code == expected, "byte \(index)")
        }
    }

    @Test func authenticationFailuresSayWhatHappened() throws {
        var sealed = try keyring.encrypt(Data("secret".utf8), context: "users.phone")
        sealed[sealed.count - 1] ^= 0x80
        let error = #expect(throws: CryptoError.self) { try keyring.decrypt(sealed, context: "users.phone") }
        #expect(
            error?.errorDescription
                == "encrypted value failed authentication for \"users.phone\": it was altered, belongs to another field, or the key is wrong"
        )
        #expect(error?.recoverySuggestion?.isEmpty == false)
    }

    @Test func aValueMovedToAnotherFieldFails() throws {
        let sealed = try keyring.encrypt(Data("+1 555 0100".utf8), context: "users.phone")
        let error = #expect(throws: CryptoError.self) { try keyring.decrypt(sealed, context: "users.email") }
        #expect(error?.code == .authenticationFailed)
    }

    @Test func aWrongKeyFailsLoudlyNamingTheKeyId() throws {
        let sealed = try keyring.encrypt(Data("secret".utf8), context: "users.phone")
        let stranger = Keyring(current: .generate())
        let error = #expect(throws: CryptoError.self) { try stranger.decrypt(sealed, context: "users.phone") }
        #expect(error?.code == .unknownKey)
        #expect(error?.errorDescription?.contains(keyring.current.keyID) == true)
    }

    @Test func truncatedAndForeignValuesAreMalformed() throws {
        let sealed = try keyring.encrypt(Data(), context: "c")
        #expect(sealed.count == 49)
        for bad in [Data(), Data([1]), sealed.prefix(48)] {
            let error = #expect(throws: CryptoError.self) { try keyring.decrypt(bad, context: "c") }
            #expect(error?.code == .malformedCiphertext)
        }
        let notBase64 = #expect(throws: CryptoError.self) { try keyring.decryptString("***", context: "c") }
        #expect(notBase64?.code == .malformedCiphertext)
    }

    @Test func rotationKeepsOldValuesReadable() throws {
        let old = keyring
        let oldValue = try old.encrypt(Data("old".utf8), context: "users.phone")
        let rotated = Keyring(current: .generate(), previous: [old.current])
        #expect(try rotated.decrypt(oldValue, context: "users.phone") == Data("old".utf8))
        let newValue = try rotated.encrypt(Data("new".utf8), context: "users.phone")
        #expect(newValue[1..<9] == rotated.current.id)
        #expect(newValue[1..<9] != old.current.id)
        let error = #expect(throws: CryptoError.self) { try old.decrypt(newValue, context: "users.phone") }
        #expect(error?.code == .unknownKey)
    }

    @Test func configuredKeysParseAndBadOnesAreRefused() throws {
        let (first, second) = (String(repeating: "A", count: 43) + "=", Data(repeating: 7, count: 32))
        let ring = try Keyring(configuredValue: " \(first), \(second.base64EncodedString())\n")
        #expect(ring.previous.count == 1)
        #expect(ring.current.keyID != ring.previous[0].keyID)
        #expect(ring.current.keyID.count == 16)
        for bad in ["", "not base64!", Data(repeating: 1, count: 16).base64EncodedString()] {
            let error = #expect(throws: CryptoError.self) { try Keyring(configuredValue: bad) }
            #expect(error?.code == .invalidKey)
            #expect(error?.recoverySuggestion?.contains("openssl rand -base64 32") == true)
        }
    }

    @Test func keysNeverAppearInDescriptions() throws {
        let encoded = Data(repeating: 0x5A, count: 32).base64EncodedString()
        let ring = try Keyring(configuredValue: encoded)
        let key = ring.current
        for text in [
            key.description, String(reflecting: key), "\(key)", ring.description, String(reflecting: ring),
            "\([key])",
        ] {
            #expect(text.contains(encoded) == false)
            #expect(text.contains("WlpaWlpa") == false)
        }
        #expect(key.description == "SecretKey(id: \(key.keyID))")
    }
}
