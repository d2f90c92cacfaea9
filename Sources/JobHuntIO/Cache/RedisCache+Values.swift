// Plain reads, writes and deletes on Redis: GET, SET PX, UNLINK, and SCAN-driven
// deletion by pattern, each degrading to a miss or a no-op.
import Foundation

extension RedisCache {
    public func data(for key: CacheKey) -> Data? {
        attempt("GET", key)?.data
    }

    @discardableResult
    public func setData(_ data: Data, for key: CacheKey, ttl: Duration) -> Bool {
        attempt("SET", key, data, "PX", ttl.redisMilliseconds)?.isOK ?? false
    }

    @discardableResult
    public func delete(_ key: CacheKey) -> Bool {
        unlink([key]).removed > 0
    }

    /// Removes `keys` and says whether Redis confirmed it. Unconfirmed (`confirmed`
    /// false: down, slow, or the reply lost) means a key may still hold a value the
    /// caller's write made stale, so the caller must record it somewhere durable.
    public func unlink(_ keys: [CacheKey]) -> (removed: Int, confirmed: Bool) {
        guard !keys.isEmpty else { return (0, true) }
        guard let reply = attempt(["UNLINK"] + keys.map { $0 as any RedisArgument }) else { return (0, false) }
        return (reply.integer ?? 0, true)
    }

    /// ``delete(matching:)``, saying whether the whole walk was confirmed.
    public func unlink(matching pattern: CachePattern) -> (removed: Int, confirmed: Bool) {
        let walk = scanAndDelete(pattern)
        return (walk.removed, walk.complete)
    }

    /// Walks the keyspace with `SCAN cursor MATCH pattern COUNT n` and unlinks each
    /// page's matches, so a large keyspace never blocks the server the way `KEYS`
    /// would. Keys written during the walk may survive; that is what SCAN promises.
    @discardableResult
    public func delete(matching pattern: CachePattern) -> Int {
        scanAndDelete(pattern).removed
    }

    /// The walk behind ``delete(matching:)``, also counting SCAN pages for tests;
    /// `complete` is false when a command failed before the walk ended.
    func scanAndDelete(_ pattern: CachePattern) -> (removed: Int, pages: Int, complete: Bool) {
        var cursor = "0"
        var removed = 0
        var pages = 0
        repeat {
            pages += 1
            let page = attempt("SCAN", cursor, "MATCH", pattern.glob, "COUNT", max(1, configuration.scanPageSize))
            guard case .array(let parts)? = page, parts.count == 2,
                let next = parts[0].data, case .array(let keys) = parts[1]
            else { return (removed, pages, false) }
            cursor = String(decoding: next, as: UTF8.self)
            let names = keys.compactMap(\.data)
            if !names.isEmpty {
                guard let reply = attempt(["UNLINK"] + names.map { $0 as any RedisArgument }) else {
                    return (removed, pages, false)
                }
                removed += reply.integer ?? 0
            }
        } while cursor != "0"
        return (removed, pages, true)
    }
}
