// The key file: created once with private permissions, reused afterwards,
// safe when several processes race to create it, and rotated without loss.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntIO

@Suite("Key file")
struct CryptoKeyFileTests {
    private func mode(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return try #require(attributes[.posixPermissions] as? Int) & 0o777
    }

    @Test func isCreatedPrivateOnFirstUseAndReusedAfter() throws {
        let temporary = try TemporaryDirectory()
        let directory = temporary.url.appendingPathComponent("config/jobhunt")
        let created = try KeyFile.loadOrCreate(in: directory)
        let file = directory.appendingPathComponent(KeyFile.fileName)
        #expect(try mode(file) == 0o600)
        #expect(try mode(directory) == 0o700)
        let reused = try KeyFile.loadOrCreate(in: directory)
        #expect(reused.current.keyID == created.current.keyID)
        let sealed = try created.encrypt(Data("persisted".utf8), context: "users.phone")
        #expect(try reused.decrypt(sealed, context: "users.phone") == Data("persisted".utf8))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == [KeyFile.fileName])
    }

    @Test func racingProcessesAllGetTheSameKey() throws {
        let temporary = try TemporaryDirectory()
        let ids = Locked<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            if let ring = try? KeyFile.loadOrCreate(in: temporary.url) { ids.mutate { $0.append(ring.current.keyID) } }
        }
        let seen = ids.value
        #expect(seen.count == 8)
        #expect(Set(seen).count == 1)
    }

    @Test func aFileOthersCanReadIsRefused() throws {
        let temporary = try TemporaryDirectory()
        _ = try KeyFile.loadOrCreate(in: temporary.url)
        let file = temporary.file(KeyFile.fileName)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        let error = #expect(throws: CryptoError.self) { try KeyFile.loadOrCreate(in: temporary.url) }
        #expect(error?.code == .keyFile)
        #expect(error?.errorDescription?.contains("other users may read it (mode 644)") == true)
        #expect(error?.recoverySuggestion == "run `chmod 600 \(file.path)`")
    }

    @Test func aDamagedFileIsAClearErrorAndIsNotReplaced() throws {
        let temporary = try TemporaryDirectory()
        let file = temporary.file(KeyFile.fileName)
        #expect(
            FileManager.default.createFile(
                atPath: file.path, contents: Data("# comment\nnot-a-key\n".utf8),
                attributes: [.posixPermissions: 0o600]))
        let error = #expect(throws: CryptoError.self) { try KeyFile.loadOrCreate(in: temporary.url) }
        #expect(error?.code == .keyFile)
        #expect(error?.description.contains("not-a-key") == false)
        #expect(try String(contentsOf: file, encoding: .utf8) == "# comment\nnot-a-key\n")
    }

    @Test func rotationMakesANewCurrentKeyAndKeepsTheOld() throws {
        let temporary = try TemporaryDirectory()
        let original = try KeyFile.loadOrCreate(in: temporary.url)
        let sealed = try original.encrypt(Data("before".utf8), context: "users.phone")
        let rotated = try KeyFile.rotate(in: temporary.url)
        #expect(rotated.current.keyID != original.current.keyID)
        #expect(rotated.previous.map(\.keyID) == [original.current.keyID])
        let reloaded = try KeyFile.loadOrCreate(in: temporary.url)
        #expect(reloaded.current.keyID == rotated.current.keyID)
        #expect(try reloaded.decrypt(sealed, context: "users.phone") == Data("before".utf8))
        #expect(try mode(temporary.file(KeyFile.fileName)) == 0o600)
    }

    @Test func concurrentRotationsLoseNoKey() throws {
        let temporary = try TemporaryDirectory()
        let original = try KeyFile.loadOrCreate(in: temporary.url)
        let made = Locked<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            if let ring = try? KeyFile.rotate(in: temporary.url) { made.mutate { $0.append(ring.current.keyID) } }
        }
        let final = try KeyFile.loadOrCreate(in: temporary.url)
        #expect(made.value.count == 4)
        #expect(Set(final.keys.map(\.keyID)) == Set(made.value + [original.current.keyID]))
    }
}

/// A value shared by concurrent closures in a test.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func mutate(_ body: (inout Value) -> Void) { lock.withLock { body(&stored) } }
}
