// Counters and locks on Redis, atomic across processes: INCRBY with PEXPIRE in one
// Lua script, SET NX PX for locks, and a compare-and-delete script to release.
import Foundation

extension RedisCache {
    /// Increments and, for a new counter, sets its expiry in one atomic script, so
    /// a crash between the two can never leave a counter that never resets.
    private static let incrementScript = """
        local count = redis.call('INCRBY', KEYS[1], ARGV[1])
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[2])
          ttl = tonumber(ARGV[2])
        end
        return {count, ttl}
        """

    /// Deletes the lock only if it still holds our token: a holder whose lock
    /// expired must not release the next holder's lock.
    private static let releaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """

    public func increment(_ key: CacheKey, by amount: Int, window: Duration) -> CacheCounter {
        let reply = attempt("EVAL", Self.incrementScript, 1, key, amount, window.redisMilliseconds)
        guard case .array(let parts)? = reply, parts.count == 2,
            let count = parts[0].integer, let milliseconds = parts[1].integer
        else {
            return local.increment(key, by: amount, window: window, scope: .degraded)
        }
        return CacheCounter(count: count, resetsIn: .milliseconds(milliseconds), scope: .shared)
    }

    public func acquireLock(_ key: CacheKey, ttl: Duration) -> CacheLock? {
        let token = SecureRandom.hexToken()
        switch attempt("SET", key, token, "NX", "PX", ttl.redisMilliseconds) {
        case let reply? where reply.isOK:
            return CacheLock(key: key, token: token, scope: .shared)
        case .null?:
            return nil
        default:
            return local.acquireLock(key, ttl: ttl, scope: .degraded)
        }
    }

    @discardableResult
    public func releaseLock(_ lock: CacheLock) -> Bool {
        guard lock.scope == .shared else { return local.releaseLock(lock) }
        return attempt("EVAL", Self.releaseScript, 1, lock.key, lock.token)?.integer == 1
    }
}
