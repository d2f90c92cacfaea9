// The user:profile:{user_id} cache against the real test Redis: reads go
// through it, it never holds the phone in clear, and every write drops it.
import Foundation
import JobHuntDatabase
import JobHuntIO
import JobHuntTesting
import Testing

@testable import JobHuntKernel
@testable import JobHuntProfiles

@Suite("Profile cache")
struct ProfileCacheTests {
    /// A direct client, to look at what jobhunt left in Redis; fails when Redis is down.
    static func redis() throws -> RedisCache {
        let cache = try RedisCache(url: TestServices.redisURL) { _ in }
        try cache.checkConnection()
        return cache
    }

    static func changes(title: String, phone: String? = nil) -> ProfileChanges {
        var changes = ProfileChanges()
        changes.currentTitle = .set(title)
        changes.phone = phone.map(FieldUpdate.set)
        return changes
    }

    @Test(
        "a read fills the cache with the sealed row, and later reads are served from it", arguments: TestEngine.allCases
    )
    func readThrough(engine: TestEngine) throws {
        let redis = try Self.redis()
        let fixture = try ProfileFixture(engine, redis: true)
        let me = try fixture.user()
        let key = CacheKey.userProfile(me.user.id)
        try fixture.profiles.update(Self.changes(title: "Cached Title", phone: "+1 415 555 0199"), for: me)
        redis.delete(key)
        let first = try fixture.profiles.profile(for: me)
        let cached = try #require(redis.data(for: key), "the read filled \(key)")
        let text = String(decoding: cached, as: UTF8.self)
        #expect(text.contains("Cached Title"))
        #expect(text.contains("\"phone_encrypted\":\""))
        #expect(text.contains("\"user_id\":\"\(me.user.id.uuidString.lowercased())\""))
        #expect(text.contains("\"summary\":null"), "every column, nulls included")
        #expect(!text.contains("4155550199") && !text.contains("555 0199"), "no phone in clear in Redis")

        // Change the row behind the service's back: a cached read does not see it.
        try fixture.rawDatabase().execute(
            "UPDATE user_profiles SET current_title = \("Changed Directly") WHERE user_id = \(me.user.id)")
        let second = try fixture.profiles.profile(for: me)
        #expect(second == first, "served from the cache, phone decrypted after reading")
        #expect(second.phone == "+1 415 555 0199")

        redis.delete(key)
        #expect(try fixture.profiles.profile(for: me).currentTitle == "Changed Directly")
    }

    @Test("every write through the service invalidates the cached profile", arguments: TestEngine.allCases)
    func invalidation(engine: TestEngine) throws {
        let redis = try Self.redis()
        let fixture = try ProfileFixture(engine, redis: true)
        let me = try fixture.user()
        let key = CacheKey.userProfile(me.user.id)
        try fixture.profiles.update(Self.changes(title: "One"), for: me)
        #expect(try fixture.profiles.profile(for: me).currentTitle == "One")
        #expect(redis.data(for: key) != nil)

        // A change made behind the service's back shows after any service write,
        // because the write drops the cached value instead of patching it.
        try fixture.rawDatabase().execute(
            "UPDATE user_profiles SET location_city = \("Direct City") WHERE user_id = \(me.user.id)")
        #expect(try fixture.profiles.profile(for: me).locationCity == nil, "still cached")
        var years = ProfileChanges()
        years.yearsExperience = .set(4)
        let reread = try fixture.profiles.update(years, for: me)
        #expect(reread.locationCity == "Direct City" && reread.yearsExperience == 4)
        #expect(try fixture.profiles.profile(for: me).locationCity == "Direct City")

        let updated = try fixture.profiles.update(Self.changes(title: "Two"), for: me)
        #expect(updated.currentTitle == "Two", "update returns the new profile, not the cached one")
        #expect(try fixture.profiles.profile(for: me).currentTitle == "Two")

        var clear = ProfileChanges()
        clear.clear(.currentTitle)
        #expect(try fixture.profiles.update(clear, for: me).currentTitle == nil)
        #expect(try fixture.profiles.profile(for: me).currentTitle == nil)
    }

    @Test("a failed write leaves the cache and the database as they were")
    func failedWrite() throws {
        let redis = try Self.redis()
        let fixture = try ProfileFixture(.postgres, redis: true)
        let me = try fixture.user()
        try fixture.profiles.update(Self.changes(title: "Kept"), for: me)
        let before = try fixture.profiles.profile(for: me)
        var bad = Self.changes(title: "Lost")
        bad.yearsExperience = .set(99)
        #expect(throws: JobHuntError.self) { try fixture.profiles.update(bad, for: me) }
        #expect(redis.data(for: .userProfile(me.user.id)) != nil)
        #expect(try fixture.profiles.profile(for: me) == before)
    }

    @Test("one user's cached profile is never served to another", arguments: TestEngine.allCases)
    func perUser(engine: TestEngine) throws {
        _ = try Self.redis()
        let fixture = try ProfileFixture(engine, redis: true)
        let ada = try fixture.user("ada@example.com")
        let bob = try fixture.user("bob@example.com")
        try fixture.profiles.update(Self.changes(title: "Ada's"), for: ada)
        _ = try fixture.profiles.profile(for: ada)
        #expect(!(try fixture.profiles.profile(for: bob)).isStored)
        try fixture.profiles.update(Self.changes(title: "Bob's"), for: bob)
        #expect(try fixture.profiles.profile(for: ada).currentTitle == "Ada's")
        #expect(try fixture.profiles.profile(for: bob).currentTitle == "Bob's")
    }

    @Test("without Redis the same calls work from the database", arguments: TestEngine.allCases)
    func noCache(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine)
        #expect(try fixture.services.cache() is NoCache)
        let me = try fixture.user()
        try fixture.profiles.update(Self.changes(title: "Plain", phone: "020 7946 0000"), for: me)
        try fixture.rawDatabase().execute(
            "UPDATE user_profiles SET current_title = \("Direct") WHERE user_id = \(me.user.id)")
        let profile = try fixture.profiles.profile(for: me)
        #expect(profile.currentTitle == "Direct", "nothing cached: every read is the database")
        #expect(profile.phone == "020 7946 0000")
    }
}
