// The cache seam: hot reads kept beside the database, plus the counters and locks
// that several jobhunt processes share. `NoCache` is the default; `RedisCache` is
// the shared implementation.
import Foundation

/// A best-effort cache in front of the database, and a place for shared counters and locks.
///
/// What implementers owe (proved by `CacheConformanceTests`):
/// - `data(for:)`, `setData(_:for:ttl:)`, `delete(_:)` and `delete(matching:)` never
///   throw and never block for longer than the configured timeouts: a backend failure
///   is a miss or a no-op, because the database is the truth and jobhunt must keep
///   working without the cache.
/// - Every stored value expires after its TTL, so a write or an invalidation lost
///   during an outage heals by itself.
/// - `increment` and `acquireLock` always work at least within the current process,
///   and say in their result how far their guarantee reaches (``CoordinationScope``),
///   so a rate limit degrades to a per-process limit instead of disappearing.
/// - `delete(matching:)` walks keys with `SCAN`, never `KEYS`, so it cannot stall a
///   shared server.
public protocol Cache: AnyObject, Sendable {
    /// How far counters and locks reach while everything works.
    var scope: CoordinationScope { get }

    /// The bytes stored under `key`, or nil on a miss (including any backend failure).
    func data(for key: CacheKey) -> Data?

    /// Stores `data` under `key` for `ttl` (at least a millisecond).
    /// - Returns: whether the value was stored; false without a backend or on a failure.
    @discardableResult
    func setData(_ data: Data, for key: CacheKey, ttl: Duration) -> Bool

    /// Removes `key`. - Returns: whether a stored value was removed.
    @discardableResult
    func delete(_ key: CacheKey) -> Bool

    /// Removes every key matching `pattern`. - Returns: how many keys were removed.
    @discardableResult
    func delete(matching pattern: CachePattern) -> Int

    /// Adds `amount` to the counter under `key`, which is created at zero and expires
    /// `window` after its creation: a fixed-window rate limit.
    func increment(_ key: CacheKey, by amount: Int, window: Duration) -> CacheCounter

    /// Takes the lock named `key` for `ttl` unless someone holds it.
    /// - Returns: the lock to release, or nil when another holder has it. A lock
    ///   expires after `ttl` even if its holder dies, so pick a TTL longer than the job.
    func acquireLock(_ key: CacheKey, ttl: Duration) -> CacheLock?

    /// Releases `lock` if it is still ours (its token matches); never someone else's.
    /// - Returns: false when it had expired, been taken over, or the backend failed
    ///   (the lock then expires by its TTL).
    @discardableResult
    func releaseLock(_ lock: CacheLock) -> Bool
}

/// How far a counter or a lock is shared.
public enum CoordinationScope: String, Sendable, Equatable {
    /// Shared by every process using the same Redis database.
    case shared
    /// Only this process sees it, because no shared cache is configured.
    case processLocal
    /// A shared cache is configured but failed, so this process fell back to its own
    /// counters and locks; other processes do not see them.
    case degraded
}

/// The value of a counter after ``Cache/increment(_:by:window:)``.
public struct CacheCounter: Sendable, Equatable {
    /// The count including this increment.
    public var count: Int
    /// Time left until the counter resets.
    public var resetsIn: Duration
    /// Who else sees this count.
    public var scope: CoordinationScope

    public init(count: Int, resetsIn: Duration, scope: CoordinationScope) {
        self.count = count
        self.resetsIn = resetsIn
        self.scope = scope
    }
}

/// A held lock; pass it back to ``Cache/releaseLock(_:)``.
public struct CacheLock: Sendable, Equatable, CustomStringConvertible {
    public let key: CacheKey
    /// Random per acquisition, so only this holder can release it.
    let token: String
    /// Who else respects this lock; `.degraded` means other hosts may run the same job.
    public let scope: CoordinationScope

    init(key: CacheKey, token: String, scope: CoordinationScope) {
        self.key = key
        self.token = token
        self.scope = scope
    }

    public var description: String { "lock \(key) (\(scope.rawValue))" }
}
