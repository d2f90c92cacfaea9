// The fault matrix's Redis rows (issue 21 §1): jobhunt with a private Redis
// behind the fault proxy. Whatever Redis does — dies in the middle of a
// command, answers slower than jobhunt waits, restarts with its old keys —
// the command succeeds from the database with one warning, and no read after
// a write serves the value the write made stale.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@Suite("fault matrix: Redis", .serialized)
struct RedisFaultTests {
    /// A SQLite home with one pending application and the pipeline counts cached in Redis.
    final class World: @unchecked Sendable {
        let redis: PrivateRedis
        let proxy: FaultProxy
        let home: ServiceHome
        let handle: String

        private let folder: TemporaryDirectory

        init() throws {
            let redis = try PrivateRedis()
            let proxy = try FaultProxy(upstreamPort: redis.port)
            let folder = try TemporaryDirectory(prefix: "jobhunt-fault-db")
            let home = try ServiceHome(
                databaseURL: "sqlite:" + folder.file("jobhunt.sqlite3").path,
                settings: ["JOBHUNT_REDIS_URL": "redis://127.0.0.1:\(proxy.port)/0"])
            let added = try home.object(["status", "add", "--company", "Acme", "--title", "Engineer"])
            (self.redis, self.proxy, self.folder, self.home) = (redis, proxy, folder, home)
            handle = String(try #require(added["id"] as? String).suffix(8))
            #expect(try home.counts()["pending"] == 1)
            #expect(try cachedKeys().contains { $0.hasPrefix("applications:status:") }, "the counts were cached")
        }
        /// The keys in the private Redis.
        func cachedKeys() throws -> [String] {
            try redis.command(["--scan"]).split(separator: "\n").map(String.init)
        }

        /// The journal of invalidations Redis did not confirm.
        func journal() throws -> [String] {
            let db = try Database(location: DatabaseLocation(home.environment["JOBHUNT_DATABASE_URL"]!))
            defer { db.close() }
            return try db.query("SELECT cache_key FROM cache_invalidations").map { try $0.get("cache_key") }
        }
    }

    @Test("Redis killed mid-command: the write stands, one warning, the next read is fresh")
    func killedMidCommand() throws {
        let world = try World()
        // Redis runs the UNLINK, then the connection dies before its answer, as when
        // the server is killed between doing a command and replying.
        try world.proxy.set(.reset(trigger: "UNLINK", afterForward: true))
        let set = try world.home.run(["status", "set", world.handle, "submitted"])
        #expect(set.status == 0, "\(set.stderr)")
        let warnings = ServiceHome.warnings(set)
        #expect(warnings.count == 1 && warnings[0].contains("Redis"), "\(set.stderr)")
        #expect(!world.proxy.events(containing: "reset_after_forward").isEmpty, "the fault happened")

        try world.proxy.set(.pass)
        let counts = try world.home.counts()
        #expect(counts["pending"] == 0 && counts["submitted"] == 1, "\(counts)")
        #expect(try world.journal().isEmpty, "the unconfirmed invalidation was replayed and cleared")
    }

    @Test("Redis answering slower than jobhunt waits: correct answers, one warning per command, nothing stale")
    func slow() throws {
        let world = try World()
        try world.proxy.set(.delay(milliseconds: 1500))
        let read = try world.home.run(["status", "--json"])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(ServiceHome.warnings(read).count == 1, "\(read.stderr)")
        #expect(read.stdout.contains("\"pending\" : 1") || read.stdout.contains("\"pending\":1"), "\(read.stdout)")

        let set = try world.home.run(["status", "set", world.handle, "submitted"])
        #expect(set.status == 0, "\(set.stderr)")
        let warnings = ServiceHome.warnings(set)
        #expect(warnings.count == 1 && warnings[0].contains("timed out"), "\(set.stderr)")

        try world.proxy.set(.pass)
        let counts = try world.home.counts()
        #expect(counts["pending"] == 0 && counts["submitted"] == 1, "\(counts)")
    }

    @Test("Redis restarted with its old keys after a write it missed: the stale counts are never served")
    func restarted() throws {
        let world = try World()
        world.redis.kill()
        let set = try world.home.run(["status", "set", world.handle, "submitted"])
        #expect(set.status == 0, "\(set.stderr)")
        let warnings = ServiceHome.warnings(set)
        #expect(warnings.count == 1 && warnings[0].contains("Redis"), "\(set.stderr)")
        #expect(try world.journal().count == 1, "the lost invalidation is journaled")

        // The append-only file brings back the counts cached before the write.
        try world.redis.start()
        #expect(try world.cachedKeys().contains { $0.hasPrefix("applications:status:") }, "the stale value is back")
        let read = try world.home.run(["status", "--json"])
        #expect(read.status == 0 && ServiceHome.warnings(read).isEmpty, "\(read.stderr)")
        let counts = try world.home.counts()
        #expect(counts["pending"] == 0 && counts["submitted"] == 1, "\(counts)")
        #expect(try world.journal().isEmpty)
    }
}
