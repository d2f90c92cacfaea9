// What only a shared cache can show: two connections (as two processes would)
// seeing one counter and one lock, SCAN over many pages, binary-safe values.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntIO

@Suite("Redis cache")
struct CacheRedisTests {
    private func connect(_ configure: (inout RedisConfiguration) -> Void = { _ in }) throws -> RedisCache {
        var configuration = try RedisConfiguration(url: TestServices.redisURL)
        configure(&configuration)
        let cache = RedisCache(configuration: configuration) { warning in
            Issue.record("unexpected cache warning: \(warning)")
        }
        try cache.checkConnection()
        return cache
    }

    @Test func aCounterIsSharedByTwoConnections() throws {
        let (first, second) = (try connect(), try connect())
        let key = CacheKey(uniquePrefix() + "shared")
        #expect(first.increment(key, by: 1, window: .seconds(60)).count == 1)
        let seen = second.increment(key, by: 1, window: .seconds(60))
        #expect(seen.count == 2)
        #expect(seen.scope == .shared)
        let remaining = try #require(try first.run("PTTL", key).integer)
        #expect((1...60_000).contains(remaining), "the counter must expire, PTTL was \(remaining)")
    }

    @Test func aLockIsExclusiveAcrossConnectionsAndReleasedOnlyByItsHolder() throws {
        let (first, second) = (try connect(), try connect())
        let key = CacheKey(uniquePrefix() + "cron")
        let held = try #require(first.acquireLock(key, ttl: .seconds(30)))
        #expect(held.scope == .shared)
        #expect(second.acquireLock(key, ttl: .seconds(30)) == nil)
        let forged = CacheLock(key: key, token: SecureRandom.hexToken(), scope: .shared)
        #expect(second.releaseLock(forged) == false)
        #expect(second.acquireLock(key, ttl: .seconds(30)) == nil, "a wrong token must not release the lock")
        #expect(first.releaseLock(held))
        let next = try #require(second.acquireLock(key, ttl: .seconds(30)))
        #expect(second.releaseLock(next))
    }

    @Test func deleteByPatternWalksMoreThanOneScanPage() throws {
        let cache = try connect { $0.scanPageSize = 10 }
        let prefix = uniquePrefix()
        for index in 0..<120 {
            #expect(cache.setData(Data("\(index)".utf8), for: CacheKey(prefix + "page:\(index)"), ttl: .seconds(60)))
        }
        let survivor = CacheKey(prefix + "other")
        cache.setData(Data("keep".utf8), for: survivor, ttl: .seconds(60))
        let (removed, pages, _) = cache.scanAndDelete(.prefix(prefix + "page:"))
        #expect(removed == 120)
        #expect(pages > 1)
        #expect(cache.data(for: CacheKey(prefix + "page:7")) == nil)
        #expect(cache.data(for: survivor) == Data("keep".utf8))
    }

    @Test func patternPrefixesAreTakenLiterally() throws {
        let cache = try connect()
        let prefix = uniquePrefix()
        let literal = CacheKey(prefix + "a*b:1")
        let lookalike = CacheKey(prefix + "aXb:1")
        cache.setData(Data("1".utf8), for: literal, ttl: .seconds(60))
        cache.setData(Data("2".utf8), for: lookalike, ttl: .seconds(60))
        #expect(cache.delete(matching: .prefix(prefix + "a*b:")) == 1)
        #expect(cache.data(for: lookalike) == Data("2".utf8))
    }

    @Test func valuesAreBinarySafeAndLarge() throws {
        let cache = try connect()
        let key = CacheKey(uniquePrefix() + "big")
        let value = SecureRandom.bytes(2 * 1024 * 1024)
        #expect(cache.setData(value, for: key, ttl: .seconds(30)))
        #expect(cache.data(for: key) == value)
    }

    @Test func contractKeysAreStoredUnderTheSeedNames() throws {
        let cache = try connect()
        let user = UUID()
        cache.set(["status": "applied"], for: .applicationStatus(user), ttl: .seconds(30))
        let raw = try cache.run("GET", "applications:status:\(user.uuidString.lowercased())")
        #expect(raw.data == Data(#"{"status":"applied"}"#.utf8))
        #expect(cache.delete(matching: .allKeys(of: user).first { $0.glob.hasPrefix("applications:") }!) == 1)
    }
}
