// Argon2id password hashing: hashes verify, wrong passwords do not, and hashes
// made under other parameters or algorithms are flagged for rehashing.
import Foundation
import Testing

@testable import JobHuntIO

@Suite("Password hashing")
struct CryptoPasswordTests {
    let hasher = PasswordHasher()

    @Test func aHashVerifiesItsPasswordAndNoOther() throws {
        let stored = try hasher.hash("correct horse battery staple")
        #expect(stored.hasPrefix("$argon2id$v=19$m=65536,t=2,p=1$"))
        #expect(hasher.verify("correct horse battery staple", against: stored))
        #expect(hasher.verify("correct horse battery stapl", against: stored) == false)
        #expect(hasher.verify("", against: stored) == false)
    }

    @Test func hashesAreSaltedAndHandleAnyText() throws {
        let password = "pässwörd 🔑 with spaces"
        let (first, second) = (try hasher.hash(password), try hasher.hash(password))
        #expect(first != second)
        #expect(hasher.verify(password, against: first) && hasher.verify(password, against: second))
        let empty = try hasher.hash("")
        #expect(hasher.verify("", against: empty))
        #expect(hasher.verify(" ", against: empty) == false)
    }

    @Test func weakerOrForeignHashesNeedARehash() throws {
        let stored = try hasher.hash("secret")
        #expect(hasher.needsRehash(stored) == false)
        #expect(PasswordHasher(strength: .moderate).needsRehash(stored))
        let argon2i = "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA"
        #expect(hasher.needsRehash(argon2i))
        #expect(hasher.needsRehash("not a hash"))
    }

    @Test func malformedHashesNeverVerify() {
        #expect(hasher.verify("x", against: "") == false)
        #expect(hasher.verify("x", against: "$argon2id$v=19$garbage") == false)
        #expect(hasher.verify("x", against: String(repeating: "a", count: 500)) == false)
        #expect(hasher.verify("x", against: "$argon2id\0$") == false)
    }

    @Test func constantTimeComparisonAndRandomBytes() {
        #expect(ConstantTime.equals(Data([1, 2, 3]), Data([1, 2, 3])))
        #expect(ConstantTime.equals(Data([1, 2, 3]), Data([1, 2, 4])) == false)
        #expect(ConstantTime.equals(Data([1, 2]), Data([1, 2, 3])) == false)
        #expect(ConstantTime.equals(Data(), Data()))
        #expect(ConstantTime.equals("token", "token") && !ConstantTime.equals("token", "tokem"))
        let (first, second) = (SecureRandom.bytes(32), SecureRandom.bytes(32))
        #expect(first.count == 32 && first != second)
        #expect(SecureRandom.hexToken().count == 32)
    }
}
