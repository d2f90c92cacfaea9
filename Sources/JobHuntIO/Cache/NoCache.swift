// The default cache: stores nothing, so every read goes to the database, while
// counters and locks still hold within this one process.
import Foundation

/// The cache used when no Redis is configured.
///
/// - Reads always miss and writes are accepted and dropped, which is always correct
///   because the database is the truth.
/// - Counters and locks are exact within this process and invisible to others
///   (``CoordinationScope/processLocal``): a rate limit of N per window becomes N per
///   window per process, and a cron lock only stops overlapping runs inside one
///   process. A single-host setup that runs one jobhunt at a time loses nothing;
///   several workers need Redis for shared limits and locks.
public final class NoCache: Cache {
    private let local: LocalCoordination

    public init() { local = LocalCoordination() }

    /// Counters and locks on the clock `now` instead of the system's, so a test moves
    /// time rather than waiting for it.
    init(now: @escaping @Sendable () -> ContinuousClock.Instant) { local = LocalCoordination(now: now) }

    public var scope: CoordinationScope { .processLocal }

    public func data(for key: CacheKey) -> Data? { nil }

    @discardableResult
    public func setData(_ data: Data, for key: CacheKey, ttl: Duration) -> Bool { false }

    @discardableResult
    public func delete(_ key: CacheKey) -> Bool { false }

    @discardableResult
    public func delete(matching pattern: CachePattern) -> Int { 0 }

    public func increment(_ key: CacheKey, by amount: Int, window: Duration) -> CacheCounter {
        local.increment(key, by: amount, window: window, scope: .processLocal)
    }

    public func acquireLock(_ key: CacheKey, ttl: Duration) -> CacheLock? {
        local.acquireLock(key, ttl: ttl, scope: .processLocal)
    }

    @discardableResult
    public func releaseLock(_ lock: CacheLock) -> Bool {
        local.releaseLock(lock)
    }
}
