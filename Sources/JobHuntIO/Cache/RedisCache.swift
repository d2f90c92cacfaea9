// The shared cache over hiredis: one connection guarded by a mutex, reconnected
// after failures, with every failure turned into a miss plus one warning.
import Foundation
import Synchronization

/// A ``Cache`` on a Redis server, shared by every jobhunt process that points at it.
///
/// When Redis is down, slow or misbehaving, reads miss, writes are dropped, and
/// counters and locks fall back to this process (``CoordinationScope/degraded``):
/// jobhunt keeps working from the database. The first failure is reported once
/// through `onWarning` and never again for this instance; the CLI makes one cache
/// per process, so that is one warning per process. After a failure the connection
/// is dropped and a new one is tried once ``RedisConfiguration/reconnectDelay`` has
/// passed; until then calls return at once without touching the network.
///
/// ```swift
/// let cache = try RedisCache(url: settings.redisURL) { warning in output.warn(warning) }
/// ```
public final class RedisCache: Cache {
    public let configuration: RedisConfiguration
    let local = LocalCoordination()
    private let onWarning: @Sendable (CacheError) -> Void

    private struct State {
        var connection: RedisConnection?
        var retryAt: ContinuousClock.Instant?
        var warned = false
        var connections = 0
    }

    private let state = Mutex(State())

    /// - Parameter onWarning: called at most once, with the first failure.
    public init(configuration: RedisConfiguration, onWarning: @escaping @Sendable (CacheError) -> Void) {
        self.configuration = configuration
        self.onWarning = onWarning
    }

    /// Parses `url` (see ``RedisConfiguration/init(url:)``); nothing connects until first use.
    public convenience init(url: String, onWarning: @escaping @Sendable (CacheError) -> Void) throws(CacheError) {
        self.init(configuration: try RedisConfiguration(url: url), onWarning: onWarning)
    }

    public var scope: CoordinationScope { .shared }

    /// How many connections this cache has opened: a change means the server
    /// came back after a failure (or was reached for the first time), which is
    /// when invalidations recorded elsewhere during an outage must be replayed.
    public var connectionCount: Int { state.withLock { $0.connections } }

    /// Connects (if needed) and sends `PING`, throwing the failure instead of
    /// degrading: for `jobhunt config check` and tests. Ignores the reconnect delay.
    public func checkConnection() throws(CacheError) {
        state.withLock { $0.retryAt = nil }
        let reply = try run("PING")
        guard reply == .status("PONG") else { throw .commandFailed("PING", "unexpected reply") }
    }

    /// Runs one command on the shared connection; on any failure drops the
    /// connection, starts the reconnect delay and throws.
    func run(_ arguments: any RedisArgument...) throws(CacheError) -> RedisValue {
        try run(arguments)
    }

    func run(_ arguments: [any RedisArgument]) throws(CacheError) -> RedisValue {
        let configuration = configuration
        let parts = arguments.map(\.redisBytes)
        let result: Result<RedisValue, CacheError> = state.withLock { state in
            let now = ContinuousClock.now
            if state.connection == nil {
                if let retryAt = state.retryAt, now < retryAt {
                    return .failure(.unavailable(configuration.address))
                }
                do throws(CacheError) {
                    state.connection = try RedisConnection(configuration)
                    state.retryAt = nil
                    state.connections += 1
                } catch {
                    state.retryAt = now + configuration.reconnectDelay
                    return .failure(error)
                }
            }
            do throws(CacheError) {
                return .success(try state.connection!.send(parts))
            } catch {
                // An error reply leaves the connection usable; anything else kills it.
                if error.code != .commandFailed {
                    state.connection = nil
                    state.retryAt = now + configuration.reconnectDelay
                }
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Runs a command for a best-effort operation: a failure becomes nil and,
    /// the first time only, a warning.
    func attempt(_ arguments: any RedisArgument...) -> RedisValue? {
        attempt(arguments)
    }

    func attempt(_ arguments: [any RedisArgument]) -> RedisValue? {
        do throws(CacheError) {
            return try run(arguments)
        } catch {
            warnOnce(error)
            return nil
        }
    }

    func warnOnce(_ error: CacheError) {
        let first = state.withLock { state in
            defer { state.warned = true }
            return !state.warned
        }
        if first { onWarning(error) }
    }
}
