// `applications:status:{user_id}` against the real test Redis: the pipeline
// summary is cached, every change drops it, and a dead Redis costs a warning.
import Foundation
import JobHuntApplications
import JobHuntDatabase
import JobHuntIO
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Applications: the status cache")
struct ApplicationCacheTests {
    static func redis() throws -> RedisCache {
        let cache = try RedisCache(url: TestServices.redisURL) { _ in }
        try cache.checkConnection()
        return cache
    }

    @Test("the summary is cached under the seed's key and every change drops it", arguments: TestEngine.allCases)
    func invalidation(engine: TestEngine) throws {
        let redis = try Self.redis()
        let fixture = try ApplicationFixture(engine, redis: TestServices.redisURL)
        let me = try fixture.user()
        let service = fixture.applications
        let key = CacheKey.applicationStatus(me.user.id)
        #expect(key.rawValue == "applications:status:\(me.user.id.uuidString.lowercased())")
        let handle = try service.add(NewApplication(source: .acme(), status: .submitted), for: me).application.handle
        #expect(try service.summary(for: me).count(.submitted) == 1)
        #expect(redis.value(PipelineSummary.self, for: key)?.count(.submitted) == 1, "the summary filled \(key)")

        // Behind the service's back: the cached summary does not see it.
        let db = try fixture.rawDatabase()
        defer { db.close() }
        try db.execute("UPDATE applications SET status = 'offered' WHERE user_id = \(me.user.id)")
        #expect(try service.summary(for: me).count(.submitted) == 1, "served from \(key)")
        try db.execute("UPDATE applications SET status = 'submitted' WHERE user_id = \(me.user.id)")

        let writes: [(String, () throws -> Void)] = [
            ("add", { try service.add(NewApplication(source: .acme("Second")), for: me) }),
            ("set", { try service.set(handle, StatusChange(status: .reviewing), for: me) }),
            ("note", { try service.note(handle, "called", for: me) }),
            ("withdraw", { try service.withdraw(handle, for: me) }),
            ("remove", { try service.remove(handle, for: me) }),
        ]
        for (name, write) in writes {
            _ = try service.summary(for: me)
            #expect(redis.data(for: key) != nil)
            try write()
            #expect(redis.data(for: key) == nil, "\(name) drops \(key)")
        }
        #expect(try service.summary(for: me).counts.map(\.count) == [1, 0, 0, 0, 0, 0, 0], "one pending left")
    }

    @Test("a dead Redis costs one warning, not a failure", arguments: TestEngine.allCases)
    func deadRedis(engine: TestEngine) throws {
        let fixture = try ApplicationFixture(engine, redis: "redis://127.0.0.1:1/0")
        let me = try fixture.user()
        let handle = try fixture.applications.add(NewApplication(source: .acme(), status: .submitted), for: me)
            .application.handle
        try fixture.applications.set(handle, StatusChange(status: .reviewing), for: me)
        let overview = try fixture.applications.overview(for: me)
        #expect(overview.summary.count(.reviewing) == 1)
        #expect(overview.summary.total == 1)
        #expect(fixture.warnings.all.count == 1, "\(fixture.warnings.all)")
        #expect(fixture.warnings.all.first?.contains("Redis") == true)
    }
}
