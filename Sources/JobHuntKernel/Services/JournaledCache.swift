// Redis as the Services hand it out: a write's invalidation that Redis cannot
// confirm (down, slow, the reply lost) is recorded in the database's
// `cache_invalidations`, and every process replays that journal before it
// serves a cached value, so a Redis that comes back — restarted with its
// persisted keys, or reachable again — never serves what a write made stale.
import Foundation
internal import JobHuntDatabase
package import JobHuntIO

/// A ``RedisCache`` whose lost invalidations survive in the database.
///
/// The journal is checked before the first read of the process, again whenever
/// the connection to Redis was re-made (the server came back), and at least
/// every ``replayInterval`` in a long-running process (a worker), because
/// another host may have journaled a key while this one stayed connected.
/// Normally the table is empty and the check is one indexed read.
package final class JournaledCache: Cache, @unchecked Sendable {
    package let redis: RedisCache
    private let store: DataStore
    private let now: @Sendable () -> Date
    private let lock = NSLock()
    private var replayedConnections = -1
    private var replayedAt: ContinuousClock.Instant?
    /// A long-running process rereads the journal at least this often.
    package static let replayInterval: Duration = .seconds(30)

    package init(redis: RedisCache, store: DataStore, now: @escaping @Sendable () -> Date) {
        self.redis = redis
        self.store = store
        self.now = now
    }

    package var scope: CoordinationScope { redis.scope }

    package func data(for key: CacheKey) -> Data? {
        replayIfDue()
        return redis.data(for: key)
    }

    @discardableResult
    package func setData(_ data: Data, for key: CacheKey, ttl: Duration) -> Bool {
        redis.setData(data, for: key, ttl: ttl)
    }

    @discardableResult
    package func delete(_ key: CacheKey) -> Bool {
        let result = redis.unlink([key])
        if !result.confirmed { record(key.rawValue, isPattern: false) }
        return result.removed > 0
    }

    @discardableResult
    package func delete(matching pattern: CachePattern) -> Int {
        let result = redis.unlink(matching: pattern)
        if !result.confirmed { record(pattern.glob, isPattern: true) }
        return result.removed
    }

    package func increment(_ key: CacheKey, by amount: Int, window: Duration) -> CacheCounter {
        redis.increment(key, by: amount, window: window)
    }

    package func acquireLock(_ key: CacheKey, ttl: Duration) -> CacheLock? {
        redis.acquireLock(key, ttl: ttl)
    }

    @discardableResult
    package func releaseLock(_ lock: CacheLock) -> Bool {
        redis.releaseLock(lock)
    }

    /// Records a key (or glob) whose invalidation Redis did not confirm. Best
    /// effort: if the database fails too, the value's TTL is what is left.
    private func record(_ key: String, isPattern: Bool) {
        guard let db = try? store.database() else { return }
        // The newest time wins, so a replay that read an older entry cannot delete this one.
        _ = try? db.execute(
            """
            INSERT INTO cache_invalidations (cache_key, is_pattern, recorded_at)
            VALUES (\(String(key.prefix(512))), \(isPattern), \(now()))
            ON CONFLICT (cache_key) DO UPDATE SET is_pattern = excluded.is_pattern, recorded_at = excluded.recorded_at
            """)
    }

    /// Unlinks every journaled key when the process has not looked yet, Redis was
    /// reconnected since, or the interval has passed; drops the entries Redis confirmed.
    private func replayIfDue() {
        let connections = redis.connectionCount
        let clock = ContinuousClock.now
        let due = lock.withLock {
            let due =
                replayedConnections != connections || replayedAt.map { clock - $0 >= Self.replayInterval } ?? true
            if due {
                replayedConnections = connections
                replayedAt = clock
            }
            return due
        }
        guard due, let db = try? store.database(),
            let rows = try? db.query(
                "SELECT cache_key, is_pattern, recorded_at FROM cache_invalidations ORDER BY recorded_at LIMIT 1000")
        else { return }
        for row in rows {
            guard let key = try? row.get("cache_key", as: String.self),
                let isPattern = try? row.get("is_pattern", as: Bool.self),
                let recordedAt = try? row.get("recorded_at", as: Date.self)
            else { continue }
            let confirmed =
                isPattern
                ? redis.unlink(matching: CachePattern(glob: key)).confirmed : redis.unlink([CacheKey(key)]).confirmed
            guard confirmed else { break }
            // Not inside a caller's transaction: its rollback would bring the entry back, which is
            // harmless, but SQLite would have to upgrade its read lock mid-transaction.
            if !db.isInTransaction {
                _ = try? db.execute(
                    "DELETE FROM cache_invalidations WHERE cache_key = \(key) AND recorded_at <= \(recordedAt)")
            }
        }
        // The replay's own UNLINKs may have (re)connected: that connection is covered.
        lock.withLock { replayedConnections = redis.connectionCount }
    }
}
