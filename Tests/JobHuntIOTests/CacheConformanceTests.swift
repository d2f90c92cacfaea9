// One suite every Cache implementation must pass: the contract of the Cache
// protocol, run against NoCache and against the real Redis test server.
import Foundation
import Testing

@testable import JobHuntIO

@Suite("Cache conformance")
struct CacheConformanceTests {
    private struct Profile: Codable, Equatable {
        var name: String
        var skills: [String]
        var updated: Date
    }

    @Test(arguments: CacheKind.allCases)
    func missingKeyIsAMiss(kind: CacheKind) throws {
        let warnings = WarningRecorder()
        let cache = try kind.make(warnings: warnings)
        #expect(cache.data(for: CacheKey(uniquePrefix() + "absent")) == nil)
        #expect(cache.scope == kind.scope)
        #expect(warnings.all.isEmpty)
    }

    @Test(arguments: CacheKind.allCases)
    func setThenGetReturnsTheBytesOnlyWhenStored(kind: CacheKind) throws {
        let warnings = WarningRecorder()
        let cache = try kind.make(warnings: warnings)
        let key = CacheKey(uniquePrefix() + "bytes")
        let value = Data([0, 1, 2, 0xFF, 0x0D, 0x0A, 0])
        #expect(cache.setData(value, for: key, ttl: .seconds(30)) == kind.storesValues)
        #expect(cache.data(for: key) == (kind.storesValues ? value : nil))
        #expect(warnings.all.isEmpty)
    }

    @Test(arguments: CacheKind.allCases)
    func jsonValuesRoundTrip(kind: CacheKind) throws {
        let cache = try kind.make(warnings: WarningRecorder())
        let key = CacheKey(uniquePrefix() + "json")
        let profile = Profile(
            name: "Zoë Ngũyễn", skills: ["Swift", "SQL", "日本語"], updated: Date(timeIntervalSince1970: 1_700_000_000))
        cache.set(profile, for: key, ttl: .seconds(30))
        #expect(cache.value(Profile.self, for: key) == (kind.storesValues ? profile : nil))
        #expect(cache.value([Int].self, for: key) == nil, "a value of another shape is a miss")
    }

    @Test(arguments: CacheKind.allCases)
    func deleteRemovesAValue(kind: CacheKind) throws {
        let cache = try kind.make(warnings: WarningRecorder())
        let key = CacheKey(uniquePrefix() + "gone")
        cache.setData(Data("x".utf8), for: key, ttl: .seconds(30))
        #expect(cache.delete(key) == kind.storesValues)
        #expect(cache.data(for: key) == nil)
        #expect(cache.delete(key) == false)
    }

    @Test(arguments: CacheKind.allCases)
    func valuesExpireAfterTheirTTL(kind: CacheKind) async throws {
        let time = ManualTime()
        let cache = try kind.make(warnings: WarningRecorder(), time: time)
        let key = CacheKey(uniquePrefix() + "ttl")
        cache.setData(Data("short".utf8), for: key, ttl: .milliseconds(50))
        if let redis = cache as? RedisCache {
            let remaining = try #require(try redis.run("PTTL", key).integer)
            #expect((1...50).contains(remaining), "PX 50 sets a 50 ms expiry, got \(remaining)")
        }
        try await outlive(key, ttl: .milliseconds(50), in: cache, time: time)
        #expect(cache.data(for: key) == nil)
    }

    @Test(arguments: CacheKind.allCases)
    func deleteByPatternRemovesOnlyMatchingKeys(kind: CacheKind) throws {
        let cache = try kind.make(warnings: WarningRecorder())
        let prefix = uniquePrefix()
        for index in 0..<5 {
            cache.setData(Data([UInt8(index)]), for: CacheKey(prefix + "a:\(index)"), ttl: .seconds(30))
        }
        let other = CacheKey(prefix + "b:0")
        cache.setData(Data("keep".utf8), for: other, ttl: .seconds(30))
        #expect(cache.delete(matching: .prefix(prefix + "a:")) == (kind.storesValues ? 5 : 0))
        #expect(cache.data(for: CacheKey(prefix + "a:3")) == nil)
        #expect(cache.data(for: other) == (kind.storesValues ? Data("keep".utf8) : nil))
    }

    @Test(arguments: CacheKind.allCases)
    func countersCountWithinTheirWindow(kind: CacheKind) throws {
        let cache = try kind.make(warnings: WarningRecorder())
        let key = CacheKey(uniquePrefix() + "counter")
        let counts = (0..<3).map { _ in cache.increment(key, by: 1, window: .seconds(60)) }
        #expect(counts.map(\.count) == [1, 2, 3])
        let bigger = cache.increment(key, by: 5, window: .seconds(60))
        #expect(bigger.count == 8)
        #expect(bigger.scope == kind.scope)
        #expect(bigger.resetsIn > .zero && bigger.resetsIn <= .seconds(60))
        #expect(cache.increment(CacheKey(uniquePrefix() + "other"), by: 1, window: .seconds(60)).count == 1)
    }

    @Test(arguments: CacheKind.allCases)
    func concurrentIncrementsAreNeverLost(kind: CacheKind) throws {
        let cache = try kind.make(warnings: WarningRecorder())
        let key = CacheKey(uniquePrefix() + "concurrent")
        let highest = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<25 {
                let count = cache.increment(key, by: 1, window: .seconds(60)).count
                highest.mutate { $0 = max($0, count) }
            }
        }
        #expect(highest.value == 200)
        #expect(cache.increment(key, by: 0, window: .seconds(60)).count == 200)
    }

    @Test(arguments: CacheKind.allCases)
    func countersResetAfterTheirWindow(kind: CacheKind) async throws {
        let time = ManualTime()
        let cache = try kind.make(warnings: WarningRecorder(), time: time)
        let key = CacheKey(uniquePrefix() + "window")
        #expect(cache.increment(key, by: 1, window: .milliseconds(50)).count == 1)
        #expect(cache.increment(key, by: 1, window: .milliseconds(50)).count == 2)
        try await outlive(key, ttl: .milliseconds(50), in: cache, time: time)
        #expect(cache.increment(key, by: 1, window: .milliseconds(50)).count == 1)
    }

    @Test(arguments: CacheKind.allCases)
    func aLockExcludesUntilReleased(kind: CacheKind) throws {
        let cache = try kind.make(warnings: WarningRecorder())
        let key = CacheKey(uniquePrefix() + "lock")
        let first = try #require(cache.acquireLock(key, ttl: .seconds(30)))
        #expect(first.scope == kind.scope)
        #expect(cache.acquireLock(key, ttl: .seconds(30)) == nil)
        #expect(cache.releaseLock(first))
        let second = try #require(cache.acquireLock(key, ttl: .seconds(30)))
        #expect(cache.releaseLock(first) == false, "a stale holder must not release the next holder's lock")
        #expect(cache.acquireLock(key, ttl: .seconds(30)) == nil)
        #expect(cache.releaseLock(second))
    }

    @Test(arguments: CacheKind.allCases)
    func aLockExpiresAfterItsTTL(kind: CacheKind) async throws {
        let time = ManualTime()
        let cache = try kind.make(warnings: WarningRecorder(), time: time)
        let key = CacheKey(uniquePrefix() + "expiring")
        let held = try #require(cache.acquireLock(key, ttl: .milliseconds(50)))
        try await outlive(key, ttl: .milliseconds(50), in: cache, time: time)
        #expect(cache.acquireLock(key, ttl: .seconds(30)) != nil)
        #expect(cache.releaseLock(held) == false)
    }
}
