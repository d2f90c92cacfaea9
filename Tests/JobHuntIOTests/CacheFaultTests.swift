// Redis failing under a running jobhunt: stopped mid-run, never there, coming
// back, or asked for TLS. Reads and writes must keep succeeding as misses.
import Foundation
import Testing

@testable import JobHuntIO

@Suite("Cache faults")
struct CacheFaultTests {
    private func cache(_ url: String, warnings: WarningRecorder, reconnectDelay: Duration = .zero) throws
        -> RedisCache
    {
        var configuration = try RedisConfiguration(url: url)
        configuration.reconnectDelay = reconnectDelay
        return RedisCache(configuration: configuration, onWarning: warnings.record)
    }

    @Test func redisStoppedMidRunDegradesWithOneWarningAndRecovers() throws {
        let server = try DedicatedRedisServer()
        let warnings = WarningRecorder()
        let cache = try cache(server.url, warnings: warnings)
        let key = CacheKey(uniquePrefix() + "value")
        #expect(cache.setData(Data("before".utf8), for: key, ttl: .seconds(60)))
        #expect(cache.data(for: key) == Data("before".utf8))

        server.stop()
        #expect(cache.data(for: key) == nil)
        #expect(cache.setData(Data("during".utf8), for: key, ttl: .seconds(60)) == false)
        #expect(cache.delete(key) == false)
        #expect(cache.delete(matching: .prefix("test:")) == 0)
        let counter = cache.increment(CacheKey(uniquePrefix() + "rate"), by: 1, window: .seconds(60))
        #expect(counter.count == 1)
        #expect(counter.scope == .degraded)
        let lock = try #require(cache.acquireLock(CacheKey(uniquePrefix() + "lock"), ttl: .seconds(30)))
        #expect(lock.scope == .degraded)
        #expect(cache.releaseLock(lock))
        #expect(cache.data(for: key) == nil)
        #expect(warnings.all.count == 1)
        #expect(warnings.all.first?.code == .connectionLost)

        try server.start()
        #expect(cache.setData(Data("after".utf8), for: key, ttl: .seconds(60)))
        #expect(cache.data(for: key) == Data("after".utf8))
        #expect(cache.increment(CacheKey(uniquePrefix() + "rate"), by: 1, window: .seconds(60)).scope == .shared)
        #expect(warnings.all.count == 1, "one warning per process, not one per outage")
    }

    @Test func aServerThatStopsAnsweringBecomesAMissAfterTheCommandTimeout() throws {
        let server = try DedicatedRedisServer()
        let warnings = WarningRecorder()
        var configuration = try RedisConfiguration(url: server.url)
        configuration.commandTimeout = .milliseconds(100)
        configuration.reconnectDelay = .zero
        let cache = RedisCache(configuration: configuration, onWarning: warnings.record)
        let key = CacheKey(uniquePrefix() + "slow")
        #expect(cache.setData(Data("x".utf8), for: key, ttl: .seconds(60)))
        server.freeze()
        defer { server.thaw() }
        #expect(cache.data(for: key) == nil)
        #expect(warnings.all.map(\.code) == [.connectionLost])
        #expect(warnings.all.first?.description.hasSuffix("no reply within 0.1 seconds (timed out)") == true)
        server.thaw()
        #expect(cache.data(for: key) == Data("x".utf8))
    }

    @Test func aLargeWriteToAClosedConnectionIsAMissNotASIGPIPE() throws {
        let server = try DedicatedRedisServer()
        let warnings = WarningRecorder()
        let cache = try cache(server.url, warnings: warnings)
        let key = CacheKey(uniquePrefix() + "pipe")
        #expect(cache.setData(Data("small".utf8), for: key, ttl: .seconds(60)))
        let killer = try self.cache(server.url, warnings: WarningRecorder())
        // The reply is the signal: Redis closes a killed client's socket (freeClient) before it
        // answers CLIENT KILL, and on loopback the FIN is delivered before that later reply.
        // Were the FIN still in flight, the 8 MiB write would meet the RST instead: a miss either way.
        #expect(try killer.run("CLIENT", "KILL", "TYPE", "normal", "SKIPME", "yes").integer == 1)
        #expect(cache.setData(SecureRandom.bytes(8 * 1024 * 1024), for: key, ttl: .seconds(60)) == false)
        #expect(warnings.all.map(\.code) == [.connectionLost])
        #expect(cache.data(for: key) == Data("small".utf8), "the next call reconnects")
    }

