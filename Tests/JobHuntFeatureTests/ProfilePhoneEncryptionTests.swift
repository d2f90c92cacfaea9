// The phone number at rest: sealed in phone_encrypted with the keyring, the
// plaintext column left NULL, and the digits nowhere in the SQLite files.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntKernel
@testable import JobHuntProfiles

@Suite("Profile phone encryption")
struct ProfilePhoneEncryptionTests {
    static let phone = "+44 20 7946 0123"
    static let digits = "442079460123"

    @Test("the phone is stored only sealed, and decrypts with the keyring", arguments: TestEngine.allCases)
    func sealedOnly(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine)
        let me = try fixture.user()
        var changes = ProfileChanges()
        changes.phone = .set(Self.phone)
        #expect(try fixture.profiles.update(changes, for: me).phone == Self.phone)
        let row = try #require(
            try fixture.rawDatabase().queryOne(
                "SELECT phone, phone_encrypted FROM user_profiles WHERE user_id = \(me.user.id)"))
        #expect(try row.optional("phone", as: String.self) == nil, "the seed's plaintext column stays NULL")
        let sealed = try row.get("phone_encrypted", as: Data.self)
        #expect(!String(decoding: sealed, as: UTF8.self).contains(Self.digits))
        let keyring = try fixture.services.keyring()
        #expect(
            String(decoding: try keyring.decrypt(sealed, context: "user_profiles.phone"), as: UTF8.self)
                == Self.phone)
        #expect(throws: (any Error).self, "bound to its column") { try keyring.decrypt(sealed, context: "users.phone") }
    }

    @Test("the digits never appear in the SQLite database files")
    func notInFile() throws {
        let fixture = try ProfileFixture(.sqlite)
        let me = try fixture.user()
        var changes = ProfileChanges()
        changes.phone = .set(Self.phone)
        changes.currentTitle = .set("Marker Title")
        try fixture.profiles.update(changes, for: me)
        changes = ProfileChanges()
        changes.yearsExperience = .set(3)
        try fixture.profiles.update(changes, for: me)
        let folder = URL(fileURLWithPath: String(fixture.scratch.url.dropFirst("sqlite:".count)))
            .deletingLastPathComponent()
        var bytes = Data()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            bytes += try Data(contentsOf: folder.appendingPathComponent(name))
        }
        #expect(bytes.range(of: Data("Marker Title".utf8)) != nil, "the files searched hold the profile")
        for form in [Self.digits, "7946 0123", "79460123"] {
            #expect(bytes.range(of: Data(form.utf8)) == nil, "'\(form)' found in the database files")
        }
    }

    @Test("a phone sealed with another key is reported, not shown")
    func wrongKey() throws {
        let fixture = try ProfileFixture(.sqlite)
        let me = try fixture.user()
        var changes = ProfileChanges()
        changes.phone = .set(Self.phone)
        try fixture.profiles.update(changes, for: me)
        let other = Services(
            configuration: Configuration(
                databaseURL: fixture.scratch.url, dataDirectory: fixture.directory.file("elsewhere")))
        let error = try #require(throws: JobHuntError.self) { try ProfileService(services: other).profile(for: me) }
        #expect(error.code == .profileUndecryptable)
        #expect(error.field == "phone")
        #expect(error.remedy?.hints == [.clearProfileField("phone")])
    }
}
