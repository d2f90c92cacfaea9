// Counters and locks kept in this process's memory: all of `NoCache`, and the
// fallback `RedisCache` uses while Redis is unreachable.
import Foundation
import Synchronization

/// In-process fixed-window counters and token-checked locks with expiry.
final class LocalCoordination: Sendable {
    private struct Counter {
        var count: Int
        var expires: ContinuousClock.Instant
    }

    private struct Held {
        var token: String
        var expires: ContinuousClock.Instant
    }

    private struct State {
        var counters: [CacheKey: Counter] = [:]
        var locks: [CacheKey: Held] = [:]
    }

    private let state = Mutex(State())
    private let currentTime: @Sendable () -> ContinuousClock.Instant

    /// `now` is the clock windows and lock lifetimes run on; tests pass one they move by hand.
    init(now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }) {
        currentTime = now
    }

    func increment(_ key: CacheKey, by amount: Int, window: Duration, scope: CoordinationScope) -> CacheCounter {
        let now = currentTime()
        return state.withLock { state in
            state.counters = state.counters.filter { $0.value.expires > now }
            var counter = state.counters[key] ?? Counter(count: 0, expires: now + window.atLeastOneMillisecond)
            counter.count += amount
            state.counters[key] = counter
            return CacheCounter(count: counter.count, resetsIn: counter.expires - now, scope: scope)
        }
    }

    func acquireLock(_ key: CacheKey, ttl: Duration, scope: CoordinationScope) -> CacheLock? {
        let now = currentTime()
        let token = SecureRandom.hexToken()
        return state.withLock { state in
            if let held = state.locks[key], held.expires > now { return nil }
            state.locks[key] = Held(token: token, expires: now + ttl.atLeastOneMillisecond)
            return CacheLock(key: key, token: token, scope: scope)
        }
    }

    func releaseLock(_ lock: CacheLock) -> Bool {
        let now = currentTime()
        return state.withLock { state in
            guard let held = state.locks[lock.key], held.token == lock.token else { return false }
            state.locks[lock.key] = nil
            return held.expires > now
        }
    }
}

extension Duration {
    fileprivate var atLeastOneMillisecond: Duration { max(self, .milliseconds(1)) }
}