    @Test func theReconnectDelaySkipsTheNetworkUntilItPasses() throws {
        let server = try DedicatedRedisServer()
        let warnings = WarningRecorder()
        let cache = try cache(server.url, warnings: warnings, reconnectDelay: .seconds(3600))
        let key = CacheKey(uniquePrefix() + "delay")
        server.stop()
        #expect(cache.data(for: key) == nil)
        try server.start()
        #expect(cache.setData(Data("x".utf8), for: key, ttl: .seconds(60)) == false, "still inside the delay")
        #expect(throws: Never.self) { try cache.checkConnection() }
        #expect(cache.setData(Data("x".utf8), for: key, ttl: .seconds(60)))
        #expect(warnings.all.count == 1)
    }

    @Test func aPortWithNothingListeningIsDegradedNotACrash() throws {
        let warnings = WarningRecorder()
        let cache = try cache("redis://127.0.0.1:\(try freePort())/0", warnings: warnings)
        let key = CacheKey(uniquePrefix() + "nowhere")
        #expect(cache.data(for: key) == nil)
        #expect(cache.setData(Data("x".utf8), for: key, ttl: .seconds(1)) == false)
        #expect(cache.increment(key, by: 2, window: .seconds(1)).scope == .degraded)
        #expect(warnings.all.map(\.code) == [.connectionFailed])
        let error = #expect(throws: CacheError.self) { try cache.checkConnection() }
        #expect(error?.code == .connectionFailed)
        #expect(error?.errorDescription?.hasPrefix("cannot connect to Redis at 127.0.0.1:") == true)
        #expect(error?.recoverySuggestion?.contains("JOBHUNT_REDIS_URL") == true)
    }

    @Test func tlsURLsAreRefusedClearly() {
        let error = #expect(throws: CacheError.self) {
            try RedisCache(url: "rediss://:secret@cache.example.com:6380/0") { _ in }
        }
        #expect(error?.code == .tlsUnsupported)
        #expect(error?.errorDescription == "rediss:// (Redis over TLS) is not supported by this build of jobhunt")
        #expect(error?.recoverySuggestion?.contains("stunnel") == true)
    }

    @Test func passwordAndDatabaseAreSentAndWrongPasswordsAreClear() throws {
        let password = "s3cret-\(UUID().uuidString)"
        let server = try DedicatedRedisServer(extraArguments: ["--requirepass", password])
        let key = CacheKey(uniquePrefix() + "auth")
        let database3 = try cache("redis://:\(password)@127.0.0.1:\(server.port)/3", warnings: WarningRecorder())
        let database0 = try cache("redis://default:\(password)@127.0.0.1:\(server.port)", warnings: WarningRecorder())
        #expect(database3.setData(Data("three".utf8), for: key, ttl: .seconds(60)))
        #expect(database3.data(for: key) == Data("three".utf8))
        #expect(database0.data(for: key) == nil, "SELECT 3 keeps keys apart from database 0")

        let warnings = WarningRecorder()
        let wrong = try cache("redis://:wrong-\(password)@127.0.0.1:\(server.port)/0", warnings: warnings)
        #expect(wrong.data(for: key) == nil)
        let error = #expect(throws: CacheError.self) { try wrong.checkConnection() }
        #expect(error?.code == .authenticationFailed)
        #expect(error?.description.contains(password) == false)
        #expect(warnings.all.count == 1)
    }
}
